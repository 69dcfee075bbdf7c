package vn.doingoai.reporting.api;

import java.time.Instant;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The annual report to the Ministry of Foreign Affairs on the province's international agreements. */
public final class AgreementReportDtos {

    private AgreementReportDtos() {
    }

    @Schema(name = "ReportedAgreement", description = "An agreement as it appears in the annual report.")
    public record AgreementLine(
            @Schema(format = "uuid") UUID id,
            @Schema(maxLength = 100, examples = "DEMO-02/2021/TTQT") String referenceNumber,
            @Schema(maxLength = 500) String title,
            @Schema(maxLength = 500) String titleForeign,
            @Schema(description = "AgreementKind of agreement-service.", maxLength = 40, examples = "COOPERATION_PROGRAMME")
            String kind,
            @Schema(description = "AgreementStatus of agreement-service.", maxLength = 20, examples = "IN_FORCE") String status,
            @Schema(description = "The foreign partners' Vietnamese names.", maxItems = 20) List<@Size(max = 300) String> partners,
            @Schema(description = "The partners' countries (ISO 3166-1 alpha-2).", maxItems = 20) List<@Size(max = 2) String> countries,
            @Schema(description = "Cooperation field codes.", maxItems = 30) List<@Size(max = 40) String> fields,
            @Schema(maxLength = 300) String responsibleUnit,
            @Schema(format = "date") LocalDate proposedOn,
            @Schema(format = "date") LocalDate signedOn,
            @Schema(format = "date") LocalDate inForceOn,
            @Schema(format = "date") LocalDate expiresOn) {
    }

    @Schema(name = "AgreementCount", description = "Agreements counted under one code (a country or a cooperation field).")
    public record Count(@Schema(maxLength = 40, examples = "LA") String code, @Schema(format = "int32") int agreements) {
    }

    @Schema(name = "AnnualAgreementReport", description = "The province's report to the Ministry of Foreign Affairs on "
            + "signing and implementing international agreements in a year, with its plan of agreements to sign the next "
            + "year; both are due by 15 November (Law 70/2020, Decree 64/2021).")
    public record AnnualAgreementReport(
            @Schema(format = "int32", examples = "2026") int year,
            @Schema(maxLength = 2, examples = "38") String province,
            @Schema(description = "The province's name as it stood at the end of the year (or today).", maxLength = 200,
                    examples = "Tỉnh Thanh Hóa") String provinceName,
            @Schema(description = "15 November of the year.", format = "date", examples = "2026-11-15") LocalDate dueBy,
            @Schema(description = "Signed during the year.", maxItems = 5000) List<AgreementLine> signed,
            @Schema(description = "In force on the day the report is produced: what the province is implementing.",
                    maxItems = 5000) List<AgreementLine> inForce,
            @Schema(description = "Expiring during the year or the next: renewal decisions to plan.", maxItems = 5000)
            List<AgreementLine> expiring,
            @Schema(description = "Not yet signed (drafting, consultation, submission or approved): the plan of agreements "
                    + "to sign next year.", maxItems = 5000) List<AgreementLine> planned,
            @Schema(description = "Agreements in force by partner country.", maxItems = 300) List<Count> inForceByCountry,
            @Schema(description = "Agreements in force by cooperation field.", maxItems = 300) List<Count> inForceByField,
            @Schema(description = "When agreement-service was read.", format = "date-time") Instant asOf) {
    }
}
