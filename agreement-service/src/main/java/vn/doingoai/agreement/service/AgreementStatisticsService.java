package vn.doingoai.agreement.service;

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
import vn.doingoai.agreement.domain.AgreementStatus;
import vn.doingoai.commons.problem.ProblemException;

/**
 * Agreement counts grouped as a report asks (by year signed, partner country, cooperation field,
 * kind, status, signing level, province), computed by PostgreSQL. The reporting service reads them.
 */
@ApplicationScoped
public class AgreementStatisticsService {

    /** Dimension → SQL; a country or field dimension counts an agreement once per country or field. */
    static final Map<String, String> DIMENSIONS = new LinkedHashMap<>();

    static {
        DIMENSIONS.put("year", "cast(extract(year from a.signed_on) as integer)");
        DIMENSIONS.put("country", "p.country_code");
        DIMENSIONS.put("field", "f.field_code");
        DIMENSIONS.put("kind", "a.kind");
        DIMENSIONS.put("status", "a.status");
        DIMENSIONS.put("signingLevel", "a.signing_level");
        DIMENSIONS.put("province", "a.province_code");
    }

    private final ProvinceScope scope;
    private final EntityManager em;

    public AgreementStatisticsService(ProvinceScope scope, EntityManager em) {
        this.scope = scope;
        this.em = em;
    }

    /** {@code asOf}: the status filter and dimension read each agreement's status on that day, not today's. */
    public record Filters(AgreementStatus status, LocalDate signedFrom, LocalDate signedTo, LocalDate expiresFrom,
            LocalDate expiresTo, String partnerCountry, String province, LocalDate asOf) {

        public Filters {
            DateWindow.requireOrdered("signedFrom", signedFrom, "signedTo", signedTo);
            DateWindow.requireOrdered("expiresFrom", expiresFrom, "expiresTo", expiresTo);
        }
    }

    public record Row(Map<String, Object> keys, long agreements) {
    }

    @Transactional
    public List<Row> count(List<String> groupBy, Filters filters) {
        for (int i = 0; i < groupBy.size(); i++) {
            if (!DIMENSIONS.containsKey(groupBy.get(i))) {
                throw ProblemException.validation(List.of(new InvalidField("groupBy[" + i + "]", "UNKNOWN",
                        Text.of("agreement.group-by", "group by one of {0}", String.join(", ", DIMENSIONS.keySet())), List.copyOf(DIMENSIONS.keySet()))));
            }
        }
        boolean byCountry = groupBy.contains("country") || filters.partnerCountry() != null;
        List<String> select = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        String status = "a.status";
        if (filters.asOf() != null) {
            // Joined, not called per row: PostgreSQL inlines the table function (migration V10).
            status = "st.status";
            params.put("asOf", filters.asOf());
        }
        for (int i = 0; i < groupBy.size(); i++) {
            String dimension = groupBy.get(i).equals("status") ? status : DIMENSIONS.get(groupBy.get(i));
            select.add(dimension + " as k" + i);
            keys.add("k" + i);
        }
        select.add("count(distinct a.id) as agreements");
        StringBuilder sql = new StringBuilder("select ").append(String.join(", ", select)).append(" from agreement a");
        if (filters.asOf() != null) {
            sql.append(" cross join lateral agreement_status_row(a.id, a.expires_on, a.created_at, :asOf) st");
        }
        if (byCountry) {
            sql.append(" join agreement_partner ap on ap.agreement_id = a.id join partner p on p.id = ap.partner_id");
        }
        if (groupBy.contains("field")) {
            sql.append(" join agreement_field f on f.agreement_id = a.id");
        }
        sql.append(" where ").append(status).append(" not in ('WITHDRAWN')");
        scope.visibleProvinces().ifPresent(codes -> {
            sql.append(" and a.province_code in (:provinces)");
            params.put("provinces", codes);
        });
        condition(sql, params, "a.province_code in (:province)", "province",
                filters.province() == null ? null : scope.lineage(filters.province()));
        condition(sql, params, status + " = :status", "status", filters.status() == null ? null : filters.status().name());
        condition(sql, params, "a.signed_on >= :signedFrom", "signedFrom", filters.signedFrom());
        condition(sql, params, "a.signed_on <= :signedTo", "signedTo", filters.signedTo());
        condition(sql, params, "a.expires_on >= :expiresFrom", "expiresFrom", filters.expiresFrom());
        condition(sql, params, "a.expires_on <= :expiresTo", "expiresTo", filters.expiresTo());
        condition(sql, params, "p.country_code = :country", "country", filters.partnerCountry());
        if (!keys.isEmpty()) {
            sql.append(" group by ").append(String.join(", ", keys)).append(" order by ").append(String.join(", ", keys));
        }
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Row> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] values = result instanceof Object[] array ? array : new Object[] { result };
            Map<String, Object> key = new LinkedHashMap<>();
            for (int i = 0; i < groupBy.size(); i++) {
                key.put(groupBy.get(i), values[i]);
            }
            rows.add(new Row(key, ((Number) values[groupBy.size()]).longValue()));
        }
        return rows;
    }

    private static void condition(StringBuilder sql, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.put(name, value);
        }
    }
}
