package vn.doingoai.agreement.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

/** The states of an agreement under Law 70/2020 and Decree 64/2021 (amended by Decree 177/2025). */
@Schema(name = "AgreementStatus", description = "Where the agreement stands in its legal lifecycle. Extensible: "
        + "clients must tolerate new values.")
public enum AgreementStatus implements Labelled {
    DRAFT,
    CONSULTING,
    OBJECTED,
    PM_REVIEW,
    SUBMITTED,
    APPROVED,
    REJECTED,
    SIGNED,
    IN_FORCE,
    SUSPENDED,
    TERMINATED,
    WITHDRAWN,
    EXPIRED
}
