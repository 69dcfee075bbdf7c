package vn.doingoai.delegation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "DelegationStatus", description = "Where a delegation stands. Outbound: DRAFT → SUBMITTED → APPRAISED → (PARTY_OPINION) → APPROVED or REJECTED → TRAVELLING → RETURNED → REPORT_SUBMITTED → CLOSED, or CANCELLED before travel. Inbound: REQUESTED → APPROVED or REJECTED → HELD → REPORTED → CLOSED, or CANCELLED. Extensible.")
public enum DelegationStatus implements Labelled {
    DRAFT,
    SUBMITTED,
    APPRAISED,
    PARTY_OPINION,
    APPROVED,
    REJECTED,
    TRAVELLING,
    RETURNED,
    REPORT_SUBMITTED,
    REQUESTED,
    HELD,
    REPORTED,
    CLOSED,
    CANCELLED
}
