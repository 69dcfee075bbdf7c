package vn.doingoai.delegation.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A delegation the province sends abroad or receives, in one state of its lifecycle. */
@Entity
@Table(name = "delegation")
public class Delegation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Version
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DelegationStatus status;

    @Column(name = "reference_number", length = 100)
    public String referenceNumber;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(nullable = false, length = 40)
    public String purpose;

    @Column(name = "purpose_detail", length = 2000)
    public String purposeDetail;

    @Column(length = 8000)
    public String programme;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<ItineraryItem> itinerary = new ArrayList<>();

    @Column(name = "start_on", nullable = false)
    public LocalDate startOn;

    @Column(name = "end_on", nullable = false)
    public LocalDate endOn;

    @ElementCollection
    @CollectionTable(name = "delegation_country", joinColumns = @JoinColumn(name = "delegation_id"))
    @OrderColumn(name = "position")
    @Column(name = "country_code", nullable = false, length = 2)
    @BatchSize(size = 200)
    public List<String> destinationCountries = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "destination_cities", nullable = false, columnDefinition = "jsonb")
    public List<String> destinationCities = new ArrayList<>();

    @Column(name = "partner_id")
    public UUID partnerId;

    @Column(name = "partner_name", length = 300)
    public String partnerName;

    @Column(name = "invitation_reference", length = 200)
    public String invitationReference;

    @Column(name = "funding_source", length = 300)
    public String fundingSource;

    @Column(name = "cost_estimate_vnd")
    public Long costEstimateVnd;

    @Column(name = "in_annual_plan", nullable = false)
    public boolean inAnnualPlan = true;

    @Column(name = "outside_plan_reason", length = 1000)
    public String outsidePlanReason;

    @Column(name = "outside_plan_approved", nullable = false)
    public boolean outsidePlanApproved;

    /** The level of the delegation's head (delegation_level); for inbound ones, the visitors'. */
    @Column(name = "head_level", length = 40)
    public String headLevel;

    @Column(name = "receiving_leader", length = 200)
    public String receivingLeader;

    @Column(name = "host_unit", length = 300)
    public String hostUnit;

    @Column(name = "foreign_press", nullable = false)
    public boolean foreignPress;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "related_agreement_ids", nullable = false, columnDefinition = "jsonb")
    public List<UUID> relatedAgreementIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<DecisionRef> decisions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<RuleOverride> overrides = new ArrayList<>();

    @Column(name = "returned_on")
    public LocalDate returnedOn;

    /** When the report after the visit is due: set on return (outbound) or once held (inbound). */
    @Column(name = "report_due_on")
    public LocalDate reportDueOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public PostVisitReport report;

    @Column(name = "report_submitted_on")
    public LocalDate reportSubmittedOn;

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

    /** Calendar days of the visit, first and last included. */
    public long days() {
        return ChronoUnit.DAYS.between(startOn, endOn) + 1;
    }
}
