package vn.doingoai.agreement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A provincial-level unit as it was named between two dates (a code may change hands in a merger). */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 2)
    public String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    public String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    public String nameEn;

    @Column(nullable = false, length = 40)
    public String kind;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;
}
