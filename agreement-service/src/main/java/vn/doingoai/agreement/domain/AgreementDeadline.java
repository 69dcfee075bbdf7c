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

/** A legal deadline of one agreement; open until the act it asks for is recorded. */
@Entity
@Table(name = "agreement_deadline")
public class AgreementDeadline extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public DeadlineKind kind;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    /** Before this day the deadline is not yet worth showing (an expiry months away). */
    @Column(name = "visible_from", nullable = false)
    public LocalDate visibleFrom;

    /** The day the act that opened it took effect (absent on rows older than the column). */
    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "completion_reference", length = 200)
    public String completionReference;

    @Column(name = "completion_note", length = 2000)
    public String completionNote;

    @Column(name = "completed_by", length = 200)
    public String completedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public boolean isOpen() {
        return completedOn == null;
    }

    /**
     * The one definition of a deadline's state on a day, used for each deadline shown and (as
     * {@link #STATE_CONDITIONS}) for the deadline lists: COMPLETED once met; OVERDUE when open and
     * past due; DUE when open, due today or later and within its warning period (an expiry shows
     * from {@code visibleFrom} on); UPCOMING when open and not yet worth a warning.
     */
    public String stateOn(LocalDate day) {
        if (!isOpen()) {
            return "COMPLETED";
        }
        if (dueOn.isBefore(day)) {
            return "OVERDUE";
        }
        return visibleFrom.isAfter(day) ? "UPCOMING" : "DUE";
    }

    /** {@link #stateOn} as HQL over {@code d}, for a day given as {@code :today}. */
    public static final java.util.Map<String, String> STATE_CONDITIONS = java.util.Map.of(
            "COMPLETED", "d.completedOn is not null",
            "OVERDUE", "d.completedOn is null and d.dueOn < :today",
            "DUE", "d.completedOn is null and d.dueOn >= :today and d.visibleFrom <= :today",
            "UPCOMING", "d.completedOn is null and d.dueOn >= :today and d.visibleFrom > :today");
}
