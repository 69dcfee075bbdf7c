package vn.doingoai.agreement.api;

import vn.doingoai.commons.persistence.CodeLabel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.doingoai.agreement.domain.AgreementAction;
import vn.doingoai.agreement.domain.AgreementStatus;
import vn.doingoai.agreement.domain.ConsultationReply;
import vn.doingoai.agreement.domain.DeadlineKind;
import vn.doingoai.agreement.domain.ParentRelation;
import vn.doingoai.agreement.domain.Party;
import vn.doingoai.agreement.service.ReferenceDataService;
import vn.doingoai.commons.api.CodeLabelSet;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.commons.persistence.ReadsRetried;

@ReadsRetried
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Lists of codes with Vietnamese and English labels.")
@RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR,
        Roles.ADMIN, Roles.INTEGRATION })
public class ReferenceResource {

    private final ReferenceDataService references;

    public ReferenceResource(ReferenceDataService references) {
        this.references = references;
    }

    @GET
    @Path("/cooperation-fields")
    @Operation(operationId = "listCooperationFields", summary = "List cooperation fields")
    public CooperationFieldList listCooperationFields(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return new CooperationFieldList(
                references.cooperationFields(includeInactive).stream().map(CooperationFieldView::of).toList());
    }

    @GET
    @Path("/partner-kinds")
    @Operation(operationId = "listPartnerKinds", summary = "List the kinds of partner with their labels")
    public CodeLabelList listPartnerKinds() {
        return new CodeLabelList(references.partnerKinds().stream().map(CodeLabel::view).toList());
    }

    @GET
    @Path("/relationship-kinds")
    @Operation(operationId = "listRelationshipKinds", summary = "List the kinds of relationship with a partner")
    public CodeLabelList listRelationshipKinds() {
        return new CodeLabelList(references.relationshipKinds().stream().map(CodeLabel::view).toList());
    }

    @GET
    @Path("/agreement-kinds")
    @Operation(operationId = "listAgreementKinds", summary = "List the kinds of agreement with their labels")
    public CodeLabelList listAgreementKinds() {
        return new CodeLabelList(references.agreementKinds().stream().map(CodeLabel::view).toList());
    }

    @GET
    @Path("/signing-levels")
    @Operation(operationId = "listSigningLevels", summary = "List the levels in whose name agreements are signed")
    public CodeLabelList listSigningLevels() {
        return new CodeLabelList(references.signingLevels().stream().map(CodeLabel::view).toList());
    }

    @GET
    @Path("/labels/agreements")
    @Operation(operationId = "listAgreementLabels", summary = "Labels of every code of partners and agreements",
            description = "Vietnamese and English labels of each code list this part of the API returns (statuses, actions, "
                    + "deadline kinds, kinds of partner and agreement, signing levels…), by the name of the code's schema, "
                    + "so that no screen shows a raw code. Short and stable: cache it for the session.")
    public CodeLabelSet listAgreementLabels() {
        return CodeLabelSet.builder()
                .add(AgreementStatus.class)
                .add(AgreementAction.class)
                .add(DeadlineKind.class)
                .add(ConsultationReply.class)
                .add(ParentRelation.class)
                .add(Party.class)
                .add("AgreementKind", references.agreementKinds().stream().map(CodeLabel::view).toList())
                .add("PartnerKind", references.partnerKinds().stream().map(CodeLabel::view).toList())
                .add("RelationshipKind", references.relationshipKinds().stream().map(CodeLabel::view).toList())
                .add("SigningLevel", references.signingLevels().stream().map(CodeLabel::view).toList())
                .addCodes("DeadlineState", "OVERDUE", "DUE", "UPCOMING", "COMPLETED")
                .addCodes("AdministrativeUnitKind", "PROVINCE", "CENTRAL_CITY")
                .addCodes("SuccessionKind", "MERGE", "RENAME", "UPGRADE")
                .build();
    }

    @GET
    @Path("/countries")
    @Operation(operationId = "listCountries", summary = "List countries (ISO 3166-1 alpha-2) with Vietnamese and English names")
    public CountryView.Page listCountries() {
        return new CountryView.Page(references.countries().stream().map(CountryView::of).toList());
    }

    @GET
    @Path("/administrative-units")
    @Operation(operationId = "listAdministrativeUnits", summary = "List provincial-level administrative units",
            description = "Units as they stood on `asOf` (default: today); `includeHistory=true` lists every version.")
    public AdministrativeUnitView.Page listAdministrativeUnits(
            @Parameter(description = "The day to list the units of.", example = "2025-06-30") @QueryParam("asOf") LocalDate asOf,
            @QueryParam("includeHistory") @DefaultValue("false") boolean includeHistory) {
        LocalDate day = includeHistory ? null : (asOf == null ? LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) : asOf);
        return new AdministrativeUnitView.Page(
                references.administrativeUnits(day).stream().map(AdministrativeUnitView::of).toList());
    }

    @GET
    @Path("/administrative-successions")
    @Operation(operationId = "listAdministrativeSuccessions", summary = "List successions between administrative units",
            description = "A successor sees its predecessors' records (Thái Bình 34 → Hưng Yên 33 on 2025-07-01).")
    public AdministrativeUnitView.SuccessionPage listAdministrativeSuccessions() {
        return new AdministrativeUnitView.SuccessionPage(
                references.successions().stream().map(AdministrativeUnitView.Succession::of).toList());
    }
}
