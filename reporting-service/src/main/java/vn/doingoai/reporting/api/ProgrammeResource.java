package vn.doingoai.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.doingoai.commons.persistence.Idempotency;
import vn.doingoai.commons.persistence.Keyset;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.reporting.api.ProgrammeDtos.ContentAreasInput;
import vn.doingoai.reporting.api.ProgrammeDtos.ProgrammeInput;
import vn.doingoai.reporting.api.ProgrammeDtos.ProgrammePage;
import vn.doingoai.reporting.api.ProgrammeDtos.ProgrammeTransitionRequest;
import vn.doingoai.reporting.api.ProgrammeDtos.ProgrammeView;
import vn.doingoai.reporting.api.ProgrammeDtos.TaskInput;
import vn.doingoai.reporting.api.ProgrammeDtos.TaskList;
import vn.doingoai.reporting.api.ProgrammeDtos.TaskView;
import vn.doingoai.reporting.api.export.ExportTables;
import vn.doingoai.commons.exports.Exports;
import vn.doingoai.reporting.domain.Programme;
import vn.doingoai.reporting.domain.ProgrammeStatus;
import vn.doingoai.reporting.domain.Task;
import vn.doingoai.reporting.service.ProgrammeService;
import vn.doingoai.commons.persistence.ReadsRetried;

@ReadsRetried
@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "Foreign-affairs programmes and plans, their content areas and tasks.")
@RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR, Roles.ADMIN,
        Roles.INTEGRATION })
public class ProgrammeResource {

    private static final String ETAG_DOC = "OK; the ETag header carries the programme's version.";

    private final ProgrammeService programmes;
    private final Idempotency idempotency;
    private final vn.doingoai.reporting.service.DocumentService documents;

    public ProgrammeResource(ProgrammeService programmes, Idempotency idempotency,
            vn.doingoai.reporting.service.DocumentService documents) {
        this.documents = documents;
        this.programmes = programmes;
        this.idempotency = idempotency;
    }

