package vn.doingoai.delegation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.delegation.domain.DelegationLevel;

@Schema(name = "DelegationLevel", description = "A level of a delegation's head (cấp trưởng đoàn) with its labels.")
public record DelegationLevelView(
        @Schema(description = "Stable code; extensible list, clients must tolerate new values.", maxLength = 40,
                examples = "DEPARTMENT")
        String code,
        @Schema(description = "Vietnamese label.", maxLength = 200, examples = "Lãnh đạo sở, ban, ngành")
        String nameVi,
        @Schema(description = "English label.", maxLength = 200, examples = "Head of a department or agency")
        String nameEn,
        @Schema(description = "Position in lists shown to people.", format = "int32", examples = "40")
        int sortOrder,
        @Schema(description = "False once retired; old delegations keep the code.", examples = "true")
        boolean active) {

    static DelegationLevelView of(DelegationLevel level) {
        return new DelegationLevelView(level.code, level.nameVi, level.nameEn, level.sortOrder, level.active);
    }
}
