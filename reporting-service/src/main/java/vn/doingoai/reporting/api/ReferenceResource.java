package vn.doingoai.reporting.api;

import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import vn.doingoai.commons.persistence.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import vn.doingoai.commons.web.ETags;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.doingoai.commons.api.CodeLabelSet;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.reporting.domain.AutomaticSource;
import vn.doingoai.reporting.domain.Cadence;
import vn.doingoai.reporting.domain.IndicatorDirection;
import vn.doingoai.reporting.domain.Pillar;
import vn.doingoai.reporting.domain.ProgrammeAction;
import vn.doingoai.reporting.domain.ProgrammeKind;
import vn.doingoai.reporting.domain.ProgrammeStatus;
import vn.doingoai.reporting.domain.Recurrence;
import vn.doingoai.reporting.domain.ReportAction;
import vn.doingoai.reporting.domain.ReportStatus;
import vn.doingoai.reporting.domain.TaskStatus;
import vn.doingoai.reporting.service.ReportingUnitService;
import vn.doingoai.commons.persistence.ReadsRetried;

@ReadsRetried
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Lists of codes with Vietnamese and English labels.")
public class ReferenceResource {

    private final ReportingUnitService units;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;
    private final Idempotency idempotency;

    public ReferenceResource(ReportingUnitService units, com.fasterxml.jackson.databind.ObjectMapper mapper,
            Idempotency idempotency) {
        this.units = units;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @GET
    @Path("/labels/reporting")
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR,
            Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listReportingLabels", summary = "Labels of every code of programmes, reports and statistics",
            description = "Vietnamese and English labels of each code list this part of the API returns (pillars, programme, "
                    + "report and task statuses, actions, cadences, recurrences…), by the name of the code's schema, so that "
                    + "no screen shows a raw code. Short and stable: cache it for the session.")
    public CodeLabelSet listReportingLabels() {
        return CodeLabelSet.builder()
                .add(Pillar.class)
                .add(ProgrammeKind.class)
                .add(ProgrammeStatus.class)
                .add(ProgrammeAction.class)
                .add(Cadence.class)
                .add(Recurrence.class)
                .add(TaskStatus.class)
                .add(IndicatorDirection.class)
                .add(AutomaticSource.class)
                .add(ReportStatus.class)
                .add(ReportAction.class)
                .addCodes("IndicatorSource", java.util.stream.Stream.concat(java.util.stream.Stream.of("MANUAL"),
                        java.util.Arrays.stream(AutomaticSource.values()).map(Enum::name)).toArray(String[]::new))
                .build();
    }

    @GET
    @Path("/units")
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR,
            Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listReportingUnits", summary = "List the reporting units of a province",
            description = "Callers see their own province's units; central-auditor and admin see every province. Retired "
                    + "units only with includeInactive.")
    public ReportingUnitList listReportingUnits(
            @Parameter(description = "Only this province (two-digit code).", example = "11")
            @QueryParam("province") @Size(max = 2) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code")
            String province,
            @Parameter(description = "Also the retired units.") @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return new ReportingUnitList(units.list(Optional.ofNullable(province), includeInactive).stream()
                .map(ReportingUnitView::of).toList());
    }

    @GET
    @Path("/units/{unitId}")
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR,
            Roles.ADMIN, Roles.INTEGRATION })
    @APIResponseSchema(value = ReportingUnitView.class, responseCode = "200", responseDescription = "OK; with its ETag.")
    @Operation(operationId = "getReportingUnit", summary = "Get a reporting unit",
            description = "A unit of the caller's province; central-auditor and admin read every province's.")
    public Response getReportingUnit(@PathParam("unitId") UUID unitId) {
        return tagged(Response.ok(), ReportingUnitView.of(units.get(unitId)));
    }

    @POST
    @Path("/units")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ReportingUnitView.class, responseCode = "201", responseDescription = "Created; with its ETag.")
    @Operation(operationId = "createReportingUnit", summary = "Add a province's reporting unit",
            description = "Its code is the `unit` claim of the unit's reporters and never changes.")
    public Response createReportingUnit(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
            @Valid @NotNull ReportingUnitInput input) {
        return idempotency.execute(idempotencyKey, input, () -> {
            ReportingUnitView view = ReportingUnitView.of(units.add(input));
            return tagged(Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()), view);
        });
    }

    @PUT
    @Path("/units/{unitId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = ReportingUnitView.class, responseCode = "200", responseDescription = "OK; with its ETag.")
    @Operation(operationId = "updateReportingUnit", summary = "Rename or retire a reporting unit",
            description = "Requires If-Match. A retired unit (active=false) is no longer listed nor expected to report; "
                    + "its reports stay.")
    public Response updateReportingUnit(@PathParam("unitId") UUID unitId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReportingUnitInput input) {
        return tagged(Response.ok(), ReportingUnitView.of(units.change(unitId, ifMatch,
                u -> ETags.ofJson(mapper, ReportingUnitView.of(u)), input)));
    }

    private Response tagged(Response.ResponseBuilder builder, ReportingUnitView view) {
        return builder.entity(view).header(HttpHeaders.ETAG, ETags.ofJson(mapper, view)).build();
    }
}
