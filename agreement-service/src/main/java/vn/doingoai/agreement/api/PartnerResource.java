package vn.doingoai.agreement.api;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.doingoai.agreement.domain.Partner;
import vn.doingoai.agreement.domain.PartnerKind;
import vn.doingoai.agreement.domain.RelationshipKind;
import vn.doingoai.agreement.service.PartnerQuery;
import vn.doingoai.agreement.service.PartnerService;
import vn.doingoai.commons.persistence.Idempotency;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.commons.persistence.ReadsRetried;

@ReadsRetried
@Path("/api/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners", description = "Foreign partners of the province (đối tác nước ngoài).")
public class PartnerResource {

    private final PartnerService partners;
    private final Idempotency idempotency;

    public PartnerResource(PartnerService partners, Idempotency idempotency) {
        this.partners = partners;
        this.idempotency = idempotency;
    }

    @GET
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.CENTRAL_AUDITOR, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listPartners", summary = "List and search partners",
            description = "Callers see their province's partners and its predecessors'; central-auditor sees all and "
                    + "may filter by province. `q` matches names without regard to case or diacritics.")
    public PartnerPage listPartners(
            @Parameter(description = "Free text over the names; `xay nha bu ly` finds \"Xay Nhạ Bu Ly\".")
            @QueryParam("q") @jakarta.validation.constraints.Size(max = 200) String q,
            @Parameter(description = "ISO 3166-1 alpha-2 country code.", example = "LA")
            @QueryParam("country") @Size(max = 2) @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
            @QueryParam("kind") PartnerKind kind,
            @QueryParam("relationship") RelationshipKind relationship,
            @QueryParam("active") Boolean active,
            @QueryParam("parentId") UUID parentId,
            @Parameter(description = "Only this province (two-digit code).", example = "38")
            @QueryParam("province") @Size(max = 2) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Comma-separated fields, `-` for descending: nameVi, countryCode, createdAt, updatedAt.",
                    example = "-updatedAt")
            @QueryParam("sort") @jakarta.validation.constraints.Size(max = 200) String sort,
            @Parameter(description = "Page size, 1–200 (larger values are capped at 200).", example = "20")
            @QueryParam("limit") @Min(1) Integer limit,
            @Parameter(description = "`nextCursor` of the previous page.") @QueryParam("cursor")
            @jakarta.validation.constraints.Size(max = 2000) String cursor,
            @Parameter(description = "Add `totalItems`, counted over all pages.") @QueryParam("includeTotal") @DefaultValue("false") boolean includeTotal) {
        PartnerService.Listing listing = partners.list(
                new PartnerQuery(q, country, kind, relationship, active, parentId, province),
                sort, limit, cursor, includeTotal);
        return new PartnerPage(listing.page().rows().stream().map(PartnerView::of).toList(),
                listing.page().nextCursor(), listing.total());
    }

    @GET
    @Path("/{partnerId}")
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.CENTRAL_AUDITOR, Roles.ADMIN, Roles.INTEGRATION })
    @APIResponseSchema(value = PartnerView.class, responseCode = "200", responseDescription = "OK; the ETag header carries the version.")
    @Operation(operationId = "getPartner", summary = "Get a partner", description = "The ETag header carries its version.")
    public Response getPartner(@PathParam("partnerId") UUID partnerId) {
        return withETag(Response.ok(), partners.get(partnerId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @APIResponseSchema(value = PartnerView.class, responseCode = "201", responseDescription = "Created; the ETag header carries the version.")
    @Operation(operationId = "createPartner", summary = "Register a partner",
            description = "The partner belongs to the caller's province. Send Idempotency-Key to make retries safe.")
    public Response createPartner(
            @Parameter(description = "Makes retries safe: the same key and body return the first answer.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri,
            @Valid @NotNull PartnerInput input) {
        return idempotency.execute(idempotencyKey, input, () -> {
            Partner created = partners.create(input);
            return withETag(Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build()), created);
        });
    }

    @PUT
    @Path("/{partnerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @APIResponseSchema(value = PartnerView.class, responseCode = "200", responseDescription = "OK; the ETag header carries the version.")
    @Operation(operationId = "updatePartner", summary = "Replace a partner's details",
            description = "Requires If-Match with the ETag you read. Set active=false to deactivate.")
    public Response updatePartner(@PathParam("partnerId") UUID partnerId,
            @Parameter(description = "The ETag of the version you read.", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PartnerInput input) {
        return withETag(Response.ok(), partners.update(partnerId, ifMatch, input));
    }

    @DELETE
    // No body on success; a client that only accepts problem+json (for the errors) must not get 406.
    @Produces({ MediaType.APPLICATION_JSON, "application/problem+json" })
    @Path("/{partnerId}")
    @RolesAllowed({ Roles.OFFICER, Roles.ADMIN })
    @Operation(operationId = "deletePartner", summary = "Delete a partner entered by mistake",
            description = "Only while nothing refers to it; otherwise deactivate it (409 PARTNER_IN_USE).")
    public Response deletePartner(@PathParam("partnerId") UUID partnerId,
            @Parameter(description = "The ETag of the version you read.", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        partners.delete(partnerId, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/uses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "recordPartnerUses", summary = "Record which partners another system's record names",
            description = "For the other services of the suite and government systems that store partners' ids (a "
                    + "delegation's partner): each must be an active partner of the caller's province or of one it "
                    + "succeeded (400 UNKNOWN or INACTIVE on `partnerIds[i]`). Answers the partners as they are now, whose "
                    + "names the record keeps. A partner any record names is deactivated, never deleted (409 PARTNER_IN_USE).")
    @APIResponseSchema(value = PartnerUseList.class, responseCode = "200", responseDescription = "OK.")
    public Response recordPartnerUses(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull PartnerUseInput input) {
        return idempotency.execute(idempotencyKey, input, () -> Response.ok(
                new PartnerUseList(partners.recordUses(input.service(), input.recordId(), input.label(), input.partnerIds())
                        .stream().map(PartnerSummary::of).toList())).build());
    }

    private static Response withETag(Response.ResponseBuilder builder, Partner partner) {
        return builder.tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(partner.version)))
                .entity(PartnerView.of(partner)).build();
    }
}
