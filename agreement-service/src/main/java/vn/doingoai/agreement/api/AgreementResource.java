package vn.doingoai.agreement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.doingoai.agreement.domain.Agreement;
import vn.doingoai.agreement.domain.AgreementKind;
import vn.doingoai.agreement.domain.AgreementStatus;
import vn.doingoai.agreement.domain.DeadlineKind;
import vn.doingoai.agreement.domain.SigningLevel;
import vn.doingoai.agreement.service.AgreementQuery;
import java.util.List;
import vn.doingoai.agreement.service.AgreementService;
import vn.doingoai.agreement.service.AgreementStatisticsService;
import vn.doingoai.agreement.service.AgreementTransitionService;
import vn.doingoai.agreement.service.DeadlineService;
import vn.doingoai.agreement.service.Today;
import vn.doingoai.commons.persistence.Idempotency;
import vn.doingoai.commons.persistence.Keyset;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.commons.persistence.ReadsRetried;

@ReadsRetried
@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "International agreements of the province (thỏa thuận quốc tế, Law 70/2020/QH14).")
public class AgreementResource {

    private final AgreementService agreements;
    private final AgreementTransitionService transitions;
    private final DeadlineService deadlines;
    private final AgreementViews views;
    private final Idempotency idempotency;
    private final Today today;
    private final AgreementStatisticsService statistics;

    public AgreementResource(AgreementService agreements, AgreementTransitionService transitions,
            DeadlineService deadlines, AgreementViews views, Idempotency idempotency, Today today,
            AgreementStatisticsService statistics) {
        this.statistics = statistics;
        this.agreements = agreements;
        this.transitions = transitions;
        this.deadlines = deadlines;
        this.views = views;
        this.idempotency = idempotency;
        this.today = today;
    }

