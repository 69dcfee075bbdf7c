package vn.doingoai.agreement.domain;

import vn.doingoai.commons.i18n.Text;
import java.util.Optional;
import vn.doingoai.commons.lifecycle.BlockedAction;

/**
 * What must hold, beyond state and role, for an action to succeed. The transition refuses with
 * these codes, and {@code allowedActions} leaves out (and {@code blockedActions} explains) exactly
 * these cases, so a button a frontend shows is a request that succeeds.
 */
public final class AgreementPreconditions {

    private AgreementPreconditions() {
    }

    /** @param unanswered consulted bodies of the agreement that have no recorded reply yet */
    public static Optional<BlockedAction> blocker(AgreementAction action, Agreement agreement, long unanswered) {
        return switch (action) {
            case SUBMIT -> agreement.status == AgreementStatus.CONSULTING && unanswered > 0
                    ? block(action, "CONSULTATION_INCOMPLETE", Text.of("agreement.consultation-incomplete", "Consulted bodies without a recorded reply: {0}; record AGREE, OBJECT or NO_ANSWER for each before submitting.", unanswered))
                    : Optional.empty();
            case RECORD_OPINION -> unanswered == 0
                    ? block(action, "NO_CONSULTATION_PENDING", Text.of("agreement.no-consultation-pending", "Every consulted body's reply is recorded."))
                    : Optional.empty();
            case RECORD_SIGNING -> agreement.signatoryName == null
                    ? block(action, "SIGNATORY_NOT_AUTHORISED", Text.of("agreement.signatory-not-authorised", "No signatory has been authorised; an approver sends AUTHORISE_SIGNATORY first."))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<BlockedAction> block(AgreementAction action, String code, Text reason) {
        return Optional.of(new BlockedAction(action.name(), code, reason));
    }
}
