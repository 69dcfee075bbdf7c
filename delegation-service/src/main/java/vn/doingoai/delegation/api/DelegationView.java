package vn.doingoai.delegation.api;

import java.time.Instant;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.delegation.domain.DecisionRef;
import vn.doingoai.delegation.domain.Delegation;
import vn.doingoai.delegation.domain.DelegationAction;
import vn.doingoai.delegation.domain.DelegationStatus;
import vn.doingoai.delegation.domain.Direction;
import vn.doingoai.delegation.domain.ItineraryItem;
import vn.doingoai.delegation.domain.PostVisitReport;
import vn.doingoai.delegation.domain.RuleOverride;
import vn.doingoai.commons.lifecycle.AvailableActions;
import vn.doingoai.commons.lifecycle.BlockedAction;

@Schema(name = "Delegation", description = "An outbound (đoàn ra) or inbound (đoàn vào) delegation of a province.")
public record DelegationView(
        @Schema(format = "uuid") UUID id,
        @Schema(maxLength = 2, examples = "38") String provinceCode,
        Direction direction,
        DelegationStatus status,
        @Schema(description = "What the caller may do now: each would succeed today.", maxItems = 20)
        List<DelegationAction> allowedActions,
        @Schema(description = "What the caller's roles allow in this state but would be refused today, with the code it "
                + "would be refused with.", maxItems = 20) List<BlockedAction> blockedActions,
        @Schema(maxLength = 100) String referenceNumber,
        @Schema(maxLength = 500) String title,
        @Schema(maxLength = 40) String purpose,
        @Schema(maxLength = 2000) String purposeDetail,
        @Schema(maxLength = 8000) String programme,
        @Schema(maxItems = 200) List<ItineraryItem> itinerary,
        @Schema(format = "date") LocalDate startOn,
        @Schema(format = "date") LocalDate endOn,
        @Schema(description = "Days away or received, first and last included.", format = "int32") int days,
        @Schema(description = "Outbound: where it goes.", maxItems = 20) List<@Size(max = 2) String> destinationCountries,
        @Schema(description = "Inbound: where the visitors come from.", maxItems = 20) List<@Size(max = 2) String> originCountries,
        @Schema(maxItems = 50) List<@Size(max = 200) String> destinationCities,
        @Schema(format = "uuid") UUID partnerId,
        @Schema(maxLength = 300) String partnerName,
        @Schema(maxLength = 200) String invitationReference,
        @Schema(maxLength = 300) String fundingSource,
        @Schema(format = "int64") Long costEstimateVnd,
        boolean inAnnualPlan,
        @Schema(maxLength = 1000) String outsidePlanReason,
        boolean outsidePlanApproved,
        @Schema(description = "The level of the delegation's head, outbound or inbound (GET "
                + "/api/v1/reference/delegation-levels).", maxLength = 40) String headLevel,
        @Schema(description = "The same as headLevel: the name v1 gave it (and the name of the input field).", maxLength = 40)
        String visitingLevel,
        @Schema(maxLength = 200) String receivingLeader,
        @Schema(maxLength = 300) String hostUnit,
        boolean foreignPress,
        @Schema(maxItems = 20) List<UUID> relatedAgreementIds,
        @Schema(maxItems = 20) List<DecisionRef> decisions,
        @Schema(description = "Rules an approver set aside, with who and why.", maxItems = 20) List<RuleOverride> overrides,
        @Schema(description = "How many members it has.", format = "int32") int memberCount,
        @Schema(format = "date") LocalDate returnedOn,
        @Schema(description = "When the report after the visit is due.", format = "date") LocalDate reportDueOn,
        PostVisitReport report,
        @Schema(format = "date") LocalDate reportSubmittedOn,
        @Schema(format = "int64") long version,
        @Schema(format = "date-time") Instant createdAt,
        @Schema(maxLength = 200) String createdBy,
        @Schema(format = "date-time") Instant updatedAt,
        @Schema(maxLength = 200) String updatedBy) {

    static DelegationView of(Delegation d, AvailableActions<DelegationAction> actions, int members) {
        return new DelegationView(d.id, d.provinceCode, d.direction, d.status, actions.allowed(), actions.blocked(),
                d.referenceNumber, d.title, d.purpose,
                d.purposeDetail, d.programme, List.copyOf(d.itinerary), d.startOn, d.endOn, (int) d.days(),
                d.direction == Direction.OUTBOUND ? List.copyOf(d.destinationCountries) : List.of(),
                d.direction == Direction.INBOUND ? List.copyOf(d.destinationCountries) : List.of(),
                List.copyOf(d.destinationCities), d.partnerId, d.partnerName,
                d.invitationReference, d.fundingSource, d.costEstimateVnd, d.inAnnualPlan, d.outsidePlanReason,
                d.outsidePlanApproved, d.headLevel, d.headLevel, d.receivingLeader, d.hostUnit, d.foreignPress,
                List.copyOf(d.relatedAgreementIds), List.copyOf(d.decisions), List.copyOf(d.overrides), members, d.returnedOn,
                d.reportDueOn, d.report, d.reportSubmittedOn, d.version, d.createdAt, d.createdBy, d.updatedAt, d.updatedBy);
    }

    @Schema(name = "DelegationPage", description = "One page of delegations.")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Page(
            @Schema(maxItems = 200) List<Summary> items,
            @Schema(description = "Pass as `cursor` for the next page; absent on the last page.", maxLength = 2000) String nextCursor,
            @Schema(format = "int64") Long totalItems) {
    }

    @Schema(name = "DelegationSummary", description = "A delegation as a row of a list.")
    public record Summary(
            @Schema(format = "uuid") UUID id,
            @Schema(maxLength = 2) String provinceCode,
            Direction direction,
            DelegationStatus status,
            @Schema(description = "What the caller may do now: each would succeed today.", maxItems = 20)
            List<DelegationAction> allowedActions,
            @Schema(description = "What the caller's roles allow in this state but would be refused today.", maxItems = 20)
            List<BlockedAction> blockedActions,
            @Schema(maxLength = 100) String referenceNumber,
            @Schema(maxLength = 500) String title,
            @Schema(maxLength = 40) String purpose,
            @Schema(format = "date") LocalDate startOn,
            @Schema(format = "date") LocalDate endOn,
            @Schema(maxItems = 20) List<@Size(max = 2) String> destinationCountries,
            @Schema(maxLength = 300) String partnerName,
            @Schema(format = "int64") long version,
            @Schema(format = "date-time") Instant updatedAt) {

        static Summary of(Delegation d, AvailableActions<DelegationAction> actions) {
            return new Summary(d.id, d.provinceCode, d.direction, d.status, actions.allowed(), actions.blocked(),
                    d.referenceNumber, d.title, d.purpose, d.startOn,
                    d.endOn, List.copyOf(d.destinationCountries), d.partnerName, d.version, d.updatedAt);
        }
    }
}
