package vn.doingoai.delegation.service;

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
        List<String> dimensions = groupBy.isEmpty() ? List.of("year", "direction") : groupBy;
        for (int i = 0; i < dimensions.size(); i++) {
            if (!DIMENSIONS.containsKey(dimensions.get(i))) {
                throw ProblemException.validation(List.of(new InvalidField("groupBy[" + i + "]", "UNKNOWN",
                        Text.of("delegation.group-by", "group by one of {0}", String.join(", ", DIMENSIONS.keySet())), List.copyOf(DIMENSIONS.keySet()))));
            }
        }
        boolean byCountry = dimensions.contains("country");
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
                  left join (select delegation_id, count(*) as members from delegation_member group by delegation_id) mc
                         on mc.delegation_id = d.id
                """);
        if (byCountry) {
            sql.append(" join delegation_country c on c.delegation_id = d.id");
        }
        sql.append(" where d.status in ('SUBMITTED','APPRAISED','PARTY_OPINION','APPROVED','TRAVELLING','RETURNED',"
                + "'REPORT_SUBMITTED','REQUESTED','HELD','REPORTED','CLOSED')");
        Map<String, Object> params = new LinkedHashMap<>();
        scope.visibleProvinces().ifPresent(codes -> {
            sql.append(" and d.province_code in (:provinces)");
            params.put("provinces", codes);
        });
        if (province != null) {
            sql.append(" and d.province_code in (:province)");
            params.put("province", scope.lineage(province));
        }
        if (from != null) {
            sql.append(" and d.start_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            sql.append(" and d.start_on <= :to");
            params.put("to", to);
        }
        if (direction != null) {
            sql.append(" and d.direction = :direction");
            params.put("direction", direction.name());
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < dimensions.size(); i++) {
            keys.add("k" + i);
        }
        sql.append(" group by ").append(String.join(", ", keys)).append(" order by ").append(String.join(", ", keys));
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Row> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] values = (Object[]) result;
            Map<String, Object> key = new LinkedHashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                key.put(dimensions.get(i), values[i]);
            }
            int n = dimensions.size();
            rows.add(new Row(key, ((Number) values[n]).longValue(), ((Number) values[n + 1]).longValue(),
                    ((Number) values[n + 2]).longValue(), ((Number) values[n + 3]).longValue()));
        }
        return rows;
    }
}
