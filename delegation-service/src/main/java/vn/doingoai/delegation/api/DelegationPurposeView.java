package vn.doingoai.delegation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.delegation.domain.DelegationPurpose;

@Schema(name = "DelegationPurpose", description = "A purpose of a delegation (mục đích) with its labels.")
public record DelegationPurposeView(
        @Schema(description = "Stable code; extensible list, clients must tolerate new values.", maxLength = 40,
                examples = "WORKING_VISIT")
        String code,
        @Schema(description = "Vietnamese label.", maxLength = 200, examples = "Thăm và làm việc")
        String nameVi,
        @Schema(description = "English label.", maxLength = 200, examples = "Working visit")
        String nameEn,
        @Schema(description = "Position in lists shown to people.", format = "int32", examples = "20")
        int sortOrder,
        @Schema(description = "False once retired; old delegations keep the code.", examples = "true")
        boolean active) {

    static DelegationPurposeView of(DelegationPurpose purpose) {
        return new DelegationPurposeView(purpose.code, purpose.nameVi, purpose.nameEn, purpose.sortOrder,
                purpose.active);
    }
}
