package vn.doingoai.delegation.service;

import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.persistence.Where;
import vn.doingoai.commons.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.doingoai.commons.lifecycle.ActOrder;
import vn.doingoai.commons.lifecycle.AvailableActions;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.delegation.api.TransitionRequest;
import vn.doingoai.delegation.client.AgreementServiceClient;
import vn.doingoai.delegation.domain.PostVisitReport;
import vn.doingoai.delegation.domain.Delegation;
import vn.doingoai.delegation.domain.DelegationAction;
import vn.doingoai.delegation.domain.DelegationLifecycle;
import vn.doingoai.delegation.domain.DelegationMember;
import vn.doingoai.delegation.domain.DelegationPreconditions;
import vn.doingoai.delegation.domain.DelegationRules;
import vn.doingoai.delegation.domain.DelegationStatus;
import vn.doingoai.delegation.domain.DelegationTransition;
import vn.doingoai.delegation.domain.RuleOverride;

/** Moves delegations through their lifecycle, checks the province's rules and records each step. */
@ApplicationScoped
public class DelegationTransitionService {

    private final DelegationService delegations;
    private final RuleChecker rules;
    private final AgreementServiceClient agreements;
    private final Caller caller;
    private final Today today;

    private final int departureDays;

    public DelegationTransitionService(DelegationService delegations, RuleChecker rules, AgreementServiceClient agreements,
            Caller caller, Today today,
            @ConfigProperty(name = "doingoai.delegations.departure-days", defaultValue = "2") int departureDays) {
        this.departureDays = departureDays;
        this.delegations = delegations;
        this.rules = rules;
        this.agreements = agreements;
        this.caller = caller;
        this.today = today;
    }

    public static DelegationLifecycle.Facts facts(Delegation d) {
        boolean partyManaged = DelegationMember.count("delegationId = ?1 and partyManaged = true", d.id) > 0;
        return new DelegationLifecycle.Facts(partyManaged, d.inAnnualPlan, d.outsidePlanApproved);
    }

    /** Members and Party-managed members of a delegation, and whether a member is on an overlapping delegation. */
    public record MemberCounts(int members, int partyManaged, boolean overlapping) {
        /** A delegation without members. */
        public static final MemberCounts NONE = new MemberCounts(0, 0, false);
    }

    /** What the caller may do with a delegation today, and what its roles allow but a precondition blocks. */
    public AvailableActions<DelegationAction> actions(Delegation d, MemberCounts counts) {
        DelegationLifecycle.Facts facts = new DelegationLifecycle.Facts(counts.partyManaged() > 0, d.inAnnualPlan,
                d.outsidePlanApproved);
        LocalDate day = today.date();
        // An overlap of one person's trips is a rule that is never set aside: SUBMIT and APPROVE cannot succeed.
        // The transition itself reports it with the other broken rules (RuleChecker), under the same code.
        return AvailableActions.of(DelegationLifecycle.allowed(d.direction, d.status, caller.roles(), facts),
                action -> DelegationPreconditions.blocker(action, d, counts.members(), day, departureDays)
                        .or(() -> counts.overlapping() && DelegationLifecycle.checksRules(action)
                                ? java.util.Optional.of(new vn.doingoai.commons.lifecycle.BlockedAction(action.name(),
                                        RuleChecker.MEMBER_OVERLAP, Text.of("delegation.member-overlap-blocked", "A member is on another delegation on overlapping dates; GET /api/v1/delegations/conflicts?personId= shows it.")))
                                : java.util.Optional.empty()));
    }

