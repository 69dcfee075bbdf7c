package vn.doingoai.delegation.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.doingoai.commons.problem.Problem;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.text.VietnameseText;
import vn.doingoai.delegation.client.AgreementServiceClient;
import vn.doingoai.delegation.domain.Delegation;
import vn.doingoai.delegation.domain.DelegationMember;
import vn.doingoai.delegation.domain.DelegationRules;
import vn.doingoai.delegation.domain.DelegationStatus;
import vn.doingoai.delegation.domain.Direction;
import vn.doingoai.delegation.domain.RuleOverride;
import vn.doingoai.commons.time.WorkingDays;

/**
 * The rules provinces set for delegations, checked on submission and on approval. Each broken rule
 * is a problem with a stable code; all but the overlap of one person's trips may be set aside with
 * a reason (by the officer on submission, by the approver on approval), and who did so is recorded.
 */
@ApplicationScoped
public class RuleChecker {

    public static final String MAX_MEMBERS = "RULE_MAX_MEMBERS";
    public static final String MAX_DAYS = "RULE_MAX_DAYS";
    public static final String MAX_COUNTRIES = "RULE_MAX_COUNTRIES";
    public static final String LEADER_TRIPS = "RULE_LEADER_TRIPS_PER_YEAR";
    public static final String KEY_LEADERS_ABROAD = "RULE_KEY_LEADERS_ABROAD";
    public static final String MEMBER_OVERLAP = "RULE_MEMBER_OVERLAP";
    public static final String INBOUND_NOTICE = "RULE_INBOUND_NOTICE";

    /** States in which a delegation holds its people's dates. */
    static final Set<DelegationStatus> ACTIVE = EnumSet.of(DelegationStatus.SUBMITTED, DelegationStatus.APPRAISED,
            DelegationStatus.PARTY_OPINION, DelegationStatus.APPROVED, DelegationStatus.TRAVELLING,
            DelegationStatus.RETURNED, DelegationStatus.REPORT_SUBMITTED, DelegationStatus.REQUESTED,
            DelegationStatus.HELD, DelegationStatus.REPORTED, DelegationStatus.CLOSED);

    public record Violation(String code, int status, String message, boolean overridable) {
    }

    private final AgreementServiceClient agreements;

    public RuleChecker(AgreementServiceClient agreements) {
        this.agreements = agreements;
    }

    /**
     * Refuses with every broken rule not set aside by {@code overrides} at once: the problem's
     * {@code code} and status are the first one's (an overlap of one person's trips comes first, as
     * it can never be set aside), and {@code errors} lists each, field {@code rules}, code the rule's.
     * Returns the overrides that were needed, stamped with who set them aside.
     */
    public List<RuleOverride> enforce(Delegation delegation, List<RuleOverride> overrides, String actor) {
        Map<String, RuleOverride> offered = (overrides == null ? List.<RuleOverride>of() : overrides).stream()
                .collect(Collectors.toMap(RuleOverride::rule, o -> o, (a, b) -> a));
        List<RuleOverride> used = new ArrayList<>();
        List<Violation> broken = new ArrayList<>();
        for (Violation violation : check(delegation)) {
            RuleOverride override = offered.get(violation.code());
            if (!violation.overridable() || override == null) {
                broken.add(violation);
            } else {
                used.add(new RuleOverride(violation.code(), override.reason(), actor));
            }
        }
        if (!broken.isEmpty()) {
            Violation first = broken.get(0);
            List<Problem.FieldError> errors = broken.stream().map(v -> new Problem.FieldError("rules", v.code(),
                    v.message() + (v.overridable() ? " May be set aside with an override and a reason." : ""))).toList();
            throw new ProblemException(first.status(), first.code(), "Rule broken", broken.size() == 1 ? first.message()
                    + (first.overridable() ? " It may be set aside with an override and a reason." : "")
                    : broken.size() + " rules are broken; errors lists each.", errors);
        }
        return used;
    }

    public List<Violation> check(Delegation d) {
        DelegationRules rules = DelegationRules.of(d.provinceCode);
        List<DelegationMember> members = DelegationMember.list("delegationId", d.id);
        List<Violation> violations = new ArrayList<>();
        overlaps(d, members).ifPresent(violations::add);
        if (d.direction == Direction.OUTBOUND) {
            if (members.size() > rules.maxMembers) {
                violations.add(new Violation(MAX_MEMBERS, 422, members.size() + " members; the province allows "
                        + rules.maxMembers + ".", true));
            }
            if (d.days() > rules.maxDays) {
                violations.add(new Violation(MAX_DAYS, 422, d.days() + " days; the province allows " + rules.maxDays + ".", true));
            }
            if (d.destinationCountries.size() > rules.maxCountries) {
                violations.add(new Violation(MAX_COUNTRIES, 422, d.destinationCountries.size()
                        + " countries; the province allows " + rules.maxCountries + ".", true));
            }
            List<DelegationMember> leaders = members.stream().filter(m -> isKeyLeader(m, rules)).toList();
            leaderTrips(d, leaders, rules).ifPresent(violations::add);
            keyLeadersAbroad(d, leaders, rules).ifPresent(violations::add);
        } else {
            inboundNotice(d, rules).ifPresent(violations::add);
        }
        return violations;
    }

