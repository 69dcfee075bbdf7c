package vn.doingoai.reporting.api;

import java.time.Instant;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The province's foreign-affairs figures for a year. */
public final class StatisticsDtos {

    private StatisticsDtos() {
    }

    @Schema(name = "AgreementFigureRow", description = "Agreements for one value of the grouping.")
    public record AgreementRow(@Schema(description = "e.g. {\"country\": \"LA\"}") Map<String, Object> keys,
            @Schema(format = "int64") long agreements) {
    }

    @Schema(name = "DelegationFigureRow", description = "Delegations for one combination of the grouping.")
    public record DelegationRow(@Schema(description = "e.g. {\"direction\": \"OUTBOUND\", \"country\": \"LA\"}")
            Map<String, Object> keys,
            @Schema(format = "int64") long delegations,
            @Schema(format = "int64") long members,
            @Schema(format = "int64") long personDays,
            @Schema(format = "int64") long costVnd) {
    }

    @Schema(name = "AgreementFigures", description = "Agreements signed in the year (by partner country and by field), in "
            + "force now and expiring in the year (by partner country).")
    public record AgreementFigures(
            @Schema(maxItems = 300) List<AgreementRow> signedByCountry,
            @Schema(maxItems = 300) List<AgreementRow> signedByField,
            @Schema(maxItems = 300) List<AgreementRow> inForceByCountry,
            @Schema(maxItems = 300) List<AgreementRow> expiringByCountry) {
    }

    @Schema(name = "DelegationFigures", description = "Delegations out and in during the year, by country, purpose and the "
            + "head's level, with members, person-days and cost.")
    public record DelegationFigures(
            @Schema(maxItems = 1000) List<DelegationRow> byDirectionAndCountry,
            @Schema(maxItems = 1000) List<DelegationRow> byDirectionAndPurpose,
            @Schema(maxItems = 1000) List<DelegationRow> byDirectionAndHeadLevel) {
    }

    @Schema(name = "AnnualStatistics", description = "A province's foreign-affairs figures for a year, read live from the "
            + "agreement and delegation services. A section is absent when its service could not be read; `missing` names it.")
    public record Annual(
            @Schema(format = "int32", examples = "2026") int year,
            @Schema(description = "The province, or absent for every province (central bodies).", maxLength = 2) String province,
            AgreementFigures agreements,
            DelegationFigures delegations,
            @Schema(maxItems = 5, examples = "[\"delegation-service\"]") List<@Size(max = 40) String> missing,
            @Schema(description = "When the figures were read.", format = "date-time") Instant asOf) {
    }

    @Schema(name = "ProvinceFigures", description = "One province's figures for the year, its predecessors rolled up.")
    public record ProvinceFigures(
            @Schema(description = "The province (two-digit code), or TOTAL.", maxLength = 5, examples = "33") String province,
            @Schema(description = "Predecessors whose figures are included.", maxItems = 10, examples = "[\"34\"]") List<@Size(max = 2) String> rolledUp,
            @Schema(format = "int64") long agreementsSigned,
            @Schema(description = "In force now.", format = "int64") long agreementsInForce,
            @Schema(format = "int64") long outboundDelegations,
            @Schema(format = "int64") long inboundDelegations,
            @Schema(format = "int64") long personDays,
            @Schema(format = "int64") long costVnd) {

        public ProvinceFigures plus(ProvinceFigures o, List<String> rolled) {
            return new ProvinceFigures(province, rolled, agreementsSigned + o.agreementsSigned, agreementsInForce + o.agreementsInForce,
                    outboundDelegations + o.outboundDelegations, inboundDelegations + o.inboundDelegations,
                    personDays + o.personDays, costVnd + o.costVnd);
        }
    }

    @Schema(name = "ProvinceComparison", description = "Every province's figures side by side and summed (central bodies).")
    public record Comparison(
            @Schema(format = "int32") int year,
            @Schema(description = "Successions in force on this day are rolled up.", format = "date") java.time.LocalDate asOf,
            @Schema(maxItems = 100) List<ProvinceFigures> provinces,
            ProvinceFigures total,
            @Schema(maxItems = 5) List<@Size(max = 40) String> missing,
            @Schema(format = "date-time") Instant readAt) {
    }
}
