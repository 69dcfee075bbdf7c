package vn.doingoai.agreement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A record of another service that names a partner (delegation-service's delegation, say). */
@Entity
@Table(name = "partner_use")
public class PartnerUse extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(nullable = false, length = 500)
    public String label;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 200)
    public String registeredBy;

    @Embeddable
    public record Key(
            @Column(name = "partner_id") UUID partnerId,
            @Column(name = "service", length = 40) String service,
            @Column(name = "record_id") UUID recordId) implements Serializable {
    }
}
