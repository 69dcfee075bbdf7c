package vn.doingoai.agreement.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "DeadlineKind", description = "A legal deadline the service tracks. Extensible.")
public enum DeadlineKind implements Labelled {
    CONSULTATION_REPLY,
    PM_REVIEW,
    APPROVAL_DECISION,
    REPORT_TO_PM_AND_MOFA,
    MOFA_NOTICE,
    EXPIRY
}
