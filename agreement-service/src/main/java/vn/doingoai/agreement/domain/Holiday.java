package vn.doingoai.agreement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A public holiday: not a working day for deadlines counted in working days. */
@Entity
@Table(name = "holiday")
public class Holiday extends PanacheEntityBase {

    @Id
    public LocalDate day;

    @Column(name = "name_vi", nullable = false, length = 200)
    public String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    public String nameEn;
}
