package vn.doingoai.reporting.api;

import vn.doingoai.commons.persistence.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.reporting.api.export.ExportTables;
import vn.doingoai.commons.exports.Exports;
import vn.doingoai.reporting.api.ReportDtos.ReportView;
import vn.doingoai.reporting.domain.Programme;
import vn.doingoai.reporting.domain.ReportStatus;
import vn.doingoai.reporting.domain.ReportingUnit;
import vn.doingoai.reporting.domain.UnitReport;
import vn.doingoai.reporting.service.AgreementReportService;
import vn.doingoai.reporting.service.DocumentService;
import vn.doingoai.reporting.service.ProgrammeService;
import vn.doingoai.reporting.service.ReportService;
import vn.doingoai.commons.persistence.ReadsRetried;

@ReadsRetried
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Periodic unit reports, reporting discipline and the consolidated picture.")
@RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR, Roles.ADMIN,
        Roles.INTEGRATION })
public class ReportResource {

    private static final String ETAG_DOC = "OK; the ETag header carries the report's version.";

    private final ReportService reports;
    private final ProgrammeService programmes;
    private final AgreementReportService agreementReports;
    private final DocumentService documents;
    private final Idempotency idempotency;

    public ReportResource(ReportService reports, ProgrammeService programmes, AgreementReportService agreementReports,
            DocumentService documents, Idempotency idempotency) {
        this.reports = reports;
        this.programmes = programmes;
        this.agreementReports = agreementReports;
        this.documents = documents;
        this.idempotency = idempotency;
    }

