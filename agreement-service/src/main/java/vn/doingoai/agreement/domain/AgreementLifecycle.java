package vn.doingoai.agreement.domain;

import static vn.doingoai.agreement.domain.AgreementStatus.APPROVED;
import static vn.doingoai.agreement.domain.AgreementStatus.CONSULTING;
import static vn.doingoai.agreement.domain.AgreementStatus.DRAFT;
import static vn.doingoai.agreement.domain.AgreementStatus.EXPIRED;
import static vn.doingoai.agreement.domain.AgreementStatus.IN_FORCE;
import static vn.doingoai.agreement.domain.AgreementStatus.OBJECTED;
import static vn.doingoai.agreement.domain.AgreementStatus.PM_REVIEW;
import static vn.doingoai.agreement.domain.AgreementStatus.REJECTED;
import static vn.doingoai.agreement.domain.AgreementStatus.SIGNED;
import static vn.doingoai.agreement.domain.AgreementStatus.SUBMITTED;
import static vn.doingoai.agreement.domain.AgreementStatus.SUSPENDED;
import static vn.doingoai.agreement.domain.AgreementStatus.TERMINATED;
import static vn.doingoai.agreement.domain.AgreementStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.doingoai.commons.security.Roles;

/**
 * Who may move an agreement from which state to which (Law 70/2020 Art. 19, 27–35; Decree 64/2021
 * as amended by Decree 177/2025). Officers of the Department of Foreign Affairs draft, consult,
 * submit and record what happened; approvers decide and authorise the signatory; the system alone
 * lets an agreement expire.
 */
public final class AgreementLifecycle {

    /** The actor of transitions the service makes by itself. */
    public static final String SYSTEM = "system";

    private record Rule(Set<AgreementStatus> from, AgreementStatus to, String role) {
    }

    private static final Map<AgreementAction, Rule> RULES = new EnumMap<>(AgreementAction.class);

    static {
        RULES.put(AgreementAction.START_CONSULTATION, new Rule(EnumSet.of(DRAFT), CONSULTING, Roles.OFFICER));
        // An objection moves CONSULTING on to OBJECTED; the service decides, the rule only allows.
        RULES.put(AgreementAction.RECORD_OPINION, new Rule(EnumSet.of(CONSULTING, OBJECTED), null, Roles.OFFICER));
        RULES.put(AgreementAction.REFER_TO_PM, new Rule(EnumSet.of(OBJECTED), PM_REVIEW, Roles.OFFICER));
        RULES.put(AgreementAction.RECORD_PM_CONSENT, new Rule(EnumSet.of(PM_REVIEW), SUBMITTED, Roles.OFFICER));
        RULES.put(AgreementAction.RECORD_PM_REFUSAL, new Rule(EnumSet.of(PM_REVIEW), WITHDRAWN, Roles.OFFICER));
        RULES.put(AgreementAction.SUBMIT, new Rule(EnumSet.of(CONSULTING), SUBMITTED, Roles.OFFICER));
        RULES.put(AgreementAction.APPROVE, new Rule(EnumSet.of(SUBMITTED), APPROVED, Roles.APPROVER));
        RULES.put(AgreementAction.REJECT, new Rule(EnumSet.of(SUBMITTED), REJECTED, Roles.APPROVER));
        RULES.put(AgreementAction.REVISE, new Rule(EnumSet.of(REJECTED), DRAFT, Roles.OFFICER));
        RULES.put(AgreementAction.AUTHORISE_SIGNATORY, new Rule(EnumSet.of(APPROVED), APPROVED, Roles.APPROVER));
        RULES.put(AgreementAction.RECORD_SIGNING, new Rule(EnumSet.of(APPROVED), SIGNED, Roles.OFFICER));
        RULES.put(AgreementAction.RECORD_ENTRY_INTO_FORCE, new Rule(EnumSet.of(SIGNED), IN_FORCE, Roles.OFFICER));
        RULES.put(AgreementAction.SUSPEND, new Rule(EnumSet.of(IN_FORCE), SUSPENDED, Roles.OFFICER));
        RULES.put(AgreementAction.RESUME, new Rule(EnumSet.of(SUSPENDED), IN_FORCE, Roles.OFFICER));
        RULES.put(AgreementAction.TERMINATE, new Rule(EnumSet.of(IN_FORCE, SUSPENDED), TERMINATED, Roles.OFFICER));
        RULES.put(AgreementAction.WITHDRAW, new Rule(
                EnumSet.of(DRAFT, CONSULTING, OBJECTED, PM_REVIEW, SUBMITTED, APPROVED, REJECTED), WITHDRAWN, Roles.OFFICER));
        RULES.put(AgreementAction.EXPIRE, new Rule(EnumSet.of(IN_FORCE, SUSPENDED), EXPIRED, SYSTEM));
    }

    private AgreementLifecycle() {
    }

    /**
     * Whether someone with these roles may take this action now. A name-only amendment after an
     * administrative merger (Decree 177/2025) needs no consultation, so it may be submitted from DRAFT.
     */
    public static boolean permits(AgreementAction action, AgreementStatus status, Set<String> roles,
            boolean nameOnlyAmendment) {
        Rule rule = RULES.get(action);
        if (rule == null || !roles.contains(rule.role())) {
            return false;
        }
        if (action == AgreementAction.SUBMIT && status == DRAFT) {
            return nameOnlyAmendment;
        }
        return rule.from().contains(status);
    }

    /** The state the action leads to; for RECORD_OPINION the service decides (it depends on the reply). */
    public static AgreementStatus target(AgreementAction action, AgreementStatus from) {
        AgreementStatus to = RULES.get(action).to();
        return to == null ? from : to;
    }

    public static List<AgreementAction> allowed(AgreementStatus status, Set<String> roles, boolean nameOnlyAmendment) {
        List<AgreementAction> actions = new ArrayList<>();
        for (AgreementAction action : AgreementAction.values()) {
            if (permits(action, status, roles, nameOnlyAmendment)) {
                actions.add(action);
            }
        }
        return actions;
    }

    public static boolean isEditable(AgreementStatus status) {
        return status == DRAFT || status == REJECTED;
    }
}
