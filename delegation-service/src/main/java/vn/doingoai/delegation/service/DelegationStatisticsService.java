package vn.doingoai.delegation.service;

import vn.doingoai.commons.time.DateWindow;
import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.province.ProvinceScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.delegation.domain.Direction;

/**
 * Delegation figures grouped by the dimensions a report asks for, computed by PostgreSQL: rows are
 * never loaded into Java. Delegations that were rejected or cancelled, and drafts, do not count.
 * <p>
 * Most questions are answered from {@code delegation_tally}, which triggers keep current in the
 * transaction of every change (migration V8): a grouping by year, quarter, direction and province
 * with at most one of purpose, status, head level or country, over whole quarters; over whole years
 * (no quarter asked) from {@code delegation_tally_year}, a quarter of the rows (V10). The rest
 * (partner, two of those, dates that cut a quarter) is aggregated from the delegations themselves.
 */
@ApplicationScoped
public class DelegationStatisticsService {

    /** Dimension name → SQL expression; a dimension on countries counts a delegation once per country. */
    static final Map<String, String> DIMENSIONS = new LinkedHashMap<>();

    static {
        DIMENSIONS.put("year", "cast(extract(year from d.start_on) as integer)");
        DIMENSIONS.put("quarter", "cast(extract(year from d.start_on) as integer) || '-Q' || cast(extract(quarter from d.start_on) as integer)");
        DIMENSIONS.put("direction", "d.direction");
        DIMENSIONS.put("country", "c.country_code");
        DIMENSIONS.put("partner", "coalesce(d.partner_name, '')");
        DIMENSIONS.put("purpose", "d.purpose");
        DIMENSIONS.put("status", "d.status");
        DIMENSIONS.put("province", "d.province_code");
        // A coded level (delegation_level), UNSPECIFIED where none was given; never free text.
        DIMENSIONS.put("headLevel", "coalesce(d.head_level, 'UNSPECIFIED')");
    }

    /** The tally's expressions of the dimensions every tally row has; {@code %s} is the column of its period's first day. */
    static final Map<String, String> TALLY_COLUMNS = Map.of(
            "year", "cast(extract(year from %s) as integer)",
            "quarter", "cast(extract(year from %1$s) as integer) || '-Q' || cast(extract(quarter from %1$s) as integer)",
            "direction", "t.direction",
            "province", "t.province_code");
    /** The dimensions the tally keeps one at a time, as its {@code kind}. */
    static final List<String> TALLY_KINDS = List.of("purpose", "status", "headLevel", "country");

    private final ProvinceScope scope;
    private final EntityManager em;

    public DelegationStatisticsService(ProvinceScope scope, EntityManager em) {
        this.scope = scope;
        this.em = em;
    }

    public record Row(Map<String, Object> keys, long delegations, long members, long personDays, long costVnd) {
    }

