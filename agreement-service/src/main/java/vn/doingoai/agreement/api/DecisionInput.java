package vn.doingoai.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Decision", description = "The decision behind a step (quyết định): number, date, issuer, title.")
public record DecisionInput(
        @Schema(maxLength = 100, examples = "1234/QĐ-UBND") @NotBlank @Size(max = 100) String number,
        @Schema(format = "date", examples = "2020-06-15") @NotNull @PastOrPresent LocalDate date,
        @Schema(maxLength = 300, examples = "Ủy ban nhân dân tỉnh Thái Bình") @Size(max = 300) String issuer,
        @Schema(maxLength = 500) @Size(max = 500) String title) {
}
