package vn.doingoai.delegation.service;

import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.persistence.Where;
import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.text.VietnameseText;
import vn.doingoai.delegation.client.AgreementServiceClient;
import vn.doingoai.delegation.domain.Delegation;
import vn.doingoai.delegation.domain.DelegationMember;
import vn.doingoai.delegation.domain.DelegationRules;
import vn.doingoai.delegation.domain.DelegationStatus;
import vn.doingoai.delegation.domain.Direction;
import vn.doingoai.delegation.domain.Person;
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

    /** The rules that may be set aside with a reason. */
    static final List<String> OVERRIDABLE = List.of(MAX_MEMBERS, MAX_DAYS, MAX_COUNTRIES, LEADER_TRIPS, KEY_LEADERS_ABROAD,
            INBOUND_NOTICE);

    /** States in which a delegation holds its people's dates. */
    static final Set<DelegationStatus> ACTIVE = EnumSet.of(DelegationStatus.SUBMITTED, DelegationStatus.APPRAISED,
            DelegationStatus.PARTY_OPINION, DelegationStatus.APPROVED, DelegationStatus.TRAVELLING,
            DelegationStatus.RETURNED, DelegationStatus.REPORT_SUBMITTED, DelegationStatus.REQUESTED,
            DelegationStatus.HELD, DelegationStatus.REPORTED, DelegationStatus.CLOSED);

    public record Violation(String code, int status, Text message, boolean overridable) {
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
        List<RuleOverride> given = overrides == null ? List.of() : overrides;
        List<InvalidField> wrong = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String rule = given.get(i).rule();
            if (MEMBER_OVERLAP.equals(rule)) {
                wrong.add(new InvalidField("overrides[" + i + "].rule", "NOT_OVERRIDABLE",
                        Text.of("delegation.overlap-not-overridable", "one person on two overlapping delegations is never set aside")));
            } else if (!OVERRIDABLE.contains(rule)) {
                wrong.add(new InvalidField("overrides[" + i + "].rule", "UNKNOWN",
                        Text.of("delegation.override-one-of", "one of {0}", String.join(", ", OVERRIDABLE)), List.copyOf(OVERRIDABLE)));
            }
        }
        if (!wrong.isEmpty()) {
            throw ProblemException.validation(wrong);
        }
        Map<String, RuleOverride> offered = given.stream().collect(Collectors.toMap(RuleOverride::rule, o -> o, (a, b) -> a));
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
            List<InvalidField> errors = broken.stream().map(v -> new InvalidField("rules", v.code(), v.overridable()
                    ? Text.of("delegation.rule-overridable", "{0} May be set aside with an override and a reason.", v.message())
                    : v.message())).toList();
            Text detail = broken.size() > 1
                    ? Text.of("delegation.rules-broken", "{0} rules are broken; errors lists each.", broken.size())
                    : first.overridable()
                            ? Text.of("delegation.rule-may-be-set-aside", "{0} It may be set aside with an override and a reason.", first.message())
                            : first.message();
            throw new ProblemException(first.status() == 409 ? ProblemCode.RULE_CONFLICT : ProblemCode.RULE_BROKEN, first.code(),
                    detail, errors);
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
                violations.add(new Violation(MAX_MEMBERS, 422, Text.of("delegation.rule-max-members", "{0} members; the province allows {1}.", members.size(), rules.maxMembers), true));
            }
            if (d.days() > rules.maxDays) {
                violations.add(new Violation(MAX_DAYS, 422, Text.of("delegation.rule-max-days", "{0} days; the province allows {1}.", d.days(), rules.maxDays), true));
            }
            if (d.destinationCountries.size() > rules.maxCountries) {
                violations.add(new Violation(MAX_COUNTRIES, 422, Text.of("delegation.rule-max-countries", "{0} countries; the province allows {1}.", d.destinationCountries.size(), rules.maxCountries), true));
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
        if (members.isEmpty()) {
            return java.util.Optional.empty();
        }
        Where where = new Where().and("m.delegationId = :id and o.id <> :id", "id", d.id)
                .and("mo.personId = m.personId and o.id = mo.delegationId and p.id = m.personId")
                .and("o.status in :active", "active", ACTIVE).and("o.startOn <= :end", "end", d.endOn).and("o.endOn >= :start", "start", d.startOn);
        List<Object[]> clashing = where.query(Delegation.getEntityManager(),
                "select p, o from DelegationMember m, DelegationMember mo, Delegation o, Person p", " order by o.startOn, p.fullName",
                Object[].class).setMaxResults(1).getResultList();
        if (clashing.isEmpty()) {
            return java.util.Optional.empty();
        }
        Person person = (Person) clashing.get(0)[0];
        Delegation first = (Delegation) clashing.get(0)[1];
        return java.util.Optional.of(new Violation(MEMBER_OVERLAP, 409, Text.of("delegation.rule-member-overlap", "{0} is already on \"{1}\" ({2} to {3}); GET /api/v1/delegations/conflicts?personId={4} shows the overlap.", person.fullName, first.title, first.startOn, first.endOn, person.id), false));
    }

    /** The delegations of a page one of whose members is on another delegation with overlapping dates, in one query. */
    public static Set<UUID> overlapping(List<Delegation> page) {
        if (page.isEmpty()) {
            return Set.of();
        }
        Where where = new Where().and("d.id in :ids", "ids", page.stream().map(x -> x.id).toList())
                .and("m.delegationId = d.id and mo.personId = m.personId and o.id = mo.delegationId and o.id <> d.id")
                .and("o.status in :active", "active", ACTIVE).and("o.startOn <= d.endOn and o.endOn >= d.startOn");
        return new java.util.HashSet<>(where.query(Delegation.getEntityManager(),
                "select distinct d.id from Delegation d, DelegationMember m, DelegationMember mo, Delegation o", "", UUID.class).getResultList());
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
            Where where = new Where().and("m.delegationId = o.id and m.personId = :person", "person", leader.personId)
                    .and("o.id <> :id", "id", d.id).and("o.direction = :direction", "direction", Direction.OUTBOUND)
                    .and("o.status in :active", "active", ACTIVE).and("o.startOn >= :from", "from", yearStart)
                    .and("o.startOn < :until", "until", yearStart.plusYears(1));
            long trips = Delegation.count(where.hql("select count(distinct o) from Delegation o, DelegationMember m"), where.params());
            if (trips + 1 > rules.maxTripsPerLeaderPerYear) {
                return java.util.Optional.of(new Violation(LEADER_TRIPS, 409, Text.of("delegation.rule-leader-trips", "The {0} would make trip {1} abroad in {2}; the province allows {3}.", leader.position, trips + 1, d.startOn.getYear(), rules.maxTripsPerLeaderPerYear), true));
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
                    Text.of("delegation.rule-two-leaders-one-trip", "Two key leaders would travel on the same delegation."), true));
        }
        Where where = new Where().and("m.delegationId = o.id and o.id <> :id", "id", d.id)
                .and("o.provinceCode = :province", "province", d.provinceCode).and("o.direction = :direction", "direction", Direction.OUTBOUND)
                .and("o.status in :active", "active", ACTIVE).and("o.startOn <= :end", "end", d.endOn).and("o.endOn >= :start", "start", d.startOn)
                .and("m.personId <> :leader", "leader", leaders.get(0).personId);
        List<DelegationMember> othersAbroad = DelegationMember.list(where.hql("select m from DelegationMember m, Delegation o"), where.params());
        return othersAbroad.stream().filter(m -> isKeyLeader(m, rules)).findFirst()
                .map(m -> new Violation(KEY_LEADERS_ABROAD, 409, Text.of("delegation.rule-leaders-abroad", "The {0} is abroad on overlapping dates; two key leaders are not abroad at the same time.", m.position), true));
    }

    /** An inbound delegation is requested at least N working days before it arrives. */
    private java.util.Optional<Violation> inboundNotice(Delegation d, DelegationRules rules) {
        LocalDate requested = d.createdAt.atZone(Today.VIETNAM).toLocalDate();
        LocalDate earliest = new WorkingDays(agreements.holidays()).add(requested, rules.inboundNoticeWorkingDays);
        if (earliest.isAfter(d.startOn)) {
            return java.util.Optional.of(new Violation(INBOUND_NOTICE, 422, Text.of("delegation.rule-inbound-notice", "Requested on {0} for arrival on {1}; the province asks for {2} working days' notice (arrival on or after {3}).", requested, d.startOn, rules.inboundNoticeWorkingDays, earliest), true));
        }
        return java.util.Optional.empty();
    }
}
