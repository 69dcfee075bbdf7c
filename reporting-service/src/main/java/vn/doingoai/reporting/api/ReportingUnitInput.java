package vn.doingoai.reporting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportingUnitInput", description = "A province's reporting unit. Province and code are given when adding "
        + "and never change; a unit is retired with active=false, never deleted (its reports stay).")
public record ReportingUnitInput(
        @Schema(maxLength = 2, examples = "11") @Size(max = 2) @Pattern(regexp = "[0-9]{2}") String provinceCode,
        @Schema(maxLength = 40, examples = "SO_TTTT") @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
        @Schema(maxLength = 300, examples = "Sở Thông tin và Truyền thông tỉnh Điện Biên") @NotBlank @Size(max = 300) String nameVi,
        @Schema(maxLength = 300, examples = "Điện Biên Department of Information and Communications") @Size(max = 300) String nameEn,
        @Schema(description = "Absent means true.") Boolean active) {
}
