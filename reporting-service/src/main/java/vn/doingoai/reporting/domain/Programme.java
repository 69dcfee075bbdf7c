package vn.doingoai.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A province's foreign-affairs programme or plan, e.g. Điện Biên's plan 139/KH-UBND. */
@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Version
    public long version;

    @Column(nullable = false, length = 100)
    public String number;

    @Column(nullable = false, length = 500)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ProgrammeKind kind;

    @Column(name = "issuing_body", length = 300)
    public String issuingBody;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "from_year", nullable = false)
    public int fromYear;

    @Column(name = "to_year", nullable = false)
    public int toYear;

    @Column(name = "legal_basis", length = 4000)
    public String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ProgrammeStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Cadence cadence;

    /** A report is on time when submitted within this many days after its period ends. */
    @Column(name = "on_time_days", nullable = false)
    public int onTimeDays = 15;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 200)
    public String updatedBy;
}
