package vn.doingoai.agreement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One body asked for its opinion on a draft (MOFA and the concerned bodies) and its reply. */
@Entity
@Table(name = "consultation")
public class Consultation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Column(name = "body_name", nullable = false, length = 300)
    public String bodyName;

    @Column(name = "requested_on", nullable = false)
    public LocalDate requestedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public ConsultationReply reply;

    @Column(name = "replied_on")
    public LocalDate repliedOn;

    @Column(length = 2000)
    public String note;
}
