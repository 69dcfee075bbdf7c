package vn.doingoai.agreement.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadlineCompletion", description = "The act that meets a deadline, e.g. the copy sent to MOFA.")
public record DeadlineCompletion(
        @Schema(format = "date", examples = "2020-07-01") @NotNull @PastOrPresent LocalDate completedOn,
        @Schema(maxLength = 200, examples = "Công văn 345/UBND-NV") @Size(max = 200) String reference,
        @Schema(maxLength = 2000) @Size(max = 2000) String note) {
}
