package vn.doingoai.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import vn.doingoai.reporting.api.export.ExportTables;
import vn.doingoai.commons.exports.Exports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.reporting.service.AnnualStatisticsService;
import vn.doingoai.reporting.service.ProvinceComparisonService;
import vn.doingoai.commons.persistence.ReadsRetried;

@ReadsRetried
@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "The province's foreign-affairs figures, pulled live from the other services.")
@RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.CENTRAL_AUDITOR, Roles.ADMIN, Roles.INTEGRATION })
public class StatisticsResource {

    private final AnnualStatisticsService statistics;
    private final ProvinceComparisonService comparison;
    private final vn.doingoai.reporting.service.DocumentService documents;

    public StatisticsResource(AnnualStatisticsService statistics, ProvinceComparisonService comparison,
            vn.doingoai.reporting.service.DocumentService documents) {
        this.documents = documents;
        this.statistics = statistics;
        this.comparison = comparison;
    }

    @GET
    @Path("/provinces")
    @RolesAllowed({ Roles.CENTRAL_AUDITOR, Roles.ADMIN })
    @Operation(operationId = "compareProvinces", summary = "Every province's figures for a year, side by side and summed",
            description = "For central bodies. A province that succeeded others (Hưng Yên after Thái Bình, from 2025-07-01) "
                    + "includes their figures once the succession is in force on `asOf` (default today).")
    @Produces({ MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX })
    @APIResponseSchema(value = StatisticsDtos.Comparison.class, responseCode = "200",
            responseDescription = "OK; as CSV or XLSX with Accept: text/csv or the spreadsheet type.")
    public Response compareProvinces(@QueryParam("year") @NotNull @Min(1945) @Max(2200) Integer year,
            @QueryParam("asOf") java.time.LocalDate asOf, @Context HttpHeaders headers) {
        StatisticsDtos.Comparison result = comparison.compare(year,
                asOf == null ? java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) : asOf);
        Response export = Exports.respond(headers, "cac-tinh-" + year, () -> ExportTables.provinces(result, documents.labels()));
        return export != null ? export : Response.ok(result, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/annual")
    @Operation(operationId = "getAnnualStatistics", summary = "A province's foreign-affairs figures for a year",
            description = "Agreements signed, in force and expiring, by partner country and field; delegations out and in "
                    + "by country, purpose and the head's level, with person-days and cost. Read live with the caller's token; "
                    + "when a service is down its section is absent and `missing` names it (an answer within the 2 s + 5 s "
                    + "client timeouts). Central bodies may name a province or omit it for all.")
    @Produces({ MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX })
    @APIResponseSchema(value = StatisticsDtos.Annual.class, responseCode = "200",
            responseDescription = "OK; as CSV or XLSX with Accept: text/csv or the spreadsheet type.")
    public Response getAnnualStatistics(@QueryParam("year") @NotNull @Min(1945) @Max(2200) Integer year,
            @QueryParam("province") @Size(max = 2) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code") String province,
            @Context HttpHeaders headers) {
        StatisticsDtos.Annual annual = statistics.annual(year, province);
        Response export = Exports.respond(headers, "so-lieu-doi-ngoai-" + year, () -> ExportTables.annual(annual, documents.labels()));
        return export != null ? export : Response.ok(annual, MediaType.APPLICATION_JSON).build();
    }
}