    public static Map<UUID, MemberCounts> memberCounts(List<Delegation> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        // Only a delegation that can still be submitted or approved is blocked by an overlap; past ones
        // (most of any list) are not looked up, which keeps a page from joining every member's trips.
        java.util.Set<UUID> overlapping = RuleChecker.overlapping(page.stream()
                .filter(d -> DelegationLifecycle.rulesAhead(d.direction, d.status)).toList());
        Where where = new Where().and("m.delegationId in :ids", "ids", page.stream().map(d -> d.id).toList());
        return where.query(Delegation.getEntityManager(), """
                select m.delegationId, count(m), sum(case when m.partyManaged = true then 1 else 0 end)
                  from DelegationMember m""", " group by m.delegationId", Object[].class).getResultList().stream()
                .collect(Collectors.toMap(r -> (UUID) r[0],
                        r -> new MemberCounts(((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                                overlapping.contains((UUID) r[0]))));
    }

    @Transactional
    public Delegation transition(UUID id, String ifMatch, TransitionRequest request) {
        Delegation d = delegations.getForChange(id, ifMatch);
        DelegationAction action = request.action();
        if (action == DelegationAction.SUBMIT_REPORT) {
            throw new ProblemException(ProblemCode.INVALID_TRANSITION,
                    Text.of("delegation.report-by-put", "The report is submitted with PUT /api/v1/delegations/{id}/report."));
        }
        DelegationLifecycle.Facts facts = facts(d);
        if (!DelegationLifecycle.permits(d.direction, action, d.status, caller.roles(), facts)) {
            if (DelegationLifecycle.existsFrom(d.direction, action, d.status, facts)) {
                throw new ProblemException(ProblemCode.FORBIDDEN, Text.of("delegation.action-forbidden", "Your roles do not allow {0}.", action));
            }
            List<DelegationAction> allowed = DelegationLifecycle.allowed(d.direction, d.status, caller.roles(), facts);
            throw new ProblemException(ProblemCode.INVALID_TRANSITION, Text.of("delegation.transition-impossible", "{0} is not possible for this {1} delegation in {2}; allowed now: {3}.", action, d.direction, d.status, allowed.isEmpty()
                    ? Text.of("delegation.none", "none") : Text.join(", ", allowed)));
        }
        LocalDate on = request.effectiveOn() != null ? request.effectiveOn() : today.date();
        int members = (int) DelegationMember.count("delegationId", d.id);
        DelegationPreconditions.blocker(action, d, members, on, departureDays).ifPresent(blocked -> {
            throw new ProblemException(ProblemCode.INVALID_TRANSITION, blocked.code(), blocked.reason(), List.of());
        });
        ActOrder.requireNotBefore(on, previousEffectiveOn(d));
        DelegationStatus from = d.status;
        List<RuleOverride> overrides = List.of();
        switch (action) {
            case SUBMIT -> overrides = rules.enforce(d, request.overrides(), caller.name());
            case APPROVE -> {
                require(request.decision() != null, "decision", Text.of("delegation.decision-required", "the decision to send or receive: number and date"));
                overrides = rules.enforce(d, request.overrides(), caller.name());
                d.decisions.add(request.decision());
            }
            case APPROVE_OUTSIDE_PLAN -> {
                requireComment(request);
                d.outsidePlanApproved = true;
            }
            case REJECT, CANCEL -> requireComment(request);
            case RECORD_RETURN, RECORD_HELD -> {
                d.returnedOn = on;
                d.reportDueOn = on.plusDays(DelegationRules.of(d.provinceCode).reportDueDays);
            }
            default -> {
            }
        }
        if (!overrides.isEmpty()) {
            List<RuleOverride> all = new ArrayList<>(d.overrides);
            all.addAll(overrides);
            d.overrides = all;
        }
        d.status = DelegationLifecycle.target(d.direction, action, from);
        d.updatedAt = Instant.now();
        d.updatedBy = caller.name();
        record(d, action, from, request, on, overrides);
        d.flush();
        return d;
    }

    void record(Delegation d, DelegationAction action, DelegationStatus from, TransitionRequest request, LocalDate on,
            List<RuleOverride> overrides) {
        DelegationTransition step = new DelegationTransition();
        step.id = UUID.randomUUID();
        step.delegationId = d.id;
        step.action = action;
        step.fromStatus = from;
        step.toStatus = d.status;
        step.actor = caller.name();
        step.actedAt = Instant.now();
        step.effectiveOn = on;
        step.overrides = new ArrayList<>(overrides);
        if (request != null) {
            step.comment = request.comment();
            if (request.decision() != null) {
                step.decisionNumber = request.decision().number();
                step.decisionDate = request.decision().date();
                step.decisionIssuer = request.decision().issuer();
            }
        }
        step.persist();
    }

    /** Submitting the report after the visit: RETURNED → REPORT_SUBMITTED, HELD → REPORTED. */
    @Transactional
    public Delegation submitReport(UUID id, String ifMatch, PostVisitReport report) {
        Delegation d = delegations.getForChange(id, ifMatch);
        DelegationLifecycle.Facts facts = facts(d);
        if (!DelegationLifecycle.permits(d.direction, DelegationAction.SUBMIT_REPORT, d.status, caller.roles(), facts)) {
            if (DelegationLifecycle.existsFrom(d.direction, DelegationAction.SUBMIT_REPORT, d.status, facts)) {
                throw new ProblemException(ProblemCode.FORBIDDEN, Text.of("delegation.report-forbidden", "Your roles do not allow submitting the report."));
            }
            throw new ProblemException(ProblemCode.INVALID_TRANSITION, Text.of("delegation.report-after-visit", "The report is submitted after the visit ({0}); this delegation is {1}.", d.direction == vn.doingoai.delegation.domain.Direction.OUTBOUND ? DelegationStatus.RETURNED : DelegationStatus.HELD, d.status));
        }
        if (report.agreementIds() != null && !report.agreementIds().isEmpty()) {
            agreements.requireVisibleAgreements("agreementIds", report.agreementIds());
        }
        DelegationStatus from = d.status;
        d.report = report;
        d.reportSubmittedOn = today.date();
        d.status = DelegationLifecycle.target(d.direction, DelegationAction.SUBMIT_REPORT, from);
        d.updatedAt = Instant.now();
        d.updatedBy = caller.name();
        record(d, DelegationAction.SUBMIT_REPORT, from, null, d.reportSubmittedOn, List.of());
        d.flush();
        return d;
    }

    private static LocalDate previousEffectiveOn(Delegation d) {
        return Delegation.getEntityManager()
                .createQuery("select max(t.effectiveOn) from DelegationTransition t where t.delegationId = :id", LocalDate.class)
                .setParameter("id", d.id).getSingleResult();
    }

    @Transactional
    public List<DelegationTransition> history(UUID id) {
        delegations.get(id);
        return DelegationTransition.list("delegationId = ?1 order by actedAt, id", id);
    }

    private static void require(boolean condition, String field, Text message) {
        if (!condition) {
            throw ProblemException.validation(List.of(new InvalidField(field, "REQUIRED", message)));
        }
    }

    private static void requireComment(TransitionRequest request) {
        require(request.comment() != null && !request.comment().isBlank(), "comment", Text.of("delegation.reason-required", "give the reason"));
    }
}
