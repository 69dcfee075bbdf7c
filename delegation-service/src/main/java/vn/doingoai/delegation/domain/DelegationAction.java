package vn.doingoai.delegation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "DelegationAction", description = "What a transition does. Extensible; `allowedActions` says which ones the caller may send now.")
public enum DelegationAction implements Labelled {
    SUBMIT,
    APPRAISE,
    SEEK_PARTY_OPINION,
    APPROVE_OUTSIDE_PLAN,
    APPROVE,
    REJECT,
    START_TRAVEL,
    RECORD_RETURN,
    RECORD_HELD,
    SUBMIT_REPORT,
    CLOSE,
    CANCEL
}
