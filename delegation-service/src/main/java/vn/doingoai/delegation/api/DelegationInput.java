package vn.doingoai.delegation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.delegation.domain.DecisionRef;
import vn.doingoai.delegation.domain.Direction;
import vn.doingoai.delegation.domain.ItineraryItem;

@Schema(name = "DelegationInput", description = "What a client sends to create or redraft a delegation. Outbound parts "
        + "(destinations, invitation, funding, annual plan) and inbound parts (visiting level, receiving leader, host unit) "
        + "apply to their direction only.")
public record DelegationInput(
        @Schema(required = true, description = "Fixed once created.") @NotNull Direction direction,
        @Schema(maxLength = 100, examples = "DEMO-12/2026/ĐR") @Size(max = 100) String referenceNumber,
        @Schema(maxLength = 500, examples = "Đoàn công tác tỉnh Thanh Hóa thăm và làm việc tại tỉnh Hủa Phăn")
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "Purpose code (GET /api/v1/reference/delegation-purposes).", maxLength = 40, examples = "WORKING_VISIT")
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]*") String purpose,
        @Schema(maxLength = 2000) @Size(max = 2000) String purposeDetail,
        @Schema(maxLength = 8000) @Size(max = 8000) String programme,
        @Schema(maxItems = 200) @Size(max = 200) List<@Valid @NotNull ItineraryItem> itinerary,
        @Schema(description = "First day, inclusive.", format = "date", examples = "2026-03-10") @NotNull LocalDate startOn,
        @Schema(description = "Last day, inclusive.", format = "date", examples = "2026-03-14") @NotNull LocalDate endOn,
        @Schema(description = "Outbound: ISO 3166-1 alpha-2 codes of the countries visited.", maxItems = 20)
        @Size(max = 20) List<@NotNull @Size(max = 2) @Pattern(regexp = "[A-Z]{2}") String> destinationCountries,
        @Schema(description = "Inbound: ISO 3166-1 alpha-2 codes of the countries the visitors come from.", maxItems = 20)
        @Size(max = 20) List<@NotNull @Size(max = 2) @Pattern(regexp = "[A-Z]{2}") String> originCountries,
        @Schema(description = "Outbound: cities visited.", maxItems = 50) @Size(max = 50) List<@NotBlank @Size(max = 200) String> destinationCities,
        @Schema(description = "Inviting (outbound) or visiting (inbound) partner, when registered in agreement-service.",
                format = "uuid") UUID partnerId,
        @Schema(maxLength = 300, examples = "Ủy ban nhân dân tỉnh Hủa Phăn") @Size(max = 300) String partnerName,
        @Schema(maxLength = 200, examples = "Thư mời số 15/HP-ĐN") @Size(max = 200) String invitationReference,
        @Schema(maxLength = 300, examples = "Ngân sách tỉnh") @Size(max = 300) String fundingSource,
        @Schema(description = "Estimated cost in Vietnamese đồng, at most 1 000 000 000 000 (one thousand billion): "
                + "the statistics add these up, and a larger figure is a typing error, not a trip.", format = "int64", examples = "350000000")
        @PositiveOrZero @Max(1_000_000_000_000L) Long costEstimateVnd,
        @Schema(description = "Outbound: in the province's annual plan of delegations; absent means true.") Boolean inAnnualPlan,
        @Schema(description = "Outbound: why a trip outside the annual plan is needed.", maxLength = 1000)
        @Size(max = 1000) String outsidePlanReason,
        @Schema(description = "The level of the delegation's head, outbound (ours) or inbound (the visitors'): a code of "
                + "GET /api/v1/reference/delegation-levels. Answers carry it as `headLevel` too; the name of this field "
                + "stays for v1.", maxLength = 40, examples = "PROVINCIAL_LEADER")
        @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String visitingLevel,
        @Schema(maxLength = 200, examples = "Chủ tịch UBND tỉnh") @Size(max = 200) String receivingLeader,
        @Schema(maxLength = 300, examples = "Sở Ngoại vụ") @Size(max = 300) String hostUnit,
        @Schema(description = "Inbound: foreign reporters working in the province.") Boolean foreignPress,
        @Schema(description = "Agreements in agreement-service this delegation relates to.", maxItems = 20)
        @Size(max = 20) List<@NotNull UUID> relatedAgreementIds,
        @Schema(maxItems = 20) @Size(max = 20) List<@Valid @NotNull DecisionRef> decisions) {
}
