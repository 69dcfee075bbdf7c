package vn.doingoai.delegation.api;

import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import vn.doingoai.commons.persistence.Idempotency;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import vn.doingoai.commons.web.ETags;
import vn.doingoai.commons.api.CodeLabelSet;
import vn.doingoai.commons.persistence.CodeLabel;
import vn.doingoai.delegation.domain.DelegationAction;
import vn.doingoai.delegation.domain.DelegationLevel;
import vn.doingoai.delegation.domain.DelegationStatus;
import vn.doingoai.delegation.domain.Direction;
import vn.doingoai.delegation.domain.PassportType;
import vn.doingoai.delegation.domain.DelegationPurpose;
import vn.doingoai.delegation.domain.DelegationRules;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.delegation.service.ReferenceDataService;
import vn.doingoai.commons.persistence.ReadsRetried;

@ReadsRetried
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Lists of codes with Vietnamese and English labels.")
public class ReferenceResource {

    private static final String CODE = "[A-Z][A-Z0-9_]*";

    private final ReferenceDataService references;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;
    private final Idempotency idempotency;

    public ReferenceResource(ReferenceDataService references, com.fasterxml.jackson.databind.ObjectMapper mapper,
            Idempotency idempotency) {
        this.references = references;
        this.mapper = mapper;
        this.idempotency = idempotency;
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
    @Path("/labels/delegations")
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR,
            Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listDelegationLabels", summary = "Labels of every code of delegations and people",
            description = "Vietnamese and English labels of each code list this part of the API returns (statuses, actions, "
                    + "directions, passport types, purposes and levels, retired ones included), by the name of the code's "
                    + "schema, so that no screen shows a raw code. Short and stable: cache it for the session.")
    public CodeLabelSet listDelegationLabels() {
        return CodeLabelSet.builder()
                .add(DelegationStatus.class)
                .add(DelegationAction.class)
                .add(Direction.class)
                .add(PassportType.class)
                .add("DelegationPurpose", references.entries(DelegationPurpose.class, true).stream().map(CodeLabel::view).toList())
                .add("DelegationLevel", references.entries(DelegationLevel.class, true).stream().map(CodeLabel::view).toList())
                .addCodes("DeadlineState", "OVERDUE", "DUE")
                .build();
    }

    @GET
    @Path("/delegation-purposes")
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR,
            Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listDelegationPurposes", summary = "List delegation purposes")
    public DelegationPurposeList listDelegationPurposes(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return new DelegationPurposeList(references.entries(DelegationPurpose.class, includeInactive).stream()
                .map(DelegationPurposeView::of).toList());
    }

    @GET
    @Path("/delegation-purposes/{code}")
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR,
            Roles.ADMIN, Roles.INTEGRATION })
    @APIResponseSchema(value = DelegationPurposeView.class, responseCode = "200", responseDescription = "OK; with its ETag.")
    @Operation(operationId = "getDelegationPurpose", summary = "Get a delegation purpose")
    public Response getDelegationPurpose(@PathParam("code") @Size(max = 40) @Pattern(regexp = CODE) String code) {
        return tagged(DelegationPurposeView.of(references.entry(DelegationPurpose.class, code)));
    }

    @POST
    @Path("/delegation-purposes")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = DelegationPurposeView.class, responseCode = "201", responseDescription = "Created; with its ETag.")
    @Operation(operationId = "createDelegationPurpose", summary = "Add a delegation purpose")
    public Response createDelegationPurpose(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
            @Valid @NotNull CodeListInput input) {
        return idempotency.execute(idempotencyKey, input, () -> {
            DelegationPurposeView view = DelegationPurposeView.of(references.add(DelegationPurpose.class, DelegationPurpose::new, input));
            return Response.created(uri.getAbsolutePathBuilder().path(view.code()).build()).entity(view)
                    .header(HttpHeaders.ETAG, tag(view)).build();
        });
    }

    @PUT
    @Path("/delegation-purposes/{code}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = DelegationPurposeView.class, responseCode = "200", responseDescription = "OK; with its ETag.")
    @Operation(operationId = "updateDelegationPurpose", summary = "Change a delegation purpose's labels, order or activity",
            description = "Requires If-Match. Retire a purpose with active=false: delegations keep it, new ones cannot use it.")
    public Response updateDelegationPurpose(@PathParam("code") @Size(max = 40) @Pattern(regexp = CODE) String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CodeListInput input) {
        return tagged(DelegationPurposeView.of(references.change(DelegationPurpose.class, code, ifMatch,
                p -> tag(DelegationPurposeView.of(p)), input)));
    }

    @GET
    @Path("/delegation-levels")
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR,
            Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listDelegationLevels", summary = "List the levels of delegation heads",
            description = "The codes of `headLevel` on delegations and of the `headLevel` statistics dimension.")
    public DelegationLevelList listDelegationLevels(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return new DelegationLevelList(references.entries(DelegationLevel.class, includeInactive).stream()
                .map(DelegationLevelView::of).toList());
    }

    @GET
    @Path("/delegation-levels/{code}")
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR,
            Roles.ADMIN, Roles.INTEGRATION })
    @APIResponseSchema(value = DelegationLevelView.class, responseCode = "200", responseDescription = "OK; with its ETag.")
    @Operation(operationId = "getDelegationLevel", summary = "Get a level of delegation heads")
    public Response getDelegationLevel(@PathParam("code") @Size(max = 40) @Pattern(regexp = CODE) String code) {
        return tagged(DelegationLevelView.of(references.entry(DelegationLevel.class, code)));
    }

    @POST
    @Path("/delegation-levels")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = DelegationLevelView.class, responseCode = "201", responseDescription = "Created; with its ETag.")
    @Operation(operationId = "createDelegationLevel", summary = "Add a level of delegation heads")
    public Response createDelegationLevel(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
            @Valid @NotNull CodeListInput input) {
        return idempotency.execute(idempotencyKey, input, () -> {
            DelegationLevelView view = DelegationLevelView.of(references.add(DelegationLevel.class, DelegationLevel::new, input));
            return Response.created(uri.getAbsolutePathBuilder().path(view.code()).build()).entity(view)
                    .header(HttpHeaders.ETAG, tag(view)).build();
        });
    }

    @PUT
    @Path("/delegation-levels/{code}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = DelegationLevelView.class, responseCode = "200", responseDescription = "OK; with its ETag.")
    @Operation(operationId = "updateDelegationLevel", summary = "Change a level's labels, order or activity",
            description = "Requires If-Match. Retire a level with active=false: delegations keep it, new ones cannot use it.")
    public Response updateDelegationLevel(@PathParam("code") @Size(max = 40) @Pattern(regexp = CODE) String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CodeListInput input) {
        return tagged(DelegationLevelView.of(references.change(DelegationLevel.class, code, ifMatch,
                l -> tag(DelegationLevelView.of(l)), input)));
    }

}
