package vn.doingoai.agreement.api;

import vn.doingoai.commons.api.CodeLabelView;
import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import vn.doingoai.commons.persistence.Idempotency;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.doingoai.agreement.api.ReferenceInputs.CountryInput;
import vn.doingoai.agreement.api.ReferenceInputs.FieldInput;
import vn.doingoai.agreement.api.ReferenceInputs.HolidayInput;
import vn.doingoai.agreement.api.ReferenceInputs.HolidayList;
import vn.doingoai.agreement.api.ReferenceInputs.HolidayView;
import vn.doingoai.agreement.api.ReferenceInputs.LabelInput;
import vn.doingoai.agreement.api.ReferenceInputs.SettingInput;
import vn.doingoai.agreement.api.ReferenceInputs.SettingView;
import vn.doingoai.agreement.api.ReferenceInputs.SuccessionInput;
import vn.doingoai.agreement.api.ReferenceInputs.UnitInput;
import java.util.List;
import java.util.UUID;
import jakarta.ws.rs.POST;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.agreement.domain.CooperationField;
import vn.doingoai.agreement.domain.Holiday;
import vn.doingoai.agreement.service.ReferenceAdminService;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.commons.web.ETags;
import vn.doingoai.commons.persistence.ReadsRetried;

/**
 * Reading single reference entries (with an ETag) and keeping them, for administrators. Reference
 * rows carry no version column, so their ETag is a digest of what is read; changes need If-Match
 * like everything else, and only a new cooperation field or holiday may be created without one.
 */
@ReadsRetried
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Lists of codes with Vietnamese and English labels.")
@RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR, Roles.ADMIN,
        Roles.INTEGRATION })
public class ReferenceAdminResource {

    private static final String READERS_DOC = "Readable by every authenticated caller; changed by admin.";

    private final ReferenceAdminService admin;
    private final ObjectMapper mapper;
    private final Idempotency idempotency;

    public ReferenceAdminResource(ReferenceAdminService admin, ObjectMapper mapper, Idempotency idempotency) {
        this.admin = admin;
        this.mapper = mapper;
        this.idempotency = idempotency;
    }

    @GET
    @Path("/{list: partner-kinds|relationship-kinds|agreement-kinds|signing-levels}/{code}")
    @APIResponseSchema(value = CodeLabelView.class, responseCode = "200", responseDescription = "OK; the ETag header carries the version.")
    @Operation(operationId = "getCodeLabel", summary = "Get the labels of one code", description = READERS_DOC)
    public Response getCodeLabel(@PathParam("list") @Size(max = 40) String list, @PathParam("code") @Size(max = 40) String code) {
        return tagged(Response.ok(), admin.label(list, code).view());
    }

