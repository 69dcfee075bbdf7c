package vn.doingoai.agreement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** One unit taking over another's territory and records (Thái Bình 34 → Hưng Yên 33 on 2025-07-01). */
@Entity
@Table(name = "administrative_succession")
public class AdministrativeSuccession extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(nullable = false, length = 20)
    public String kind;

    @Column(name = "legal_basis", nullable = false, length = 200)
    public String legalBasis;

    @Embeddable
    public record Key(
            @Column(name = "predecessor_code", length = 2) String predecessorCode,
            @Column(name = "successor_code", length = 2) String successorCode,
            @Column(name = "effective_on") LocalDate effectiveOn) implements Serializable {
    }
}
