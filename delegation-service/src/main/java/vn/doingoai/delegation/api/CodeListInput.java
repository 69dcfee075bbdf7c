package vn.doingoai.delegation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DelegationCodeInput", description = "An entry of one of this service's reference lists (purposes, "
        + "levels). `code` is given when adding and never changes; an entry is retired with active=false, never deleted.")
public record CodeListInput(
        @Schema(maxLength = 40, examples = "INVESTMENT_FORUM") @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
        @Schema(maxLength = 200, examples = "Dự diễn đàn đầu tư") @NotBlank @Size(max = 200) String nameVi,
        @Schema(maxLength = 200, examples = "Investment forum") @NotBlank @Size(max = 200) String nameEn,
        @Schema(format = "int32", examples = "55") @NotNull @PositiveOrZero Integer sortOrder,
        @Schema(description = "Absent means true.") Boolean active) {
}
