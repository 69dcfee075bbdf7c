package vn.doingoai.agreement.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An international agreement of a province (thỏa thuận quốc tế), in one state of its lifecycle. */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Version
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AgreementStatus status;

    @Column(name = "reference_number", length = 100)
    public String referenceNumber;

    @Column(name = "title_vi", nullable = false, length = 500)
    public String titleVi;

    @Column(name = "title_foreign", length = 500)
    public String titleForeign;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public AgreementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "signing_level", nullable = false, length = 40)
    public SigningLevel signingLevel;

    @Column(name = "signatory_unit_as_signed", length = 300)
    public String signatoryUnitAsSigned;

    @Column(name = "responsible_unit", length = 300)
    public String responsibleUnit;

    @Column(name = "signatory_name", length = 200)
    public String signatoryName;

    @Column(name = "signatory_title", length = 200)
    public String signatoryTitle;

    @Column(name = "signatory_authorisation", length = 200)
    public String signatoryAuthorisation;

    @Column(name = "proposed_on")
    public LocalDate proposedOn;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "signed_on")
    public LocalDate signedOn;

    @Column(name = "in_force_on")
    public LocalDate inForceOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "renewal_terms", length = 2000)
    public String renewalTerms;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<String> languages = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Obligation> obligations = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<DocumentRef> documents = new ArrayList<>();

    @Column(name = "shortened_procedure", nullable = false)
    public boolean shortenedProcedure;

    @Column(name = "shortened_reason", length = 1000)
    public String shortenedReason;

    @Column(name = "name_only_amendment", nullable = false)
    public boolean nameOnlyAmendment;

    @Column(name = "parent_id")
    public UUID parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "parent_relation", length = 20)
    public ParentRelation parentRelation;

    @ElementCollection
    @CollectionTable(name = "agreement_partner", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    @Column(name = "partner_id", nullable = false)
    @BatchSize(size = 200)
    public List<UUID> partnerIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_field", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "field_code", nullable = false, length = 40)
    @BatchSize(size = 200)
    public Set<String> fieldCodes = new LinkedHashSet<>();

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
