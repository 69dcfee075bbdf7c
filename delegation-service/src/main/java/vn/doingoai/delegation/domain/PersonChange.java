package vn.doingoai.delegation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One explicit correction of a person: who, when, why, and each field's value before and after. */
@Entity
@Table(name = "person_change")
public class PersonChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(nullable = false, length = 2000)
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<FieldChange> changes;

    /** Values are written as text; personal data is shown only to those who may read it. */
    public record FieldChange(String field, String before, String after) {
    }
}
