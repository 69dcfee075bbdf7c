package vn.doingoai.delegation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person on one delegation, with the position and unit they travel in. */
@Entity
@Table(name = "delegation_member")
public class DelegationMember extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "delegation_id", nullable = false)
    public UUID delegationId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(length = 200)
    public String position;

    @Column(length = 300)
    public String unit;

    @Column(length = 100)
    public String rank;

    @Column(nullable = false)
    public boolean head;

    /** A cadre the provincial Party Committee manages: the delegation then needs its opinion. */
    @Column(name = "party_managed", nullable = false)
    public boolean partyManaged;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
