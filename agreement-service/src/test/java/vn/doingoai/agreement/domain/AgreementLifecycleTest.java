package vn.doingoai.agreement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every action against every state: exactly the listed pairs are allowed, to the listed role. */
class AgreementLifecycleTest {

    private static final Set<String> OFFICER = Set.of("officer");
    private static final Set<String> APPROVER = Set.of("approver");
    private static final Set<String> SYSTEM = Set.of(AgreementLifecycle.SYSTEM);

    private static final Map<AgreementAction, Set<AgreementStatus>> ALLOWED = Map.ofEntries(
            Map.entry(AgreementAction.START_CONSULTATION, EnumSet.of(AgreementStatus.DRAFT)),
            Map.entry(AgreementAction.RECORD_OPINION, EnumSet.of(AgreementStatus.CONSULTING, AgreementStatus.OBJECTED)),
            Map.entry(AgreementAction.REFER_TO_PM, EnumSet.of(AgreementStatus.OBJECTED)),
            Map.entry(AgreementAction.RECORD_PM_CONSENT, EnumSet.of(AgreementStatus.PM_REVIEW)),
            Map.entry(AgreementAction.RECORD_PM_REFUSAL, EnumSet.of(AgreementStatus.PM_REVIEW)),
            Map.entry(AgreementAction.SUBMIT, EnumSet.of(AgreementStatus.CONSULTING)),
            Map.entry(AgreementAction.APPROVE, EnumSet.of(AgreementStatus.SUBMITTED)),
            Map.entry(AgreementAction.REJECT, EnumSet.of(AgreementStatus.SUBMITTED)),
            Map.entry(AgreementAction.REVISE, EnumSet.of(AgreementStatus.REJECTED)),
            Map.entry(AgreementAction.AUTHORISE_SIGNATORY, EnumSet.of(AgreementStatus.APPROVED)),
            Map.entry(AgreementAction.RECORD_SIGNING, EnumSet.of(AgreementStatus.APPROVED)),
            Map.entry(AgreementAction.RECORD_ENTRY_INTO_FORCE, EnumSet.of(AgreementStatus.SIGNED)),
            Map.entry(AgreementAction.SUSPEND, EnumSet.of(AgreementStatus.IN_FORCE)),
            Map.entry(AgreementAction.RESUME, EnumSet.of(AgreementStatus.SUSPENDED)),
            Map.entry(AgreementAction.TERMINATE, EnumSet.of(AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED)),
            Map.entry(AgreementAction.WITHDRAW, EnumSet.of(AgreementStatus.DRAFT, AgreementStatus.CONSULTING,
                    AgreementStatus.OBJECTED, AgreementStatus.PM_REVIEW, AgreementStatus.SUBMITTED,
                    AgreementStatus.APPROVED, AgreementStatus.REJECTED)),
            Map.entry(AgreementAction.EXPIRE, EnumSet.of(AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED)));

    private static final Set<AgreementAction> APPROVER_ACTIONS = EnumSet.of(AgreementAction.APPROVE,
            AgreementAction.REJECT, AgreementAction.AUTHORISE_SIGNATORY);

    @Test
    void everyActionInEveryStateIsAllowedOnlyWhereTheLawSays() {
        for (AgreementAction action : AgreementAction.values()) {
            Set<String> actor = action == AgreementAction.EXPIRE ? SYSTEM
                    : APPROVER_ACTIONS.contains(action) ? APPROVER : OFFICER;
            for (AgreementStatus status : AgreementStatus.values()) {
                assertEquals(ALLOWED.get(action).contains(status),
                        AgreementLifecycle.permits(action, status, actor, false), action + " from " + status);
            }
        }
    }

    @Test
    void theWrongRoleIsNeverAllowed() {
        for (AgreementStatus status : AgreementStatus.values()) {
            assertFalse(AgreementLifecycle.permits(AgreementAction.APPROVE, status, OFFICER, false));
            assertFalse(AgreementLifecycle.permits(AgreementAction.RECORD_SIGNING, status, APPROVER, false));
            assertFalse(AgreementLifecycle.permits(AgreementAction.EXPIRE, status, Set.of("officer", "approver", "admin"), false));
            assertTrue(AgreementLifecycle.allowed(status, Set.of("viewer", "central-auditor"), false).isEmpty());
        }
    }

    @Test
    void aNameOnlyAmendmentMaySkipConsultation() {
        assertTrue(AgreementLifecycle.permits(AgreementAction.SUBMIT, AgreementStatus.DRAFT, OFFICER, true));
        assertFalse(AgreementLifecycle.permits(AgreementAction.SUBMIT, AgreementStatus.DRAFT, OFFICER, false));
    }

    @Test
    void allowedActionsFollowStateAndRole() {
        assertEquals(List.of(AgreementAction.START_CONSULTATION, AgreementAction.WITHDRAW),
                AgreementLifecycle.allowed(AgreementStatus.DRAFT, OFFICER, false));
        assertEquals(List.of(AgreementAction.APPROVE, AgreementAction.REJECT),
                AgreementLifecycle.allowed(AgreementStatus.SUBMITTED, APPROVER, false));
        assertEquals(AgreementStatus.OBJECTED,
                AgreementLifecycle.target(AgreementAction.RECORD_OPINION, AgreementStatus.OBJECTED));
    }
}
