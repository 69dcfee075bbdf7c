package vn.doingoai.reporting.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.reporting.domain.ReportingUnit;

@Schema(name = "ReportingUnit", description = "A department or agency of a province (sở, ban, ngành) that reports.")
public record ReportingUnitView(
        @Schema(description = "Identifier.", format = "uuid")
        UUID id,
        @Schema(description = "Province the unit belongs to: national two-digit code.", maxLength = 2, examples = "11")
        String provinceCode,
        @Schema(description = "Code of the unit within its province; the `unit` claim of a unit reporter's token.",
                maxLength = 40, examples = "SO_TTTT")
        String code,
        @Schema(description = "Vietnamese name.", maxLength = 300, examples = "Sở Thông tin và Truyền thông tỉnh Điện Biên")
        String nameVi,
        @Schema(description = "English name, when known.", maxLength = 300,
                examples = "Điện Biên Department of Information and Communications")
        String nameEn,
        @Schema(description = "False once retired: the unit keeps its reports but takes no new task.", examples = "true")
        boolean active) {

    static ReportingUnitView of(ReportingUnit unit) {
        return new ReportingUnitView(unit.id, unit.provinceCode, unit.code, unit.nameVi, unit.nameEn, unit.active);
    }
}
