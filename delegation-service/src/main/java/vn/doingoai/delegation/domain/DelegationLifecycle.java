package vn.doingoai.delegation.domain;

import static vn.doingoai.delegation.domain.DelegationStatus.APPRAISED;
import static vn.doingoai.delegation.domain.DelegationStatus.APPROVED;
import static vn.doingoai.delegation.domain.DelegationStatus.CANCELLED;
import static vn.doingoai.delegation.domain.DelegationStatus.CLOSED;
import static vn.doingoai.delegation.domain.DelegationStatus.DRAFT;
import static vn.doingoai.delegation.domain.DelegationStatus.HELD;
import static vn.doingoai.delegation.domain.DelegationStatus.PARTY_OPINION;
import static vn.doingoai.delegation.domain.DelegationStatus.REJECTED;
import static vn.doingoai.delegation.domain.DelegationStatus.REPORTED;
import static vn.doingoai.delegation.domain.DelegationStatus.REPORT_SUBMITTED;
import static vn.doingoai.delegation.domain.DelegationStatus.REQUESTED;
import static vn.doingoai.delegation.domain.DelegationStatus.RETURNED;
import static vn.doingoai.delegation.domain.DelegationStatus.SUBMITTED;
import static vn.doingoai.delegation.domain.DelegationStatus.TRAVELLING;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.doingoai.commons.security.Roles;

/**
 * Who may move a delegation from which state to which (domain.md §2, provincial regulations on
 * delegations). Officers of the Department of Foreign Affairs submit, appraise and record what
 * happened; approvers decide. A delegation with a cadre managed by the provincial Party Committee
 * goes through PARTY_OPINION before a decision; one outside the annual plan needs the extra
 * APPROVE_OUTSIDE_PLAN step.
 */
public final class DelegationLifecycle {

    private record Rule(Set<DelegationStatus> from, DelegationStatus to, String role) {
    }

    private static final Map<DelegationAction, Rule> OUTBOUND = new EnumMap<>(DelegationAction.class);
    private static final Map<DelegationAction, Rule> INBOUND = new EnumMap<>(DelegationAction.class);

    static {
        OUTBOUND.put(DelegationAction.SUBMIT, new Rule(EnumSet.of(DRAFT), SUBMITTED, Roles.OFFICER));
        OUTBOUND.put(DelegationAction.APPRAISE, new Rule(EnumSet.of(SUBMITTED), APPRAISED, Roles.OFFICER));
        OUTBOUND.put(DelegationAction.SEEK_PARTY_OPINION, new Rule(EnumSet.of(APPRAISED), PARTY_OPINION, Roles.OFFICER));
        OUTBOUND.put(DelegationAction.APPROVE_OUTSIDE_PLAN, new Rule(EnumSet.of(APPRAISED, PARTY_OPINION), null, Roles.APPROVER));
        OUTBOUND.put(DelegationAction.APPROVE, new Rule(EnumSet.of(APPRAISED, PARTY_OPINION), APPROVED, Roles.APPROVER));
        OUTBOUND.put(DelegationAction.REJECT, new Rule(EnumSet.of(SUBMITTED, APPRAISED, PARTY_OPINION), REJECTED, Roles.APPROVER));
        OUTBOUND.put(DelegationAction.START_TRAVEL, new Rule(EnumSet.of(APPROVED), TRAVELLING, Roles.OFFICER));
        OUTBOUND.put(DelegationAction.RECORD_RETURN, new Rule(EnumSet.of(TRAVELLING), RETURNED, Roles.OFFICER));
        OUTBOUND.put(DelegationAction.SUBMIT_REPORT, new Rule(EnumSet.of(RETURNED), REPORT_SUBMITTED, Roles.OFFICER));
        OUTBOUND.put(DelegationAction.CLOSE, new Rule(EnumSet.of(REPORT_SUBMITTED), CLOSED, Roles.OFFICER));
        OUTBOUND.put(DelegationAction.CANCEL, new Rule(
                EnumSet.of(DRAFT, SUBMITTED, APPRAISED, PARTY_OPINION, APPROVED), CANCELLED, Roles.OFFICER));

        INBOUND.put(DelegationAction.APPROVE, new Rule(EnumSet.of(REQUESTED), APPROVED, Roles.APPROVER));
        INBOUND.put(DelegationAction.REJECT, new Rule(EnumSet.of(REQUESTED), REJECTED, Roles.APPROVER));
        INBOUND.put(DelegationAction.RECORD_HELD, new Rule(EnumSet.of(APPROVED), HELD, Roles.OFFICER));
        INBOUND.put(DelegationAction.SUBMIT_REPORT, new Rule(EnumSet.of(HELD), REPORTED, Roles.OFFICER));
        INBOUND.put(DelegationAction.CLOSE, new Rule(EnumSet.of(REPORTED), CLOSED, Roles.OFFICER));
        INBOUND.put(DelegationAction.CANCEL, new Rule(EnumSet.of(REQUESTED, APPROVED), CANCELLED, Roles.OFFICER));
    }