    @GET
    @Transactional
    @Operation(operationId = "listReports", summary = "List a programme's unit reports",
            description = "Unit reporters see their unit's reports; the Department of Foreign Affairs sees all of the province.")
    @Produces({ MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX })
    @APIResponseSchema(value = ReportDtos.ReportPage.class, responseCode = "200",
            responseDescription = "OK; as CSV or XLSX with Accept: text/csv or the spreadsheet type.")
    public Response listReports(@QueryParam("programmeId") @NotNull UUID programmeId,
            @QueryParam("period") @Size(max = 7) @Pattern(regexp = ReportDtos.PERIOD_PATTERN, message = "must be a period written 2025-Q3, 2025-H1 or 2025") String period,
            @QueryParam("unit") @Size(max = 40) String unit, @QueryParam("status") ReportStatus status,
            @Context HttpHeaders headers) {
        Programme programme = programmes.get(programmeId);
        ReportDtos.ReportPage page = new ReportDtos.ReportPage(reports.list(programmeId, period, unit, status).stream()
                .map(r -> view(r, programme)).toList(), null);
        Response export = Exports.respond(headers, "bao-cao-don-vi",
                () -> ExportTables.reports(page.items(), programmes.unitNames(programme.provinceCode)));
        return export != null ? export : Response.ok(page, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/completeness")
    @Transactional
    @Operation(operationId = "getReportCompleteness", summary = "Reporting rates for a period",
            description = "Expected (one per unit leading or coordinating an open task), received and received on time, per "
                    + "unit and overall. Without `period`, the latest closed period.")
    @Produces({ MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX })
    @APIResponseSchema(value = ReportDtos.Completeness.class, responseCode = "200",
            responseDescription = "OK; as CSV or XLSX with Accept: text/csv or the spreadsheet type.")
    public Response getReportCompleteness(@QueryParam("programmeId") @NotNull UUID programmeId,
            @Parameter(example = "2026-Q3") @QueryParam("period")
            @Size(max = 7) @Pattern(regexp = ReportDtos.PERIOD_PATTERN, message = "must be a period written 2025-Q3, 2025-H1 or 2025") String period,
            @Context HttpHeaders headers) {
        ReportDtos.Completeness completeness = reports.completeness(programmeId, period);
        Response export = Exports.respond(headers, "bao-cao-day-du-" + completeness.period(), () -> ExportTables.completeness(completeness));
        return export != null ? export : Response.ok(completeness, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/consolidated")
    @Transactional
    @Operation(operationId = "getConsolidatedReport", summary = "The province's picture of a programme for a period",
            description = "Every task with its lead unit's latest status, indicator targets and actuals, progress and overdue "
                    + "tasks, by pillar and content area. Without `period`, the latest closed period. As a printable report "
                    + "of the Department of Foreign Affairs with `Accept: " + Exports.DOCX + "`.")
    @Produces({ MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX, Exports.DOCX })
    @APIResponseSchema(value = ReportDtos.Consolidated.class, responseCode = "200",
            responseDescription = "OK; as CSV, XLSX or DOCX with the matching Accept header.")
    public Response getConsolidatedReport(@QueryParam("programmeId") @NotNull UUID programmeId,
            @QueryParam("period") @Size(max = 7) @Pattern(regexp = ReportDtos.PERIOD_PATTERN, message = "must be a period written 2025-Q3, 2025-H1 or 2025") String period,
            @Context HttpHeaders headers) {
        ReportDtos.Consolidated consolidated = reports.consolidated(programmeId, period);
        Response export = Exports.respond(headers, "bao-cao-tong-hop-" + consolidated.period(),
                () -> ExportTables.consolidated(consolidated, documents.unitNames(consolidated)), () -> documents.consolidated(consolidated));
        return export != null ? export : Response.ok(consolidated, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/annual-agreement-report")
    // Made from agreement-service's records, which a unit reporter may not read: refused here with
    // 403 rather than answered 503 when agreement-service refuses the reporter's token.
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.CENTRAL_AUDITOR, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "getAnnualAgreementReport",
            summary = "The annual report to the Ministry of Foreign Affairs on international agreements",
            description = "Due by 15 November: the agreements signed in the year, those in force (being implemented), those "
                    + "expiring this year or next, and the plan of agreements not yet signed. Read live from agreement-service "
                    + "with the caller's token; when it cannot be read the answer is 503 DEPENDENCY_UNAVAILABLE rather than "
                    + "a report with gaps. The printable document (`Accept: " + Exports.DOCX + "`) follows the layout of "
                    + "administrative documents and is ready for the Chair's signature. Central bodies name the province.")
    @Produces({ MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX, Exports.DOCX })
    @APIResponseSchema(value = AgreementReportDtos.AnnualAgreementReport.class, responseCode = "200",
            responseDescription = "OK; as CSV, XLSX or DOCX with the matching Accept header.")
    public Response getAnnualAgreementReport(@QueryParam("year") @NotNull @Min(1945) @Max(2200) Integer year,
            @QueryParam("province") @Size(max = 2) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code") String province,
            @Context HttpHeaders headers) {
        AgreementReportDtos.AnnualAgreementReport report = agreementReports.annual(year, province);
        Response export = Exports.respond(headers, "bao-cao-thoa-thuan-quoc-te-" + year + "-" + report.province(),
                () -> ExportTables.annualAgreements(report, documents.labels()), () -> documents.annualAgreements(report));
        return export != null ? export : Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{reportId}")
    @Transactional
    @APIResponseSchema(value = ReportView.class, responseCode = "200", responseDescription = ETAG_DOC)
    @Operation(operationId = "getReport", summary = "Get a report")
    public Response getReport(@PathParam("reportId") UUID reportId) {
        return tagged(Response.ok(), reports.get(reportId));
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNIT_REPORTER)
    @APIResponseSchema(value = ReportView.class, responseCode = "201", responseDescription = "Created; with its ETag.")
    @Operation(operationId = "createReport", summary = "Start the unit's report for a period",
            description = "For the unit named in the token's `unit` claim; one per programme, unit and period.")
    public Response createReport(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
            @Valid @NotNull ReportDtos.ReportInput input) {
        return idempotency.execute(idempotencyKey, input, () -> {
            UnitReport report = reports.create(input);
            return tagged(Response.created(uri.getAbsolutePathBuilder().path(report.id.toString()).build()), report);
        });
    }

    @PUT
    @Path("/{reportId}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNIT_REPORTER)
    @APIResponseSchema(value = ReportView.class, responseCode = "200", responseDescription = ETAG_DOC)
    @Operation(operationId = "updateReport", summary = "Write the report's entries",
            description = "While DRAFT or RETURNED. Requires If-Match.")
    public Response updateReport(@PathParam("reportId") UUID reportId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReportDtos.EntriesInput input) {
        return tagged(Response.ok(), reports.updateEntries(reportId, ifMatch, input.entries()));
    }

    @POST
    @Path("/{reportId}/transitions")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.UNIT_REPORTER, Roles.OFFICER, Roles.APPROVER })
    @APIResponseSchema(value = ReportView.class, responseCode = "200", responseDescription = ETAG_DOC)
    @Operation(operationId = "transitionReport", summary = "Submit, accept or return a report",
            description = "SUBMIT by the unit (an entry for each of its open tasks); ACCEPT or RETURN (with a reason) by the "
                    + "Department of Foreign Affairs. Requires If-Match.")
    public Response transitionReport(@PathParam("reportId") UUID reportId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Valid @NotNull ReportDtos.ReportTransitionRequest request) {
        return idempotency.execute(idempotencyKey, request, () ->
                tagged(Response.ok(), reports.transition(reportId, ifMatch, request.action().name(), request.comment())));
    }

    private ReportView view(UnitReport report, Programme programme) {
        ReportingUnit unit = ReportingUnit.findById(report.unitId);
        return ReportView.of(report, unit.code, reports.actions(report), ReportService.onTime(report, programme));
    }

    private Response tagged(Response.ResponseBuilder builder, UnitReport report) {
        Programme programme = programmes.get(report.programmeId);
        return builder.tag(new EntityTag(String.valueOf(report.version))).entity(view(report, programme)).build();
    }
}
