package vn.doingoai.agreement.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerKind", description = "Kind of foreign partner. Extensible: clients must tolerate new values; "
        + "labels come from GET /api/v1/reference/partner-kinds.")
public enum PartnerKind {
    PROVINCE_STATE, CITY, NATIONAL_AGENCY, INTERNATIONAL_ORGANISATION, NGO, BUSINESS, OTHER
}
