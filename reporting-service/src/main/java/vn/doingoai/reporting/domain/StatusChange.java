package vn.doingoai.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/** One step in the history of a programme or a report: who changed its status, when, and why. */
@MappedSuperclass
public abstract class StatusChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 20)
    public String action;

    @Column(name = "from_status", nullable = false, length = 20)
    public String fromStatus;

    @Column(name = "to_status", nullable = false, length = 20)
    public String toStatus;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(name = "acted_at", nullable = false)
    public Instant actedAt;

    @Column(length = 2000)
    public String comment;
}
