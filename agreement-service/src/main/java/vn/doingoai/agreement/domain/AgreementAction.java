package vn.doingoai.agreement.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "AgreementAction", description = "What a transition does. Extensible: clients must tolerate new values; "
        + "`allowedActions` on each agreement says which ones the caller may send now.")
public enum AgreementAction implements Labelled {
    /** Send the draft to MOFA and the concerned bodies for their opinion. */
    START_CONSULTATION,
    /** Record one consulted body's reply; an objection moves the agreement to OBJECTED. */
    RECORD_OPINION,
    /** An objection stands: the dossier goes to the Prime Minister. */
    REFER_TO_PM,
    RECORD_PM_CONSENT,
    RECORD_PM_REFUSAL,
    /** Submit to the Chair of the People's Committee for decision. */
    SUBMIT,
    APPROVE,
    REJECT,
    /** Take a rejected agreement back to drafting. */
    REVISE,
    AUTHORISE_SIGNATORY,
    RECORD_SIGNING,
    RECORD_ENTRY_INTO_FORCE,
    SUSPEND,
    RESUME,
    TERMINATE,
    WITHDRAW,
    /** Set by the system when the expiry date has passed. */
    EXPIRE
}
