package vn.doingoai.commons.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CodeLabel", description = "A code of a reference list with its labels for people.")
public record CodeLabelView(
        @Schema(description = "The code as it appears in the API's enums.", maxLength = 40, examples = "PROVINCE_STATE")
        String code,
        @Schema(description = "Vietnamese label.", maxLength = 200, examples = "Tỉnh, bang, vùng") String nameVi,
        @Schema(description = "English label.", maxLength = 200, examples = "Province, state or region") String nameEn,
        @Schema(description = "Position in lists shown to people.", format = "int32") int sortOrder) {
}
