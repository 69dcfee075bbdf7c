package vn.doingoai.agreement.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.agreement.domain.CooperationField;

@Schema(name = "CooperationField", description = "A field of cooperation (lĩnh vực hợp tác) with its labels.")
public record CooperationFieldView(
        @Schema(description = "Stable code; extensible list, clients must tolerate new values.", maxLength = 40,
                examples = "EDUCATION")
        String code,
        @Schema(description = "Vietnamese label.", maxLength = 200, examples = "Giáo dục")
        String nameVi,
        @Schema(description = "English label.", maxLength = 200, examples = "Education")
        String nameEn,
        @Schema(description = "Position in lists shown to people.", format = "int32", examples = "10")
        int sortOrder,
        @Schema(description = "False once retired; old agreements keep the code.", examples = "true")
        boolean active) {

    static CooperationFieldView of(CooperationField field) {
        return new CooperationFieldView(field.code, field.nameVi, field.nameEn, field.sortOrder, field.active);
    }
}
