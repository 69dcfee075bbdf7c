package vn.doingoai.delegation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.doingoai.commons.exports.Exports;
import vn.doingoai.commons.persistence.Idempotency;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.delegation.domain.Delegation;
import vn.doingoai.delegation.domain.DelegationStatus;
import vn.doingoai.delegation.domain.Direction;
import vn.doingoai.delegation.domain.PostVisitReport;
import java.util.List;
import vn.doingoai.delegation.service.DelegationInsightService;
import vn.doingoai.delegation.service.DelegationQuery;
import vn.doingoai.delegation.service.DelegationStatisticsService;
import vn.doingoai.delegation.service.Today;
import vn.doingoai.delegation.service.DelegationService;
import vn.doingoai.delegation.service.DelegationTransitionService;
import vn.doingoai.delegation.service.MemberService;
import vn.doingoai.commons.persistence.ReadsRetried;

@ReadsRetried
@Path("/api/v1/delegations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delegations", description = "Outbound (đoàn ra) and inbound (đoàn vào) delegations of the province.")
@RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.CENTRAL_AUDITOR, Roles.ADMIN, Roles.INTEGRATION })
public class DelegationResource {

    private static final String ETAG_DOC = "OK; the ETag header carries the version.";

    private final DelegationService delegations;
    private final DelegationTransitionService transitions;
    private final MemberService members;
    private final DelegationInsightService insights;
    private final DelegationStatisticsService statistics;
    private final Idempotency idempotency;
    private final Today today;

    public DelegationResource(DelegationService delegations, DelegationTransitionService transitions, MemberService members,
            DelegationInsightService insights, DelegationStatisticsService statistics, Idempotency idempotency,
            Today today) {
        this.delegations = delegations;
        this.transitions = transitions;
        this.members = members;
        this.insights = insights;
        this.statistics = statistics;
        this.idempotency = idempotency;
        this.today = today;
    }

    @GET
    @Transactional
    @Operation(operationId = "listDelegations", summary = "List and search delegations",
            description = "Outbound and inbound in one list. `q` matches title, purpose, partner and member names without "
                    + "regard to case or diacritics. The whole list as a file: GET /api/v1/delegations/register.")
    public DelegationView.Page listDelegations(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("direction") Direction direction,
            @QueryParam("status") DelegationStatus status,
            @Parameter(description = "A destination country (ISO 3166-1 alpha-2).", example = "LA")
            @QueryParam("country") @Size(max = 2) @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
            @QueryParam("partnerId") UUID partnerId,
            @Parameter(description = "Delegations still away or received on or after this day.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Delegations starting on or before this day; not before `from`.") @QueryParam("to") LocalDate to,
            @Parameter(description = "Delegations this person is a member of.") @QueryParam("personId") UUID personId,
            @QueryParam("purpose") @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be a purpose code") String purpose,
            @QueryParam("province") @Size(max = 2) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Only delegations whose report after the visit is overdue.")
            @QueryParam("overdueReport") @DefaultValue("false") boolean overdueReport,
            @Parameter(description = "Comma-separated, `-` for descending: startOn, endOn, title, createdAt, updatedAt "
                    + "(default -startOn).") @QueryParam("sort") @Size(max = 200) String sort,
            @QueryParam("limit") @Min(1) Integer limit,
            @QueryParam("cursor") @Size(max = 2000) String cursor,
            @QueryParam("includeTotal") @DefaultValue("false") boolean includeTotal) {
        DelegationService.Listing listing = delegations.list(new DelegationQuery(q, direction, status, country, partnerId, from,
                to, personId, purpose, province, overdueReport), sort, limit, cursor, includeTotal);
        java.util.Map<UUID, DelegationTransitionService.MemberCounts> counts =
                DelegationTransitionService.memberCounts(listing.page().rows());
        return new DelegationView.Page(listing.page().rows().stream()
                .map(d -> DelegationView.Summary.of(d, transitions.actions(d, counts.getOrDefault(d.id, DelegationTransitionService.MemberCounts.NONE)))).toList(),
                listing.page().nextCursor(), listing.total());
    }

