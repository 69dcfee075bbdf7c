package vn.doingoai.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A department or agency of a province that carries out and reports on foreign-affairs tasks. */
@Entity
@Table(name = "reporting_unit")
public class ReportingUnit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(nullable = false, length = 40)
    public String code;

    @Column(name = "name_vi", nullable = false, length = 300)
    public String nameVi;

    @Column(name = "name_en", length = 300)
    public String nameEn;

    @Column(nullable = false)
    public boolean active;
}