    @Transactional
    public List<Row> statistics(List<String> groupBy, LocalDate from, LocalDate to, Direction direction, String province) {
        DateWindow.requireOrdered("from", from, "to", to);
        List<String> dimensions = groupBy.isEmpty() ? List.of("year", "direction") : groupBy;
        for (int i = 0; i < dimensions.size(); i++) {
            if (!DIMENSIONS.containsKey(dimensions.get(i))) {
                throw ProblemException.validation(List.of(new InvalidField("groupBy[" + i + "]", "UNKNOWN",
                        Text.of("delegation.group-by", "group by one of {0}", String.join(", ", DIMENSIONS.keySet())), List.copyOf(DIMENSIONS.keySet()))));
            }
        }
        Query query = tallied(dimensions, from, to)
                ? tallyQuery(dimensions, from, to, direction, province)
                : rawQuery(dimensions, from, to, direction, province);
        List<Row> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] values = (Object[]) result;
            Map<String, Object> key = new LinkedHashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                key.put(dimensions.get(i), values[i]);
            }
            int n = dimensions.size();
            rows.add(new Row(key, exact(values[n]), exact(values[n + 1]), exact(values[n + 2]), exact(values[n + 3])));
        }
        return rows;
    }

    /**
     * A sum as PostgreSQL gave it (numeric for sums of bigint). A figure too large for the answer's
     * int64 fails the request rather than wrapping round to a negative one, as it did.
     */
    private static long exact(Object sum) {
        if (sum instanceof java.math.BigDecimal d) {
            return d.longValueExact();
        }
        if (sum instanceof java.math.BigInteger i) {
            return i.longValueExact();
        }
        return ((Number) sum).longValue();
    }

    /** Whether the tally answers: its dimensions only, at most one of those it keeps one at a time, whole quarters. */
    static boolean tallied(List<String> dimensions, LocalDate from, LocalDate to) {
        long kinds = dimensions.stream().filter(TALLY_KINDS::contains).count();
        boolean known = dimensions.stream().allMatch(d -> TALLY_COLUMNS.containsKey(d) || TALLY_KINDS.contains(d));
        boolean quarterFrom = from == null || (from.getDayOfMonth() == 1 && (from.getMonthValue() - 1) % 3 == 0);
        boolean quarterTo = to == null || (to.plusDays(1).getDayOfMonth() == 1 && to.getMonthValue() % 3 == 0);
        return known && kinds <= 1 && quarterFrom && quarterTo;
    }

    /** Whether the tally by whole years answers: no quarter asked, and dates on year boundaries or none. */
    static boolean byYear(List<String> dimensions, LocalDate from, LocalDate to) {
        return !dimensions.contains("quarter") && (from == null || from.getDayOfYear() == 1)
                && (to == null || to.plusDays(1).getDayOfYear() == 1);
    }

    private Query tallyQuery(List<String> dimensions, LocalDate from, LocalDate to, Direction direction, String province) {
        String kind = dimensions.stream().filter(TALLY_KINDS::contains).findFirst().orElse("");
        boolean byYear = byYear(dimensions, from, to);
        String period = byYear ? "t.year_start" : "t.quarter";
        List<String> select = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            select.add(TALLY_COLUMNS.getOrDefault(dimensions.get(i), "t.value").formatted(period) + " as k" + i);
        }
        StringBuilder sql = new StringBuilder("select ").append(String.join(", ", select))
                .append(", sum(t.delegations), sum(t.members), sum(t.person_days), sum(t.cost_vnd)")
                .append(byYear ? " from delegation_tally_year t" : " from delegation_tally t").append(" where t.kind = :kind");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("kind", kind);
        // A tally row's date is its period's first day, inside [from, to] exactly when the period is.
        filters(sql, params, "t.province_code", period, "t.direction", from, to, direction, province);
        return finish(sql.append(" group by ").append(keys(dimensions)).append(" having sum(t.delegations) > 0"), params, dimensions);
    }

    private Query rawQuery(List<String> dimensions, LocalDate from, LocalDate to, Direction direction, String province) {
        List<String> select = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            select.add(DIMENSIONS.get(dimensions.get(i)) + " as k" + i);
        }
        StringBuilder sql = new StringBuilder("select ").append(String.join(", ", select)).append("""
                , count(distinct d.id) as delegations
                , coalesce(sum(mc.members), 0) as members
                , coalesce(sum(mc.members * (d.end_on - d.start_on + 1)), 0) as person_days
                , coalesce(sum(d.cost_estimate_vnd), 0) as cost
                  from delegation d
                  left join lateral (select count(*) as members from delegation_member m where m.delegation_id = d.id) mc on true
                """);
        if (dimensions.contains("country")) {
            sql.append(" join delegation_country c on c.delegation_id = d.id");
        }
        sql.append(" where delegation_counts(d.status)");
        Map<String, Object> params = new LinkedHashMap<>();
        filters(sql, params, "d.province_code", "d.start_on", "d.direction", from, to, direction, province);
        return finish(sql.append(" group by ").append(keys(dimensions)), params, dimensions);
    }

    private void filters(StringBuilder sql, Map<String, Object> params, String provinceColumn, String dateColumn,
            String directionColumn, LocalDate from, LocalDate to, Direction direction, String province) {
        scope.visibleProvinces().ifPresent(codes -> {
            sql.append(" and ").append(provinceColumn).append(" in (:provinces)");
            params.put("provinces", codes);
        });
        if (province != null) {
            sql.append(" and ").append(provinceColumn).append(" in (:province)");
            params.put("province", scope.lineage(province));
        }
        if (from != null) {
            sql.append(" and ").append(dateColumn).append(" >= :from");
            params.put("from", from);
        }
        if (to != null) {
            sql.append(" and ").append(dateColumn).append(" <= :to");
            params.put("to", to);
        }
        if (direction != null) {
            sql.append(" and ").append(directionColumn).append(" = :direction");
            params.put("direction", direction.name());
        }
    }

    private static String keys(List<String> dimensions) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            keys.add("k" + i);
        }
        return String.join(", ", keys);
    }

    private Query finish(StringBuilder sql, Map<String, Object> params, List<String> dimensions) {
        sql.append(" order by ").append(keys(dimensions));
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        return query;
    }
}
