package vn.doingoai.delegation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every action in every state for both directions: exactly the listed pairs are allowed, to the listed role. */
class DelegationLifecycleTest {

    private static final Set<String> OFFICER = Set.of("officer");
    private static final Set<String> APPROVER = Set.of("approver");
    private static final DelegationLifecycle.Facts PLAIN = new DelegationLifecycle.Facts(false, true, false);
    private static final Set<DelegationAction> BY_APPROVER = EnumSet.of(DelegationAction.APPROVE, DelegationAction.REJECT,
            DelegationAction.APPROVE_OUTSIDE_PLAN);

    private static final Map<DelegationAction, Set<DelegationStatus>> OUTBOUND = Map.ofEntries(
            Map.entry(DelegationAction.SUBMIT, EnumSet.of(DelegationStatus.DRAFT)),
            Map.entry(DelegationAction.APPRAISE, EnumSet.of(DelegationStatus.SUBMITTED)),
            Map.entry(DelegationAction.SEEK_PARTY_OPINION, EnumSet.noneOf(DelegationStatus.class)),
            Map.entry(DelegationAction.APPROVE_OUTSIDE_PLAN, EnumSet.noneOf(DelegationStatus.class)),
            Map.entry(DelegationAction.APPROVE, EnumSet.of(DelegationStatus.APPRAISED, DelegationStatus.PARTY_OPINION)),
            Map.entry(DelegationAction.REJECT, EnumSet.of(DelegationStatus.SUBMITTED, DelegationStatus.APPRAISED,
                    DelegationStatus.PARTY_OPINION)),
            Map.entry(DelegationAction.START_TRAVEL, EnumSet.of(DelegationStatus.APPROVED)),
            Map.entry(DelegationAction.RECORD_RETURN, EnumSet.of(DelegationStatus.TRAVELLING)),
            Map.entry(DelegationAction.RECORD_HELD, EnumSet.noneOf(DelegationStatus.class)),
            Map.entry(DelegationAction.SUBMIT_REPORT, EnumSet.of(DelegationStatus.RETURNED)),
            Map.entry(DelegationAction.CLOSE, EnumSet.of(DelegationStatus.REPORT_SUBMITTED)),
            Map.entry(DelegationAction.CANCEL, EnumSet.of(DelegationStatus.DRAFT, DelegationStatus.SUBMITTED,
                    DelegationStatus.APPRAISED, DelegationStatus.PARTY_OPINION, DelegationStatus.APPROVED)));

    private static final Map<DelegationAction, Set<DelegationStatus>> INBOUND = Map.ofEntries(
            Map.entry(DelegationAction.APPROVE, EnumSet.of(DelegationStatus.REQUESTED)),
            Map.entry(DelegationAction.REJECT, EnumSet.of(DelegationStatus.REQUESTED)),
            Map.entry(DelegationAction.RECORD_HELD, EnumSet.of(DelegationStatus.APPROVED)),
            Map.entry(DelegationAction.SUBMIT_REPORT, EnumSet.of(DelegationStatus.HELD)),
            Map.entry(DelegationAction.CLOSE, EnumSet.of(DelegationStatus.REPORTED)),
            Map.entry(DelegationAction.CANCEL, EnumSet.of(DelegationStatus.REQUESTED, DelegationStatus.APPROVED)));

    @Test
    void everyActionInEveryStateOfBothDirections() {
        for (Direction direction : Direction.values()) {
            Map<DelegationAction, Set<DelegationStatus>> allowed = direction == Direction.OUTBOUND ? OUTBOUND : INBOUND;
            for (DelegationAction action : DelegationAction.values()) {
                Set<String> actor = BY_APPROVER.contains(action) ? APPROVER : OFFICER;
                for (DelegationStatus status : DelegationStatus.values()) {
                    boolean expected = allowed.getOrDefault(action, Set.of()).contains(status);
                    assertEquals(expected, DelegationLifecycle.permits(direction, action, status, actor, PLAIN),
                            direction + " " + action + " from " + status);
                }
            }
        }
    }

    @Test
    void aPartyManagedCadreRoutesTheDecisionThroughThePartyOpinion() {
        DelegationLifecycle.Facts cadre = new DelegationLifecycle.Facts(true, true, false);
        assertTrue(DelegationLifecycle.permits(Direction.OUTBOUND, DelegationAction.SEEK_PARTY_OPINION,
                DelegationStatus.APPRAISED, OFFICER, cadre));
        assertFalse(DelegationLifecycle.permits(Direction.OUTBOUND, DelegationAction.APPROVE, DelegationStatus.APPRAISED,
                APPROVER, cadre));
        assertTrue(DelegationLifecycle.permits(Direction.OUTBOUND, DelegationAction.APPROVE, DelegationStatus.PARTY_OPINION,
                APPROVER, cadre));
    }

    @Test
    void outsideThePlanTheExtraApprovalIsOfferedOnce() {
        DelegationLifecycle.Facts outside = new DelegationLifecycle.Facts(false, false, false);
        assertEquals(List.of(DelegationAction.APPROVE_OUTSIDE_PLAN, DelegationAction.APPROVE, DelegationAction.REJECT),
                DelegationLifecycle.allowed(Direction.OUTBOUND, DelegationStatus.APPRAISED, APPROVER, outside));
        DelegationLifecycle.Facts done = new DelegationLifecycle.Facts(false, false, true);
        assertFalse(DelegationLifecycle.permits(Direction.OUTBOUND, DelegationAction.APPROVE_OUTSIDE_PLAN,
                DelegationStatus.APPRAISED, APPROVER, done));
    }

    @Test
    void readersHaveNoActions() {
        for (DelegationStatus status : DelegationStatus.values()) {
            assertTrue(DelegationLifecycle.allowed(Direction.OUTBOUND, status, Set.of("viewer", "central-auditor"), PLAIN).isEmpty());
        }
    }

    @Test
    void rulesAreAheadExactlyWhereSubmittingOrApprovingIsStillPossible() {
        Set<DelegationStatus> outbound = EnumSet.of(DelegationStatus.DRAFT, DelegationStatus.APPRAISED, DelegationStatus.PARTY_OPINION);
        Set<DelegationStatus> inbound = EnumSet.of(DelegationStatus.REQUESTED);
        for (DelegationStatus status : DelegationStatus.values()) {
            assertEquals(outbound.contains(status), DelegationLifecycle.rulesAhead(Direction.OUTBOUND, status), "outbound " + status);
            assertEquals(inbound.contains(status), DelegationLifecycle.rulesAhead(Direction.INBOUND, status), "inbound " + status);
        }
    }
}
