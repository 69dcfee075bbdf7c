package vn.doingoai.delegation.domain;

import vn.doingoai.commons.i18n.Text;
import java.time.LocalDate;
import java.util.Optional;
import vn.doingoai.commons.lifecycle.BlockedAction;

/**
 * What must hold, beyond state and role, for an action to succeed on the day it takes effect. The
 * transition refuses with these codes, and {@code allowedActions} leaves out (and
 * {@code blockedActions} explains) exactly these cases for today. The province's rules (RULE_*)
 * are not preconditions: they may be set aside with a reason, so SUBMIT and APPROVE stay offered.
 */
public final class DelegationPreconditions {

    public static final String MEMBERS_REQUIRED = "MEMBERS_REQUIRED";
    public static final String OUTSIDE_PLAN_NOT_APPROVED = "OUTSIDE_PLAN_NOT_APPROVED";
    public static final String TRAVEL_NOT_YET = "TRAVEL_NOT_YET";
    public static final String TRAVEL_OVER = "TRAVEL_OVER";
    public static final String VISIT_NOT_STARTED = "VISIT_NOT_STARTED";

    private DelegationPreconditions() {
    }

    /**
     * @param members        how many members the delegation has
     * @param on             the day the action would take effect
     * @param departureDays  how many days before the start date a delegation may set off (travel to the destination)
     */
    public static Optional<BlockedAction> blocker(DelegationAction action, Delegation d, int members, LocalDate on,
            int departureDays) {
        return switch (action) {
            case SUBMIT -> members == 0 ? block(action, MEMBERS_REQUIRED,
                    Text.of("delegation.members-before-submit", "A delegation needs at least one member before it is submitted.")) : Optional.empty();
            case APPROVE -> {
                if (members == 0) {
                    yield block(action, MEMBERS_REQUIRED, Text.of("delegation.members-before-decision", "A delegation needs at least one member before it is decided."));
                }
                yield d.direction == Direction.OUTBOUND && !d.inAnnualPlan && !d.outsidePlanApproved
                        ? block(action, OUTSIDE_PLAN_NOT_APPROVED,
                                Text.of("delegation.outside-plan-first", "The trip is outside the annual plan; an approver sends APPROVE_OUTSIDE_PLAN first."))
                        : Optional.empty();
            }
            case START_TRAVEL -> {
                LocalDate earliest = d.startOn.minusDays(departureDays);
                if (on.isBefore(earliest)) {
                    yield block(action, TRAVEL_NOT_YET, Text.of("delegation.travel-not-yet", "The trip starts on {0}; travel starts on {1} at the earliest.", d.startOn, earliest));
                }
                yield on.isAfter(d.endOn) ? block(action, TRAVEL_OVER, Text.of("delegation.travel-over", "The trip ended on {0}; record the day travel started with effectiveOn.", d.endOn)) : Optional.empty();
            }
            case RECORD_RETURN, RECORD_HELD -> on.isBefore(d.startOn)
                    ? block(action, VISIT_NOT_STARTED, Text.of("delegation.visit-not-started", "The visit starts on {0}.", d.startOn)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<BlockedAction> block(DelegationAction action, String code, Text reason) {
        return Optional.of(new BlockedAction(action.name(), code, reason));
    }
}
