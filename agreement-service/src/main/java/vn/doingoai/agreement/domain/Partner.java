package vn.doingoai.agreement.domain;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.doingoai.commons.text.VietnameseText;

/** A foreign counterpart of one province: a locality, agency, organisation, NGO or business. */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Version
    public long version;

    @Column(name = "name_vi", nullable = false, length = 300)
    public String nameVi;

    @Column(name = "name_en", length = 300)
    public String nameEn;

    @Column(name = "name_native", length = 300)
    public String nameNative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public PartnerKind kind;

    @Column(name = "country_code", nullable = false, length = 2)
    public String countryCode;

    @Column(name = "parent_id")
    public UUID parentId;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    public RelationshipKind relationship;

    @Column(name = "relationship_since")
    public LocalDate relationshipSince;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Contact> contacts = new ArrayList<>();

    @Column(length = 4000)
    public String notes;

    @Column(nullable = false)
    public boolean active = true;

    /** Names folded for accent- and case-free search; kept in step by {@link #refreshSearchText()}. */
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

    public void refreshSearchText() {
        searchText = VietnameseText.fold(String.join(" ",
                nameVi == null ? "" : nameVi, nameEn == null ? "" : nameEn, nameNative == null ? "" : nameNative));
    }
}
