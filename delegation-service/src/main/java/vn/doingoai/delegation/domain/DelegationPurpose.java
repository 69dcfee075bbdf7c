package vn.doingoai.delegation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Why a delegation travels or is received: reference data that also groups the statistics. */
@Entity
@Table(name = "delegation_purpose")
public class DelegationPurpose extends PanacheEntityBase {

    @Id
    @Column(length = 40)
    public String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    public String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    public String nameEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public boolean active;
}
