package vn.doingoai.delegation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The rules a province sets for its delegations (provincial regulations on foreign affairs). */
@Entity
@Table(name = "delegation_rule_setting")
public class DelegationRules extends PanacheEntityBase {

    @Id
    @Column(name = "province_code", length = 2)
    public String provinceCode;

    @Column(name = "report_due_days", nullable = false)
    public int reportDueDays = 15;

    @Column(name = "inbound_notice_working_days", nullable = false)
    public int inboundNoticeWorkingDays = 5;

    @Column(name = "max_members", nullable = false)
    public int maxMembers = 10;

    @Column(name = "max_days", nullable = false)
    public int maxDays = 10;

    @Column(name = "max_countries", nullable = false)
    public int maxCountries = 3;

    @Column(name = "max_trips_per_leader_per_year", nullable = false)
    public int maxTripsPerLeaderPerYear = 2;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "key_leader_positions", nullable = false, columnDefinition = "jsonb")
    public List<String> keyLeaderPositions = new ArrayList<>(List.of("Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Chủ tịch HĐND tỉnh"));

    /** The province's rules, or the defaults when it set none. */
    public static DelegationRules of(String provinceCode) {
        DelegationRules rules = findById(provinceCode);
        if (rules == null) {
            rules = new DelegationRules();
            rules.provinceCode = provinceCode;
        }
        return rules;
    }
}
