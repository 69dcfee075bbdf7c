package vn.doingoai.delegation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step of a delegation's history, with the rules an approver set aside in it. */
@Entity
@Table(name = "delegation_transition")
public class DelegationTransition extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "delegation_id", nullable = false)
    public UUID delegationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public DelegationAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20)
    public DelegationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    public DelegationStatus toStatus;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(name = "acted_at", nullable = false)
    public Instant actedAt;

    @Column(length = 2000)
    public String comment;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "decision_number", length = 100)
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "decision_issuer", length = 300)
    public String decisionIssuer;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<RuleOverride> overrides = new ArrayList<>();
}
