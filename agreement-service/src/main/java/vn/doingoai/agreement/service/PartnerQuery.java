package vn.doingoai.agreement.service;

import java.util.UUID;
import vn.doingoai.agreement.domain.PartnerKind;
import vn.doingoai.agreement.domain.RelationshipKind;

/** The filters of the partner list; null means "any". */
public record PartnerQuery(String q, String countryCode, PartnerKind kind, RelationshipKind relationship,
        Boolean active, UUID parentId, String provinceCode) {
}
