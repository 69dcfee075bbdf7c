package vn.doingoai.agreement.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An obligation or right of one party, as the agreement states it (the Thái Bình–Xay Nhạ Bu Ly draft of domain.md §5 states both). */
@Schema(name = "AgreementObligation", description = "An obligation or right of a party.")
public record Obligation(
        @Schema(required = true) @NotNull Party party,
        @Schema(description = "True for a right, false for an obligation.") boolean right,
        @Schema(maxLength = 2000, examples = "Tạo điều kiện cho học sinh Lào sang học tập tại tỉnh.")
        @NotBlank @Size(max = 2000) String text,
        @Schema(description = "Cooperation field code.", maxLength = 40, examples = "EDUCATION")
        @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String fieldCode,
        @Schema(format = "date") LocalDate dueOn) {
}
