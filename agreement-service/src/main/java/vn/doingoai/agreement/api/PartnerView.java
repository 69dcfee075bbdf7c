package vn.doingoai.agreement.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.agreement.domain.Contact;
import vn.doingoai.agreement.domain.Partner;
import vn.doingoai.agreement.domain.PartnerKind;
import vn.doingoai.agreement.domain.RelationshipKind;

@Schema(name = "Partner", description = "A foreign partner of a province.")
public record PartnerView(
        @Schema(format = "uuid") UUID id,
        @Schema(description = "Province the partner belongs to (two-digit code).", maxLength = 2, examples = "34")
        String provinceCode,
        @Schema(maxLength = 300, examples = "Tỉnh Xay Nhạ Bu Ly") String nameVi,
        @Schema(maxLength = 300, examples = "Xayaboury Province") String nameEn,
        @Schema(maxLength = 300) String nameNative,
        PartnerKind kind,
        @Schema(maxLength = 2, examples = "LA") String countryCode,
        @Schema(format = "uuid") UUID parentId,
        RelationshipKind relationship,
        @Schema(format = "date") LocalDate relationshipSince,
        @Schema(maxItems = 20) List<Contact> contacts,
        @Schema(maxLength = 4000) String notes,
        boolean active,
        @Schema(description = "Version; the ETag header carries it quoted.", format = "int64") long version,
        @Schema(format = "date-time") Instant createdAt,
        @Schema(maxLength = 200) String createdBy,
        @Schema(format = "date-time") Instant updatedAt,
        @Schema(maxLength = 200) String updatedBy) {

    static PartnerView of(Partner p) {
        return new PartnerView(p.id, p.provinceCode, p.nameVi, p.nameEn, p.nameNative, p.kind, p.countryCode,
                p.parentId, p.relationship, p.relationshipSince, List.copyOf(p.contacts), p.notes, p.active,
                p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }
}
