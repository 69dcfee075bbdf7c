package vn.doingoai.delegation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import vn.doingoai.commons.web.ETags;
import vn.doingoai.delegation.domain.DelegationRules;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.delegation.service.ReferenceDataService;

@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Lists of codes with Vietnamese and English labels.")
public class ReferenceResource {

    private final ReferenceDataService references;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;

    public ReferenceResource(ReferenceDataService references, com.fasterxml.jackson.databind.ObjectMapper mapper) {
        this.references = references;
        this.mapper = mapper;
    }

    @GET
    @Path("/delegation-rules/{provinceCode}")
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR,
            Roles.ADMIN, Roles.INTEGRATION })
    @APIResponseSchema(value = RulesView.class, responseCode = "200", responseDescription = "OK; with its ETag.")
    @Operation(operationId = "getDelegationRules", summary = "Get a province's rules for delegations")
    public Response getDelegationRules(@PathParam("provinceCode") @Size(max = 2) @Pattern(regexp = "[0-9]{2}",
            message = "must be a two-digit province code") String provinceCode) {
        return tagged(RulesView.of(DelegationRules.of(provinceCode)));
    }

    @PUT
    @Path("/delegation-rules/{provinceCode}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = RulesView.class, responseCode = "200", responseDescription = "OK; with its ETag.")
    @Operation(operationId = "updateDelegationRules", summary = "Change a province's rules for delegations",
            description = "Requires If-Match (the defaults have an ETag too). Rules apply from the next submission or "
                    + "approval; report due days from the next return.")
    public Response updateDelegationRules(@PathParam("provinceCode") @Size(max = 2) @Pattern(regexp = "[0-9]{2}",
            message = "must be a two-digit province code") String provinceCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RulesView input) {
        DelegationRules rules = DelegationRules.of(provinceCode);
        ETags.requireMatch(ifMatch, tag(RulesView.of(rules)));
        rules.reportDueDays = input.reportDueDays();
        rules.inboundNoticeWorkingDays = input.inboundNoticeWorkingDays();
        rules.maxMembers = input.maxMembers();
        rules.maxDays = input.maxDays();
        rules.maxCountries = input.maxCountries();
        rules.maxTripsPerLeaderPerYear = input.maxTripsPerLeaderPerYear();
        rules.keyLeaderPositions = new java.util.ArrayList<>(input.keyLeaderPositions());
        if (!rules.isPersistent()) {
            rules.persist();
        }
        rules.flush();
        return tagged(RulesView.of(rules));
    }

    private String tag(Object view) {
        return ETags.ofJson(mapper, view);
    }

    private Response tagged(Object view) {
        return Response.ok(view).header(HttpHeaders.ETAG, tag(view)).build();
    }

    @GET
    @Path("/delegation-purposes")
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR,
            Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listDelegationPurposes", summary = "List delegation purposes")
    public DelegationPurposeList listDelegationPurposes(@QueryParam("includeInactive") boolean includeInactive) {
        return new DelegationPurposeList(
                references.purposes(includeInactive).stream().map(DelegationPurposeView::of).toList());
    }
}
