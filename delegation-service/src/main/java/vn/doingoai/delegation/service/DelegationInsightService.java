package vn.doingoai.delegation.service;

import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.province.ProvinceScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.doingoai.commons.persistence.Keyset;
import vn.doingoai.commons.persistence.SortField;
import vn.doingoai.commons.persistence.Where;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.delegation.domain.Delegation;
import vn.doingoai.delegation.domain.DelegationMember;
import vn.doingoai.delegation.domain.DelegationStatus;
import vn.doingoai.delegation.domain.Person;

/** Views across delegations: report deadlines, the calendar of who is away, conflicts, statistics. */
@ApplicationScoped
public class DelegationInsightService {

    static final Set<DelegationStatus> AWAITING_REPORT = EnumSet.of(DelegationStatus.RETURNED, DelegationStatus.HELD);
    static final int MAX_CALENDAR_DAYS = 366;

    private static final SortField<Delegation> ID = new SortField<>("id", "d.id", UUID.class, d -> d.id);
    private static final Map<String, SortField<Delegation>> BY_DUE = Map.of(
            "reportDueOn", new SortField<>("reportDueOn", "d.reportDueOn", LocalDate.class, d -> d.reportDueOn));

    private final ProvinceScope scope;
    private final Today today;
    private final EntityManager em;

    public DelegationInsightService(ProvinceScope scope, Today today, EntityManager em) {
        this.scope = scope;
        this.today = today;
        this.em = em;
    }

    /** Reports not yet submitted: OVERDUE past their due day, DUE otherwise; soonest first. */
    @Transactional
    public Keyset.Page<Delegation> reportDeadlines(String state, LocalDate dueBefore, Integer limit, String cursor) {
        Keyset<Delegation> keyset = Keyset.of(null, "reportDueOn", BY_DUE, ID, limit, cursor);
        Where where = new Where()
                .and("d.status in :waiting", "waiting", AWAITING_REPORT)
                .and("d.provinceCode in :provinces", "provinces", scope.visibleProvinces().orElse(null))
                .and("d.reportDueOn < :dueBefore", "dueBefore", dueBefore);
        if (state != null) {
            where.and("OVERDUE".equals(state) ? "d.reportDueOn < :today" : "d.reportDueOn >= :today", "today", today.date());
        }
        where.and(keyset.afterCursor(where.params()));
        List<Delegation> rows = Delegation.<Delegation>find(where.hql("from Delegation d") + " order by " + keyset.orderBy(),
                where.params()).page(0, keyset.limit() + 1).list();
        return keyset.page(rows);
    }

    public record CalendarEntry(Delegation delegation, List<String> people) {
    }

    /** Who is away (outbound) or received (inbound) between two days, from delegations that hold their dates. */
    @Transactional
    public List<CalendarEntry> calendar(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_CALENDAR_DAYS).isBefore(to)) {
            throw ProblemException.validation(List.of(new InvalidField("to", "DATE_RANGE",
                    Text.of("delegation.calendar-range", "to must not be before from, nor more than {0} days after it", MAX_CALENDAR_DAYS))));
        }
        Where where = new Where()
                .and("d.status in :active", "active", RuleChecker.ACTIVE)
                .and("d.provinceCode in :provinces", "provinces", scope.visibleProvinces().orElse(null))
                .and("d.startOn <= :to", "to", to)
                .and("d.endOn >= :from", "from", from);
        List<Delegation> delegations = Delegation.<Delegation>find(where.hql("from Delegation d") + " order by d.startOn, d.id",
                where.params()).page(0, 2000).list();
        Map<UUID, List<String>> people = new LinkedHashMap<>();
        if (!delegations.isEmpty()) {
            List<Object[]> rows = em.createQuery("""
                    select m.delegationId, p.fullName, m.position from DelegationMember m, Person p
                     where p.id = m.personId and m.delegationId in :ids order by m.head desc, p.fullName""", Object[].class)
                    .setParameter("ids", delegations.stream().map(d -> d.id).toList()).getResultList();
            for (Object[] row : rows) {
                people.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                        .add(row[2] == null ? (String) row[1] : row[1] + " (" + row[2] + ")");
            }
        }
        return delegations.stream().map(d -> new CalendarEntry(d, people.getOrDefault(d.id, List.of()))).toList();
    }

    public record Conflict(Delegation first, Delegation second, LocalDate overlapFrom, LocalDate overlapTo) {
    }

    /**
     * Every pair of a person's delegations whose dates overlap, first and last days included: the
     * ones that hold their dates and those still being drafted (where an overlap is refused on
     * submission, so a refusal's pointer here shows the pair). Rejected and cancelled ones do not count.
     */
    @Transactional
    public List<Conflict> conflicts(UUID personId) {
        Person person = Person.findById(personId);
        if (person == null || !scope.maySee(person.provinceCode)) {
            throw ProblemException.notFound(PersonService.PERSON, personId);
        }
        List<Delegation> trips = Delegation.<Delegation>list("""
                select d from Delegation d, DelegationMember m
                 where m.delegationId = d.id and m.personId = ?1 and d.status not in ?2""", personId,
                        java.util.EnumSet.of(DelegationStatus.REJECTED, DelegationStatus.CANCELLED))
                .stream().sorted(Comparator.comparing((Delegation d) -> d.startOn)).toList();
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < trips.size(); i++) {
            for (int j = i + 1; j < trips.size(); j++) {
                Delegation a = trips.get(i);
                Delegation b = trips.get(j);
                if (!b.startOn.isAfter(a.endOn)) {
                    conflicts.add(new Conflict(a, b, b.startOn, a.endOn.isBefore(b.endOn) ? a.endOn : b.endOn));
                }
            }
        }
        return conflicts;
    }

    public Person person(UUID personId) {
        return Person.findById(personId);
    }
}
