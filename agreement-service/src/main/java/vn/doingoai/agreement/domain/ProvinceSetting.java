package vn.doingoai.agreement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a province sets for itself; absent rows mean the defaults. */
@Entity
@Table(name = "province_setting")
public class ProvinceSetting extends PanacheEntityBase {

    @Id
    @Column(name = "province_code", length = 2)
    public String provinceCode;

    @Column(name = "expiry_warning_days", nullable = false)
    public int expiryWarningDays;
}