    @PUT
    @Path("/{list: partner-kinds|relationship-kinds|agreement-kinds|signing-levels}/{code}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = CodeLabelView.class, responseCode = "200", responseDescription = "OK; the ETag header carries the version.")
    @Operation(operationId = "updateCodeLabel", summary = "Change the labels of one code",
            description = "The codes of these lists are API enums and cannot be added here. Requires If-Match.")
    public Response updateCodeLabel(@PathParam("list") @Size(max = 40) String list, @PathParam("code") @Size(max = 40) String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull LabelInput input) {
        ETags.requireMatch(ifMatch, tag(admin.label(list, code).view()));
        return tagged(Response.ok(),
                admin.relabel(list, code, input.nameVi(), input.nameEn(), input.sortOrder()).view());
    }

    @PUT
    @Path("/cooperation-fields/{code}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = CooperationFieldView.class, responseCode = "200", responseDescription = "OK; the ETag header carries the version.")
    @Operation(operationId = "saveCooperationField", summary = "Add or change a cooperation field",
            description = "A new code answers 201; changing one requires If-Match. Retire a field with active=false.")
    public Response saveCooperationField(
            @PathParam("code") @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "must be a code in capitals") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FieldInput input) {
        CooperationField existing = CooperationField.findById(code);
        if (existing != null) {
            ETags.requireMatch(ifMatch, tag(CooperationFieldView.of(existing)));
        }
        CooperationField saved = admin.saveField(code, input.nameVi(), input.nameEn(), input.sortOrder(),
                input.active() == null || input.active());
        return tagged(existing == null ? Response.status(Response.Status.CREATED) : Response.ok(), CooperationFieldView.of(saved));
    }

    @PUT
    @Path("/countries/{code}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = CountryView.class, responseCode = "200", responseDescription = "OK; the ETag header carries the version.")
    @Operation(operationId = "updateCountry", summary = "Change a country's names", description = "Requires If-Match.")
    public Response updateCountry(@PathParam("code") @Size(max = 2) String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CountryInput input) {
        ETags.requireMatch(ifMatch, tag(CountryView.of(admin.country(code))));
        return tagged(Response.ok(), CountryView.of(admin.saveCountry(code, input.nameVi(), input.nameEn(),
                input.active() == null || input.active())));
    }

    @GET
    @Path("/countries/{code}")
    @APIResponseSchema(value = CountryView.class, responseCode = "200", responseDescription = "OK; the ETag header carries the version.")
    @Operation(operationId = "getCountry", summary = "Get a country", description = READERS_DOC)
    public Response getCountry(@PathParam("code") @Size(max = 2) String code) {
        return tagged(Response.ok(), CountryView.of(admin.country(code)));
    }

    @GET
    @Path("/holidays")
    @Operation(operationId = "listHolidays", summary = "List public holidays",
            description = "The days that working-day deadlines skip, besides weekends.")
    public HolidayList listHolidays(@Parameter(example = "2026") @QueryParam("year") @Min(1945) @Max(2200) Integer year) {
        return new HolidayList(admin.holidays(year).stream().map(HolidayView::of).toList());
    }

    @GET
    @Path("/holidays/{day}")
    @APIResponseSchema(value = HolidayView.class, responseCode = "200", responseDescription = "OK; the ETag header carries the version.")
    @Operation(operationId = "getHoliday", summary = "Get a public holiday", description = READERS_DOC)
    public Response getHoliday(@PathParam("day") LocalDate day) {
        return tagged(Response.ok(), HolidayView.of(admin.holiday(day)));
    }

    @PUT
    @Path("/holidays/{day}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = HolidayView.class, responseCode = "200", responseDescription = "OK; the ETag header carries the version.")
    @Operation(operationId = "saveHoliday", summary = "Add or rename a public holiday",
            description = "A new day answers 201; renaming requires If-Match. Deadlines already set keep their dates.")
    public Response saveHoliday(@PathParam("day") LocalDate day, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull HolidayInput input) {
        Holiday existing = Holiday.findById(day);
        if (existing != null) {
            ETags.requireMatch(ifMatch, tag(HolidayView.of(existing)));
        }
        Holiday saved = admin.saveHoliday(day, input.nameVi(), input.nameEn());
        return tagged(existing == null ? Response.status(Response.Status.CREATED) : Response.ok(), HolidayView.of(saved));
    }

    @DELETE
    // No body on success; a client that only accepts problem+json (for the errors) must not get 406.
    @Produces({ MediaType.APPLICATION_JSON, "application/problem+json" })
    @Path("/holidays/{day}")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteHoliday", summary = "Remove a public holiday", description = "Requires If-Match.")
    public Response deleteHoliday(@PathParam("day") LocalDate day, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ETags.requireMatch(ifMatch, tag(HolidayView.of(admin.holiday(day))));
        admin.deleteHoliday(day);
        return Response.noContent().build();
    }

    @POST
    @Path("/administrative-units")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = AdministrativeUnitView.class, responseCode = "201", responseDescription = "Created.")
    @Operation(operationId = "createAdministrativeUnit", summary = "Add a provincial-level unit or a new name of a code",
            description = "The periods of one code must not overlap (409 UNIT_PERIOD_OVERLAP).")
    public Response createAdministrativeUnit(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
            @Valid @NotNull UnitInput input) {
        if (input.code() == null) {
            throw ProblemException.validation(List.of(new InvalidField("code", "REQUIRED", Text.of("agreement.unit-code-required", "the two-digit code is required"))));
        }
        return idempotency.execute(idempotencyKey, input, () -> {
            AdministrativeUnitView view = AdministrativeUnitView.of(admin.addUnit(input.code(), input.nameVi(), input.nameEn(),
                    input.kind(), input.validFrom(), input.validTo()));
            return tagged(Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()), view);
        });
    }

    @GET
    @Path("/administrative-units/{unitId}")
    @APIResponseSchema(value = AdministrativeUnitView.class, responseCode = "200", responseDescription = "OK; with its ETag.")
    @Operation(operationId = "getAdministrativeUnit", summary = "Get one row of an administrative unit", description = READERS_DOC)
    public Response getAdministrativeUnit(@PathParam("unitId") UUID unitId) {
        return tagged(Response.ok(), AdministrativeUnitView.of(admin.unit(unitId)));
    }

    @PUT
    @Path("/administrative-units/{unitId}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = AdministrativeUnitView.class, responseCode = "200", responseDescription = "OK; with its ETag.")
    @Operation(operationId = "updateAdministrativeUnit", summary = "Correct one row of an administrative unit",
            description = "Names, kind and period; the code stays. Requires If-Match.")
    public Response updateAdministrativeUnit(@PathParam("unitId") UUID unitId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UnitInput input) {
        ETags.requireMatch(ifMatch, tag(AdministrativeUnitView.of(admin.unit(unitId))));
        return tagged(Response.ok(), AdministrativeUnitView.of(admin.updateUnit(unitId, input.nameVi(), input.nameEn(),
                input.kind(), input.validFrom(), input.validTo())));
    }

    @POST
    @Path("/administrative-successions")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = AdministrativeUnitView.Succession.class, responseCode = "201", responseDescription = "Created.")
    @Operation(operationId = "createAdministrativeSuccession", summary = "Record that a unit took over another",
            description = "From then on the successor sees the predecessor's records. 409 SUCCESSION_EXISTS for a repeat.")
    public Response createAdministrativeSuccession(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @Context UriInfo uri,
            @Valid @NotNull SuccessionInput input) {
        return idempotency.execute(idempotencyKey, input, () -> {
            AdministrativeUnitView.Succession view = AdministrativeUnitView.Succession.of(admin.addSuccession(
                    input.predecessorCode(), input.successorCode(), input.effectiveOn(), input.kind(), input.legalBasis()));
            return Response.created(uri.getAbsolutePathBuilder().path(view.predecessorCode()).path(view.successorCode())
                    .path(view.effectiveOn().toString()).build()).entity(view).build();
        });
    }

    @GET
    @Path("/administrative-successions/{predecessorCode}/{successorCode}/{effectiveOn}")
    @APIResponseSchema(value = AdministrativeUnitView.Succession.class, responseCode = "200", responseDescription = "OK; with its ETag.")
    @Operation(operationId = "getAdministrativeSuccession", summary = "Get one succession", description = READERS_DOC)
    public Response getAdministrativeSuccession(@PathParam("predecessorCode") @Size(max = 2) String predecessorCode,
            @PathParam("successorCode") @Size(max = 2) String successorCode, @PathParam("effectiveOn") LocalDate effectiveOn) {
        return tagged(Response.ok(), AdministrativeUnitView.Succession.of(admin.succession(predecessorCode, successorCode, effectiveOn)));
    }

    @DELETE
    // No body on success; a client that only accepts problem+json (for the errors) must not get 406.
    @Produces({ MediaType.APPLICATION_JSON, "application/problem+json" })
    @Path("/administrative-successions/{predecessorCode}/{successorCode}/{effectiveOn}")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteAdministrativeSuccession", summary = "Remove a succession recorded by mistake",
            description = "Requires If-Match. The successor stops seeing the predecessor's records.")
    public Response deleteAdministrativeSuccession(@PathParam("predecessorCode") @Size(max = 2) String predecessorCode,
            @PathParam("successorCode") @Size(max = 2) String successorCode, @PathParam("effectiveOn") LocalDate effectiveOn,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ETags.requireMatch(ifMatch, tag(AdministrativeUnitView.Succession.of(admin.succession(predecessorCode, successorCode,
                effectiveOn))));
        admin.deleteSuccession(predecessorCode, successorCode, effectiveOn);
        return Response.noContent().build();
    }