    @GET
    @Transactional
    @Operation(operationId = "listProgrammes", summary = "List programmes and plans",
            description = "The caller's province; central-auditor and admin see every province. As CSV or XLSX, the page "
                    + "asked for (up to 200 rows).")
    @Produces({ MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX })
    @APIResponseSchema(value = ProgrammePage.class, responseCode = "200",
            responseDescription = "OK; as CSV or XLSX with Accept: text/csv or the spreadsheet type.")
    public Response listProgrammes(@QueryParam("q") @Size(max = 200) String q, @QueryParam("status") ProgrammeStatus status,
            @QueryParam("year") @Min(1945) @Max(2200) Integer year,
            @QueryParam("province") @Size(max = 2) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code") String province,
            @QueryParam("sort") @Size(max = 200) String sort, @QueryParam("limit") @Min(1) Integer limit,
            @QueryParam("cursor") @Size(max = 2000) String cursor, @Context HttpHeaders headers) {
        Keyset.Page<Programme> page = programmes.list(q, status, year, province, sort, limit, cursor);
        ProgrammePage result = new ProgrammePage(page.rows().stream().map(this::view).toList(), page.nextCursor());
        Response export = Exports.respond(headers, "chuong-trinh-ke-hoach", () -> ExportTables.programmes(result.items(), documents.provinceNames()));
        return export != null ? export : Response.ok(result, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{programmeId}")
    @Transactional
    @APIResponseSchema(value = ProgrammeView.class, responseCode = "200", responseDescription = ETAG_DOC)
    @Operation(operationId = "getProgramme", summary = "Get a programme with its content areas")
    public Response getProgramme(@PathParam("programmeId") UUID programmeId) {
        return tagged(Response.ok(), programmes.get(programmeId));
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = ProgrammeView.class, responseCode = "201", responseDescription = "Created; with its ETag.")
    @Operation(operationId = "createProgramme", summary = "Draft a programme or plan", description = "Accepts Idempotency-Key.")
    public Response createProgramme(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
            @Valid @NotNull ProgrammeInput input) {
        return idempotency.execute(idempotencyKey, input, () -> {
            Programme created = programmes.create(input);
            return tagged(Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build()), created);
        });
    }

    @PUT
    @Path("/{programmeId}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = ProgrammeView.class, responseCode = "200", responseDescription = ETAG_DOC)
    @Operation(operationId = "updateProgramme", summary = "Change a programme's header", description = "Requires If-Match.")
    public Response updateProgramme(@PathParam("programmeId") UUID programmeId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ProgrammeInput input) {
        return tagged(Response.ok(), programmes.update(programmeId, ifMatch, input));
    }

    @PUT
    @Path("/{programmeId}/content-areas")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = ProgrammeView.class, responseCode = "200", responseDescription = ETAG_DOC)
    @Operation(operationId = "replaceContentAreas", summary = "Set the programme's content areas, in order",
            description = "Areas keep their ids; one with tasks cannot be removed (409 CONTENT_AREA_IN_USE). Requires If-Match.")
    public Response replaceContentAreas(@PathParam("programmeId") UUID programmeId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ContentAreasInput input) {
        return tagged(Response.ok(), programmes.replaceAreas(programmeId, ifMatch, input.items()));
    }

    @POST
    @Path("/{programmeId}/transitions")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.APPROVER })
    @APIResponseSchema(value = ProgrammeView.class, responseCode = "200", responseDescription = ETAG_DOC)
    @Operation(operationId = "transitionProgramme", summary = "Issue or close a programme",
            description = "ISSUE (approver) from DRAFT, CLOSE from ISSUED. Requires If-Match.")
    public Response transitionProgramme(@PathParam("programmeId") UUID programmeId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ProgrammeTransitionRequest request) {
        return idempotency.execute(idempotencyKey, request, () ->
                tagged(Response.ok(), programmes.transition(programmeId, ifMatch, request.action().name(), request.comment())));
    }

    @GET
    @Path("/{programmeId}/tasks")
    @Transactional
    @Operation(operationId = "listTasks", summary = "List a programme's tasks",
            description = "As CSV or XLSX, the assignment table: each task with its content area, lead and coordinating "
                    + "units by name, recurrence, deadline, expected output and indicators.")
    @Produces({ MediaType.APPLICATION_JSON, Exports.CSV, Exports.XLSX })
    @APIResponseSchema(value = TaskList.class, responseCode = "200",
            responseDescription = "OK; as CSV or XLSX with Accept: text/csv or the spreadsheet type.")
    public Response listTasks(@PathParam("programmeId") UUID programmeId, @Context HttpHeaders headers) {
        Programme programme = programmes.get(programmeId);
        Map<UUID, String> codes = ProgrammeService.unitCodes(programme.provinceCode);
        TaskList result = new TaskList(programmes.tasks(programmeId).stream().map(t -> TaskView.of(t, codes)).toList());
        Response export = Exports.respond(headers, "nhiem-vu-" + slug(programme.number), () -> ExportTables.tasks(result.items(),
                programmes.contentAreaTitles(programmeId), programmes.unitNames(programme.provinceCode)));
        return export != null ? export : Response.ok(result, MediaType.APPLICATION_JSON).build();
    }

    /** "139/KH-UBND" → "139-kh-ubnd": safe in a file name. */
    private static String slug(String number) {
        return vn.doingoai.commons.text.VietnameseText.fold(number).trim().replace(' ', '-');
    }

    @POST
    @Path("/{programmeId}/tasks")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = TaskView.class, responseCode = "201", responseDescription = "Created; the ETag header carries "
            + "the programme's new version.")
    @Operation(operationId = "createTask", summary = "Add a task", description = "Requires If-Match with the programme's ETag.")
    public Response createTask(@PathParam("programmeId") UUID programmeId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri, @Valid @NotNull TaskInput input) {
        return idempotency.execute(idempotencyKey, input, () -> {
            Task task = programmes.saveTask(programmeId, null, ifMatch, input);
            return taskResponse(Response.created(uri.getAbsolutePathBuilder().path(task.id.toString()).build()), task);
        });
    }

    @PUT
    @Path("/{programmeId}/tasks/{taskId}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = TaskView.class, responseCode = "200", responseDescription = ETAG_DOC)
    @Operation(operationId = "updateTask", summary = "Change a task", description = "Requires If-Match with the programme's ETag.")
    public Response updateTask(@PathParam("programmeId") UUID programmeId, @PathParam("taskId") UUID taskId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TaskInput input) {
        return taskResponse(Response.ok(), programmes.saveTask(programmeId, taskId, ifMatch, input));
    }

    @DELETE
    // No body on success; a client that only accepts problem+json (for the errors) must not get 406.
    @Produces({ MediaType.APPLICATION_JSON, "application/problem+json" })
    @Path("/{programmeId}/tasks/{taskId}")
    @Transactional
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "deleteTask", summary = "Delete a task", description = "Requires If-Match with the programme's ETag.")
    public Response deleteTask(@PathParam("programmeId") UUID programmeId, @PathParam("taskId") UUID taskId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Programme programme = programmes.deleteTask(programmeId, taskId, ifMatch);
        return Response.noContent().tag(new EntityTag(String.valueOf(programme.version))).build();
    }

    private Response taskResponse(Response.ResponseBuilder builder, Task task) {
        Programme programme = programmes.get(task.programmeId);
        return builder.tag(new EntityTag(String.valueOf(programme.version)))
                .entity(TaskView.of(task, ProgrammeService.unitCodes(programme.provinceCode))).build();
    }

    private ProgrammeView view(Programme programme) {
        return ProgrammeView.of(programme, programmes.areas(programme.id), programmes.actions(programme));
    }

    private Response tagged(Response.ResponseBuilder builder, Programme programme) {
        return builder.tag(new EntityTag(String.valueOf(programme.version))).entity(view(programme)).build();
    }
}
