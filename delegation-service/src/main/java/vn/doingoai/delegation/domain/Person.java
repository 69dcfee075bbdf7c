package vn.doingoai.delegation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.doingoai.commons.personaldata.SealedDate;
import vn.doingoai.commons.personaldata.SealedText;

/** Someone a province sends or receives: one record per person, so two trips of the same official are seen as such. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(name = "full_name", nullable = false, length = 200)
    public String fullName;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    /** Sealed at rest (docs/operations.md, "Personal data"). */
    @Convert(converter = SealedDate.class)
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(length = 2)
    public String nationality;

    @Enumerated(EnumType.STRING)
    @Column(name = "passport_type", length = 20)
    public PassportType passportType;

    /** Sealed at rest; found by {@link #passportIndex}. */
    @Convert(converter = SealedText.class)
    @Column(name = "passport_number")
    public String passportNumber;

    /** The blind index of the passport number: recognises it without opening it. */
    @Column(name = "passport_index", length = 64)
    public String passportIndex;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by", length = 200)
    public String updatedBy;

    @Version
    public long version;
}