    @GET
    @Path("/deadlines")
    @Transactional
    @Operation(operationId = "listDelegationReportDeadlines", summary = "List the reports awaited after visits",
            description = "OVERDUE: past the due day (15 days after return by default, per province). DUE: not yet.")
    public InsightViews.ReportDeadlinePage listDelegationReportDeadlines(
            @QueryParam("state") @Size(max = 7) @Pattern(regexp = "OVERDUE|DUE", message = "must be OVERDUE or DUE") String state,
            @QueryParam("dueBefore") LocalDate dueBefore,
            @QueryParam("limit") @Min(1) Integer limit,
            @QueryParam("cursor") @Size(max = 2000) String cursor) {
        var page = insights.reportDeadlines(state, dueBefore, limit, cursor);
        LocalDate day = today.date();
        return new InsightViews.ReportDeadlinePage(page.rows().stream().map(d -> InsightViews.ReportDeadline.of(d, day)).toList(),
                page.nextCursor());
    }

    @GET
    @Path("/register")
    @Operation(operationId = "getDelegationRegister", summary = "The register as a file",
            description = "Every delegation the filters select (those of the list), in the list's order, streamed as CSV "
                    + "(the default) or XLSX (`Accept: " + Exports.XLSX + "`), with Vietnamese headers and labels.")
    @Produces({ Exports.CSV, Exports.XLSX })
    @APIResponse(responseCode = "200", description = "The file, written as its rows are read.",
            content = { @Content(mediaType = Exports.CSV, schema = @Schema(type = SchemaType.STRING, maxLength = Integer.MAX_VALUE)),
                        @Content(mediaType = Exports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = Integer.MAX_VALUE)) })
    public Response getDelegationRegister(
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("direction") Direction direction,
            @QueryParam("status") DelegationStatus status,
            @Parameter(description = "A destination country (ISO 3166-1 alpha-2).", example = "LA")
            @QueryParam("country") @Size(max = 2) @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
            @QueryParam("partnerId") UUID partnerId,
            @Parameter(description = "Delegations still away or received on or after this day.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Delegations starting on or before this day; not before `from`.") @QueryParam("to") LocalDate to,
            @QueryParam("purpose") @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be a purpose code") String purpose,
            @QueryParam("province") @Size(max = 2) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "As for the list (default -startOn).") @QueryParam("sort") @Size(max = 200) String sort,
            @Context HttpHeaders headers) {
        DelegationQuery query = new DelegationQuery(q, direction, status, country, partnerId, from, to, null, purpose, province, false);
        Response export = Exports.respond(headers, "doan-ra-doan-vao", () -> delegations.export(query, sort));
        return export != null ? export : Exports.csvFile("doan-ra-doan-vao", delegations.export(query, sort));
    }

    @GET
    @Path("/calendar")
    @Transactional
    @Operation(operationId = "getDelegationCalendar", summary = "Who is away or received when",
            description = "Delegations that hold their dates (submitted onwards, not rejected or cancelled) between two days, "
                    + "at most 366 days apart.")
    public InsightViews.Calendar getDelegationCalendar(@QueryParam("from") @NotNull LocalDate from,
            @QueryParam("to") @NotNull LocalDate to) {
        return new InsightViews.Calendar(insights.calendar(from, to).stream()
                .map(e -> new InsightViews.CalendarEntry(e.delegation().id, e.delegation().title, e.delegation().direction,
                        e.delegation().status, e.delegation().startOn, e.delegation().endOn,
                        List.copyOf(e.delegation().destinationCountries), e.delegation().receivingLeader, e.people()))
                .toList());
    }

    @GET
    @Path("/conflicts")
    @Transactional
    @Operation(operationId = "listDelegationConflicts", summary = "Explain a person's overlapping delegations",
            description = "Every pair of the person's delegations whose dates overlap, first and last days included.")
    public InsightViews.Conflicts listDelegationConflicts(@QueryParam("personId") @NotNull UUID personId) {
        List<InsightViews.Conflict> items = insights.conflicts(personId).stream()
                .map(c -> new InsightViews.Conflict(c.first().id, c.first().title, c.first().status, c.second().id,
                        c.second().title, c.second().status, c.overlapFrom(), c.overlapTo()))
                .toList();
        return new InsightViews.Conflicts(personId, insights.person(personId).fullName, items);
    }

    @GET
    @Path("/statistics")
    @Transactional
    @Operation(operationId = "getDelegationStatistics", summary = "Delegation figures, grouped",
            description = "Counts, members, person-days and cost, grouped by any of year, quarter, direction, country, "
                    + "partner, purpose, status, province, headLevel (default: year and direction). Computed in the "
                    + "database. Drafts, rejected and cancelled delegations do not count.")
    public InsightViews.Statistics getDelegationStatistics(
            @Parameter(description = "Repeat to group by several dimensions, e.g. `groupBy=country&groupBy=year`.")
            @QueryParam("groupBy") @Size(max = 5) List<@Size(max = 20) @Pattern(regexp = "[a-zA-Z]+") String> groupBy,
            @Parameter(description = "Delegations starting on or after this day.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Delegations starting on or before this day; not before `from`.") @QueryParam("to") LocalDate to,
            @QueryParam("direction") Direction direction,
            @QueryParam("province") @Size(max = 2) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code") String province) {
        List<String> dimensions = groupBy == null || groupBy.isEmpty() ? List.of("year", "direction") : List.copyOf(groupBy);
        return new InsightViews.Statistics(dimensions, statistics.statistics(dimensions, from, to, direction, province).stream()
                .map(r -> new InsightViews.StatisticsRow(r.keys(), r.delegations(), r.members(), r.personDays(), r.costVnd()))
                .toList());
    }

    @GET
    @Path("/{delegationId}")
    @Transactional
    @APIResponseSchema(value = DelegationView.class, responseCode = "200", responseDescription = ETAG_DOC)
    @Operation(operationId = "getDelegation", summary = "Get a delegation")
    public Response getDelegation(@PathParam("delegationId") UUID delegationId) {
        return withETag(Response.ok(), delegations.get(delegationId));
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = DelegationView.class, responseCode = "201", responseDescription = "Created; with its ETag.")
    @Operation(operationId = "createDelegation", summary = "Draft an outbound delegation or register an inbound request",
            description = "Outbound starts in DRAFT, inbound in REQUESTED. Accepts Idempotency-Key.")
    public Response createDelegation(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
            @Valid @NotNull DelegationInput input) {
        return idempotency.execute(idempotencyKey, input, () -> {
            Delegation created = delegations.create(input);
            return withETag(Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build()), created);
        });
    }

    @PUT
    @Path("/{delegationId}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = DelegationView.class, responseCode = "200", responseDescription = ETAG_DOC)
    @Operation(operationId = "updateDelegation", summary = "Redraft a delegation",
            description = "Only in DRAFT (outbound) or REQUESTED (inbound). Requires If-Match.")
    public Response updateDelegation(@PathParam("delegationId") UUID delegationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull DelegationInput input) {
        return withETag(Response.ok(), delegations.update(delegationId, ifMatch, input));
    }

    @POST
    @Path("/{delegationId}/transitions")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.APPROVER })
    @APIResponseSchema(value = DelegationView.class, responseCode = "200", responseDescription = ETAG_DOC)
    @Operation(operationId = "transitionDelegation", summary = "Move a delegation to its next step",
            description = "Requires If-Match. The province's rules are checked on SUBMIT and APPROVE (409/422 with a RULE_… "
                    + "code); an approver may set a rule aside with an override and a reason.")
    public Response transitionDelegation(@PathParam("delegationId") UUID delegationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Valid @NotNull TransitionRequest request) {
        return idempotency.execute(idempotencyKey, request,
                () -> withETag(Response.ok(), transitions.transition(delegationId, ifMatch, request)));
    }

    @GET
    @Path("/{delegationId}/transitions")
    @Transactional
    @Operation(operationId = "listDelegationTransitions", summary = "The history of a delegation")
    public TransitionView.Page listDelegationTransitions(@PathParam("delegationId") UUID delegationId) {
        return new TransitionView.Page(transitions.history(delegationId).stream().map(TransitionView::of).toList());
    }

    @PUT
    @Path("/{delegationId}/report")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = DelegationView.class, responseCode = "200", responseDescription = ETAG_DOC)
    @Operation(operationId = "submitDelegationReport", summary = "Submit the report after the visit",
            description = "After return (outbound) or once held (inbound); moves the delegation to REPORT_SUBMITTED or "
                    + "REPORTED. Requires If-Match.")
    public Response submitDelegationReport(@PathParam("delegationId") UUID delegationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PostVisitReport report) {
        return withETag(Response.ok(), transitions.submitReport(delegationId, ifMatch, report));
    }

    @GET
    @Path("/{delegationId}/members")
    @Transactional
    @Operation(operationId = "listDelegationMembers", summary = "List the members of a delegation",
            description = "Passport and date of birth only for the province's officer, approver and admin.")
    public MemberView.Page listDelegationMembers(@PathParam("delegationId") UUID delegationId) {
        Delegation delegation = delegations.get(delegationId);
        boolean personal = members.mayReadPersonalData(delegation);
        return new MemberView.Page(members.list(delegationId).stream()
                .map(l -> MemberView.of(l.member(), l.person(), personal)).toList());
    }

    @POST
    @Path("/{delegationId}/members")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = MemberView.class, responseCode = "201", responseDescription = "Created; the ETag header "
            + "carries the delegation's new version.")
    @Operation(operationId = "addDelegationMember", summary = "Add a member",
            description = "Requires If-Match with the delegation's ETag; the delegation's version moves.")
    public Response addDelegationMember(@PathParam("delegationId") UUID delegationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
            @Valid @NotNull MemberInput input) {
        return idempotency.execute(idempotencyKey, input, () -> {
            MemberService.Listed added = members.add(delegationId, ifMatch, input);
            Delegation delegation = delegations.get(delegationId);
            return Response.created(uri.getAbsolutePathBuilder().path(added.member().id.toString()).build())
                    .tag(new EntityTag(String.valueOf(delegation.version)))
                    .entity(MemberView.of(added.member(), added.person(), members.mayReadPersonalData(delegation))).build();
        });
    }

    @PUT
    @Path("/{delegationId}/members/{memberId}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = MemberView.class, responseCode = "200", responseDescription = "OK; the ETag header carries "
            + "the delegation's new version.")
    @Operation(operationId = "updateDelegationMember", summary = "Change a member",
            description = "Requires If-Match with the delegation's ETag.")
    public Response updateDelegationMember(@PathParam("delegationId") UUID delegationId, @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull MemberInput input) {
        MemberService.Listed updated = members.update(delegationId, memberId, ifMatch, input);
        Delegation delegation = delegations.get(delegationId);
        return Response.ok().tag(new EntityTag(String.valueOf(delegation.version)))
                .entity(MemberView.of(updated.member(), updated.person(), members.mayReadPersonalData(delegation))).build();
    }

    @DELETE
    // No body on success; a client that only accepts problem+json (for the errors) must not get 406.
    @Produces({ MediaType.APPLICATION_JSON, "application/problem+json" })
    @Path("/{delegationId}/members/{memberId}")
    @Transactional
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "removeDelegationMember", summary = "Remove a member",
            description = "Requires If-Match with the delegation's ETag; answers the delegation's new ETag.")
    public Response removeDelegationMember(@PathParam("delegationId") UUID delegationId, @PathParam("memberId") UUID memberId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Delegation delegation = members.remove(delegationId, memberId, ifMatch);
        return Response.noContent().tag(new EntityTag(String.valueOf(delegation.version))).build();
    }

    private Response withETag(Response.ResponseBuilder builder, Delegation delegation) {
        DelegationTransitionService.MemberCounts counts = DelegationTransitionService.memberCounts(List.of(delegation))
                .getOrDefault(delegation.id, DelegationTransitionService.MemberCounts.NONE);
        return builder.tag(new EntityTag(String.valueOf(delegation.version)))
                .entity(DelegationView.of(delegation, transitions.actions(delegation, counts), counts.members())).build();
    }
}
