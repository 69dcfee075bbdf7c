package vn.doingoai.agreement.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadlineKind", description = "A legal deadline the service tracks. Extensible.")
public enum DeadlineKind {
    CONSULTATION_REPLY, PM_REVIEW, APPROVAL_DECISION, REPORT_TO_PM_AND_MOFA, MOFA_NOTICE, EXPIRY
}
