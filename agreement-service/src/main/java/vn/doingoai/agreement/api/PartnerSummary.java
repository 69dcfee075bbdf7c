package vn.doingoai.agreement.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.agreement.domain.Partner;

@Schema(name = "PartnerSummary", description = "A partner as named in an agreement.")
public record PartnerSummary(
        @Schema(format = "uuid") UUID id,
        @Schema(maxLength = 300, examples = "Tỉnh Xay Nhạ Bu Ly") String nameVi,
        @Schema(maxLength = 300) String nameEn,
        @Schema(maxLength = 2, examples = "LA") String countryCode) {

    static PartnerSummary of(Partner p) {
        return new PartnerSummary(p.id, p.nameVi, p.nameEn, p.countryCode);
    }
}
