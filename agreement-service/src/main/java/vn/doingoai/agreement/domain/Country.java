package vn.doingoai.agreement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A country by ISO 3166-1 alpha-2 code, with Vietnamese and English names. */
@Entity
@Table(name = "country")
public class Country extends PanacheEntityBase {

    @Id
    @Column(length = 2)
    public String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    public String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    public String nameEn;

    @Column(nullable = false)
    public boolean active;
}