    @GET
    @Path("/province-settings/{provinceCode}")
    @APIResponseSchema(value = SettingView.class, responseCode = "200", responseDescription = "OK; the ETag header carries the version.")
    @Operation(operationId = "getProvinceSetting", summary = "Get a province's settings", description = READERS_DOC)
    public Response getProvinceSetting(@PathParam("provinceCode") @Size(max = 2) @Pattern(regexp = "[0-9]{2}",
            message = "must be a two-digit province code") String provinceCode) {
        return tagged(Response.ok(), SettingView.of(admin.setting(provinceCode)));
    }

    @PUT
    @Path("/province-settings/{provinceCode}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(value = SettingView.class, responseCode = "200", responseDescription = "OK; the ETag header carries the version.")
    @Operation(operationId = "updateProvinceSetting", summary = "Change a province's settings",
            description = "Requires If-Match (the defaults have an ETag too).")
    public Response updateProvinceSetting(@PathParam("provinceCode") @Size(max = 2) @Pattern(regexp = "[0-9]{2}",
            message = "must be a two-digit province code") String provinceCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SettingInput input) {
        ETags.requireMatch(ifMatch, tag(SettingView.of(admin.setting(provinceCode))));
        return tagged(Response.ok(), SettingView.of(admin.saveSetting(provinceCode, input.expiryWarningDays())));
    }

    private String tag(Object view) {
        return ETags.ofJson(mapper, view);
    }

    private Response tagged(Response.ResponseBuilder builder, Object view) {
        return builder.header(HttpHeaders.ETAG, tag(view)).entity(view).build();
    }
}
