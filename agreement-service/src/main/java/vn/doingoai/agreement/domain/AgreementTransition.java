package vn.doingoai.agreement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One step of an agreement's history: who did what, when, from which state to which, and on what decision. */
@Entity
@Table(name = "agreement_transition")
public class AgreementTransition extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public AgreementAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20)
    public AgreementStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    public AgreementStatus toStatus;

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

    @Column(name = "decision_title", length = 500)
    public String decisionTitle;
}