    private DelegationLifecycle() {
    }

    /** The facts about a delegation that open or close optional steps. */
    public record Facts(boolean partyManagedMember, boolean inAnnualPlan, boolean outsidePlanApproved) {
    }

    /** Whether the action is the one that submits the request for a decision (outbound) or decides it (inbound). */
    public static boolean checksRules(DelegationAction action) {
        return action == DelegationAction.SUBMIT || action == DelegationAction.APPROVE;
    }

    /** Whether a step that checks the province's rules can still be taken from this state, by anyone. */
    public static boolean rulesAhead(Direction direction, DelegationStatus status) {
        return rules(direction).entrySet().stream().anyMatch(e -> checksRules(e.getKey()) && e.getValue().from().contains(status));
    }

    public static DelegationStatus initialStatus(Direction direction) {
        return direction == Direction.OUTBOUND ? DRAFT : REQUESTED;
    }

    public static boolean permits(Direction direction, DelegationAction action, DelegationStatus status, Set<String> roles,
            Facts facts) {
        Rule rule = rules(direction).get(action);
        if (rule == null || !roles.contains(rule.role()) || !rule.from().contains(status)) {
            return false;
        }
        return switch (action) {
            // The Party Committee's opinion is sought exactly when a member is a cadre it manages.
            case SEEK_PARTY_OPINION -> facts.partyManagedMember();
            case APPROVE -> direction == Direction.INBOUND || status == PARTY_OPINION || !facts.partyManagedMember();
            case APPROVE_OUTSIDE_PLAN -> !facts.inAnnualPlan() && !facts.outsidePlanApproved();
            default -> true;
        };
    }

    /** Whether the action exists for someone from this state, whatever the caller's roles. */
    public static boolean existsFrom(Direction direction, DelegationAction action, DelegationStatus status, Facts facts) {
        return permits(direction, action, status, Set.of(Roles.OFFICER, Roles.APPROVER), facts);
    }

    public static DelegationStatus target(Direction direction, DelegationAction action, DelegationStatus from) {
        DelegationStatus to = rules(direction).get(action).to();
        return to == null ? from : to;
    }

    public static List<DelegationAction> allowed(Direction direction, DelegationStatus status, Set<String> roles, Facts facts) {
        List<DelegationAction> actions = new ArrayList<>();
        for (DelegationAction action : DelegationAction.values()) {
            if (permits(direction, action, status, roles, facts)) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Details and members change only before the request is submitted (outbound) or decided (inbound). */
    public static boolean isEditable(Direction direction, DelegationStatus status) {
        return direction == Direction.OUTBOUND ? status == DRAFT : status == REQUESTED;
    }

    private static Map<DelegationAction, Rule> rules(Direction direction) {
        return direction == Direction.OUTBOUND ? OUTBOUND : INBOUND;
    }
}