    @GET
    @Transactional
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.CENTRAL_AUDITOR, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listAgreements", summary = "List and search agreements",
            description = "Callers see their province's agreements and its predecessors'; central-auditor sees all. "
                    + "`q` matches titles, partner names and document numbers without regard to case or diacritics.")
    public AgreementSummary.Page listAgreements(
            @Parameter(description = "Free text; `xay nha bu ly` finds \"Xay Nhạ Bu Ly\".") @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("status") AgreementStatus status,
            @QueryParam("kind") AgreementKind kind,
            @QueryParam("partnerId") UUID partnerId,
            @Parameter(description = "ISO 3166-1 alpha-2 country of a partner.", example = "LA")
            @QueryParam("partnerCountry") @Size(max = 2) @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String partnerCountry,
            @Parameter(description = "Cooperation field code.", example = "EDUCATION")
            @QueryParam("field") @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "must be a field code") String field,
            @QueryParam("signingLevel") SigningLevel signingLevel,
            @QueryParam("signedFrom") LocalDate signedFrom, @QueryParam("signedTo") LocalDate signedTo,
            @QueryParam("inForceFrom") LocalDate inForceFrom, @QueryParam("inForceTo") LocalDate inForceTo,
            @QueryParam("expiresFrom") LocalDate expiresFrom, @QueryParam("expiresTo") LocalDate expiresTo,
            @Parameter(description = "Part of the name of the unit responsible now.")
            @QueryParam("responsibleUnit") @Size(max = 300) String responsibleUnit,
            @Parameter(description = "Only this province (two-digit code).", example = "38")
            @QueryParam("province") @Size(max = 2) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Only amendments, extensions and replacements of this agreement.")
            @QueryParam("parentId") UUID parentId,
            @Parameter(description = "Comma-separated fields, `-` for descending: titleVi, signedOn, inForceOn, expiresOn, "
                    + "createdAt, updatedAt (default -updatedAt).", example = "-signedOn")
            @QueryParam("sort") @Size(max = 200) String sort,
            @Parameter(description = "Page size, 1–200 (larger values are capped at 200).") @QueryParam("limit") @Min(1) Integer limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor") @Size(max = 2000) String cursor,
            @QueryParam("includeTotal") @DefaultValue("false") boolean includeTotal,
            @Parameter(description = "Also give each agreement's status as it was on this day (`statusAsOf`), from the "
                    + "effective dates of its steps.", example = "2020-12-31") @QueryParam("asOf") LocalDate asOf) {
        AgreementService.Listing listing = agreements.list(new AgreementQuery(q, status, kind, partnerId, partnerCountry,
                field, signingLevel, signedFrom, signedTo, inForceFrom, inForceTo, expiresFrom, expiresTo, responsibleUnit,
                province, parentId), sort, limit, cursor, includeTotal);
        return new AgreementSummary.Page(views.summaries(listing.page().rows(), asOf), listing.page().nextCursor(), listing.total());
    }

    @GET
    @Path("/{agreementId}")
    @Transactional
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.CENTRAL_AUDITOR, Roles.ADMIN, Roles.INTEGRATION })
    @APIResponseSchema(value = AgreementView.class, responseCode = "200", responseDescription = "OK; the ETag header carries the version.")
    @Operation(operationId = "getAgreement", summary = "Get an agreement",
            description = "With its partners, consultations, open deadlines, derived agreements and the actions the caller "
                    + "may take now. The ETag header carries its version.")
    public Response getAgreement(@PathParam("agreementId") UUID agreementId) {
        return withETag(Response.ok(), agreements.get(agreementId));
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = AgreementView.class, responseCode = "201", responseDescription = "Created; the ETag header carries the version.")
    @Operation(operationId = "createAgreement", summary = "Draft an agreement",
            description = "A new agreement starts in DRAFT in the caller's province. With parentId and parentRelation it "
                    + "amends, extends or replaces a signed agreement and follows the same lifecycle.")
    public Response createAgreement(
            @Parameter(description = "Makes retries safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @Valid @NotNull AgreementInput input) {
        return idempotency.execute(idempotencyKey, input, () -> {
            Agreement created = agreements.create(input);
            return withETag(Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build()), created);
        });
    }

    @PUT
    @Path("/{agreementId}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = AgreementView.class, responseCode = "200", responseDescription = "OK; the ETag header carries the version.")
    @Operation(operationId = "updateAgreement", summary = "Redraft an agreement",
            description = "Only in DRAFT or REJECTED (409 AGREEMENT_NOT_EDITABLE otherwise). Requires If-Match.")
    public Response updateAgreement(@PathParam("agreementId") UUID agreementId,
            @Parameter(description = "The ETag of the version you read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AgreementInput input) {
        return withETag(Response.ok(), agreements.update(agreementId, ifMatch, input));
    }

    @POST
    @Path("/{agreementId}/transitions")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.APPROVER })
    @APIResponseSchema(value = AgreementView.class, responseCode = "200", responseDescription = "OK; the ETag header carries the version.")
    @Operation(operationId = "transitionAgreement", summary = "Move an agreement to its next step",
            description = "Requires If-Match. 409 INVALID_TRANSITION when the action is not possible now; the agreement's "
                    + "`allowedActions` lists what is. Accepts Idempotency-Key.")
    public Response transitionAgreement(@PathParam("agreementId") UUID agreementId,
            @Parameter(description = "The ETag of the version you read.", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull TransitionRequest request) {
        return idempotency.execute(idempotencyKey, request,
                () -> withETag(Response.ok(), transitions.transition(agreementId, ifMatch, request)));
    }

    @GET
    @Path("/{agreementId}/transitions")
    @Transactional
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.CENTRAL_AUDITOR, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listAgreementTransitions", summary = "The history of an agreement",
            description = "Who did what, when, from which state to which, with comment and decision.")
    public TransitionView.Page listAgreementTransitions(@PathParam("agreementId") UUID agreementId) {
        return new TransitionView.Page(transitions.history(agreementId).stream().map(TransitionView::of).toList());
    }

    @GET
    @Path("/statistics")
    @Transactional
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.CENTRAL_AUDITOR, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "getAgreementStatistics", summary = "Agreement counts, grouped",
            description = "Counted in the database, grouped by any of year (signed), country (of a partner), field, kind, "
                    + "status, signingLevel, province; an agreement with partners in two countries counts in both. "
                    + "Withdrawn agreements do not count. With `asOf`, `status` (filter and dimension) is each agreement's "
                    + "status on that day, from the effective dates of its steps: `status=IN_FORCE&asOf=2020-12-31` counts "
                    + "what was in force at the end of 2020. `province` counts the province and those it succeeded.")
    public StatisticsView getAgreementStatistics(
            @Parameter(description = "Repeat to group by several dimensions, e.g. `groupBy=country&groupBy=year`.")
            @QueryParam("groupBy") @Size(max = 5) List<@Size(max = 20) @Pattern(regexp = "[a-zA-Z]+") String> groupBy,
            @QueryParam("status") AgreementStatus status,
            @QueryParam("signedFrom") LocalDate signedFrom, @QueryParam("signedTo") LocalDate signedTo,
            @QueryParam("expiresFrom") LocalDate expiresFrom, @QueryParam("expiresTo") LocalDate expiresTo,
            @QueryParam("partnerCountry") @Size(max = 2) @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String partnerCountry,
            @QueryParam("province") @Size(max = 2) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Read each agreement's status as it was on this day.", example = "2020-12-31")
            @QueryParam("asOf") LocalDate asOf) {
        List<String> dimensions = groupBy == null ? List.of() : List.copyOf(groupBy);
        return new StatisticsView(dimensions, statistics.count(dimensions, new AgreementStatisticsService.Filters(status,
                signedFrom, signedTo, expiresFrom, expiresTo, partnerCountry, province, asOf)).stream()
                .map(r -> new StatisticsView.Row(r.keys(), r.agreements())).toList());
    }

    @GET
    @Path("/deadlines")
    @Transactional
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.CENTRAL_AUDITOR, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listAgreementDeadlines", summary = "List open legal deadlines",
            description = "OVERDUE: past due and not met. DUE: due today or later and within its warning period (an "
                    + "expiry shows from its warning period on). UPCOMING: open, not yet within its warning period. COMPLETED: met. "
                    + "Without state, OVERDUE and DUE. The same states as each deadline's `state`. Soonest first.")
    public DeadlineView.Page listAgreementDeadlines(
            @Parameter(description = "OVERDUE, DUE, UPCOMING or COMPLETED.") @QueryParam("state") @Size(max = 9)
            @Pattern(regexp = "OVERDUE|DUE|UPCOMING|COMPLETED", message = "must be OVERDUE, DUE, UPCOMING or COMPLETED")
            String state,
            @Parameter(description = "Only deadlines due before this day.") @QueryParam("dueBefore") LocalDate dueBefore,
            @QueryParam("kind") DeadlineKind kind,
            @QueryParam("limit") @Min(1) Integer limit,
            @QueryParam("cursor") @Size(max = 2000) String cursor) {
        Keyset.Page<vn.doingoai.agreement.domain.AgreementDeadline> page = deadlines.list(state, dueBefore, kind, limit, cursor);
        LocalDate day = today.date();
        return new DeadlineView.Page(page.rows().stream().map(d -> DeadlineView.of(d, day)).toList(), page.nextCursor());
    }

    @PUT
    @Path("/{agreementId}/deadlines/{deadlineId}/completion")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = DeadlineView.class, responseCode = "200", responseDescription = "OK; the ETag header carries "
            + "the agreement's new version.")
    @Operation(operationId = "completeAgreementDeadline", summary = "Record the act that meets a deadline",
            description = "E.g. the report to the Prime Minister and the copy sent to MOFA on a date, with its reference. "
                    + "Requires If-Match with the agreement's ETag: a deadline is part of its agreement, whose version moves.")
    public Response completeAgreementDeadline(@PathParam("agreementId") UUID agreementId,
            @PathParam("deadlineId") UUID deadlineId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DeadlineCompletion completion) {
        AgreementService.Completed completed = agreements.completeDeadline(agreementId, ifMatch, deadlineId, completion);
        return Response.ok().tag(new EntityTag(String.valueOf(completed.agreement().version)))
                .entity(DeadlineView.of(completed.deadline(), today.date())).build();
    }

    private Response withETag(Response.ResponseBuilder builder, Agreement agreement) {
        return builder.tag(new EntityTag(String.valueOf(agreement.version))).entity(views.full(agreement)).build();
    }
}
