package vn.doingoai.delegation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.delegation.domain.DelegationRules;

@Schema(name = "DelegationRules", description = "The rules a province sets for its delegations (defaults where it set none).")
public record RulesView(
        @Schema(maxLength = 2, examples = "38") String provinceCode,
        @Schema(description = "Days after return (or the visit) within which the report is due.", format = "int32",
                examples = "15") @Min(1) @Max(365) int reportDueDays,
        @Schema(description = "Working days' notice an inbound request needs before arrival.", format = "int32",
                examples = "5") @Min(0) @Max(60) int inboundNoticeWorkingDays,
        @Schema(format = "int32", examples = "10") @Min(1) @Max(500) int maxMembers,
        @Schema(format = "int32", examples = "10") @Min(1) @Max(365) int maxDays,
        @Schema(format = "int32", examples = "3") @Min(1) @Max(50) int maxCountries,
        @Schema(format = "int32", examples = "2") @Min(1) @Max(100) int maxTripsPerLeaderPerYear,
        @Schema(description = "Positions of the key leaders: two of them are not abroad at once, and each travels at most "
                + "maxTripsPerLeaderPerYear times.", maxItems = 20)
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) String> keyLeaderPositions) {

    static RulesView of(DelegationRules r) {
        return new RulesView(r.provinceCode, r.reportDueDays, r.inboundNoticeWorkingDays, r.maxMembers, r.maxDays,
                r.maxCountries, r.maxTripsPerLeaderPerYear, List.copyOf(r.keyLeaderPositions));
    }
}