    /** One person cannot be on two delegations whose dates overlap, first and last days included. */
    private static java.util.Optional<Violation> overlaps(Delegation d, List<DelegationMember> members) {
        List<UUID> people = members.stream().map(m -> m.personId).toList();
        List<Delegation> clashing = Delegation.list("""
                select distinct o from Delegation o, DelegationMember m
                 where m.delegationId = o.id and m.personId in ?1 and o.id <> ?2 and o.status in ?3
                   and o.startOn <= ?4 and o.endOn >= ?5""", people, d.id, ACTIVE, d.endOn, d.startOn);
        if (clashing.isEmpty()) {
            return java.util.Optional.empty();
        }
        Delegation first = clashing.get(0);
        return java.util.Optional.of(new Violation(MEMBER_OVERLAP, 409, "A member is already on \"" + first.title + "\" ("
                + first.startOn + " to " + first.endOn + "); GET /api/v1/delegations/conflicts?personId= explains.", false));
    }

    private static boolean isKeyLeader(DelegationMember member, DelegationRules rules) {
        if (member.position == null) {
            return false;
        }
        String position = VietnameseText.fold(member.position);
        return rules.keyLeaderPositions.stream().map(VietnameseText::fold).anyMatch(position::equals);
    }

    private static java.util.Optional<Violation> leaderTrips(Delegation d, List<DelegationMember> leaders, DelegationRules rules) {
        LocalDate yearStart = d.startOn.withDayOfYear(1);
        for (DelegationMember leader : leaders) {
            long trips = Delegation.count("""
                    select count(distinct o) from Delegation o, DelegationMember m
                     where m.delegationId = o.id and m.personId = ?1 and o.id <> ?2 and o.direction = ?3 and o.status in ?4
                       and o.startOn >= ?5 and o.startOn < ?6""",
                    leader.personId, d.id, Direction.OUTBOUND, ACTIVE, yearStart, yearStart.plusYears(1));
            if (trips + 1 > rules.maxTripsPerLeaderPerYear) {
                return java.util.Optional.of(new Violation(LEADER_TRIPS, 409, "The " + leader.position + " would make trip "
                        + (trips + 1) + " abroad in " + d.startOn.getYear() + "; the province allows "
                        + rules.maxTripsPerLeaderPerYear + ".", true));
            }
        }
        return java.util.Optional.empty();
    }

    /** Two key leaders of the province are not abroad at the same time. */
    private static java.util.Optional<Violation> keyLeadersAbroad(Delegation d, List<DelegationMember> leaders,
            DelegationRules rules) {
        if (leaders.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (leaders.size() > 1) {
            return java.util.Optional.of(new Violation(KEY_LEADERS_ABROAD, 409,
                    "Two key leaders would travel on the same delegation.", true));
        }
        List<DelegationMember> othersAbroad = DelegationMember.list("""
                select m from DelegationMember m, Delegation o
                 where m.delegationId = o.id and o.id <> ?1 and o.provinceCode = ?2 and o.direction = ?3 and o.status in ?4
                   and o.startOn <= ?5 and o.endOn >= ?6 and m.personId <> ?7""",
                d.id, d.provinceCode, Direction.OUTBOUND, ACTIVE, d.endOn, d.startOn, leaders.get(0).personId);
        return othersAbroad.stream().filter(m -> isKeyLeader(m, rules)).findFirst()
                .map(m -> new Violation(KEY_LEADERS_ABROAD, 409, "The " + m.position
                        + " is abroad on overlapping dates; two key leaders are not abroad at the same time.", true));
    }

    /** An inbound delegation is requested at least N working days before it arrives. */
    private java.util.Optional<Violation> inboundNotice(Delegation d, DelegationRules rules) {
        LocalDate requested = d.createdAt.atZone(Today.VIETNAM).toLocalDate();
        LocalDate earliest = new WorkingDays(agreements.holidays()).add(requested, rules.inboundNoticeWorkingDays);
        if (earliest.isAfter(d.startOn)) {
            return java.util.Optional.of(new Violation(INBOUND_NOTICE, 422, "Requested on " + requested + " for arrival on "
                    + d.startOn + "; the province asks for " + rules.inboundNoticeWorkingDays
                    + " working days' notice (arrival on or after " + earliest + ").", true));
        }
        return java.util.Optional.empty();
    }
}
