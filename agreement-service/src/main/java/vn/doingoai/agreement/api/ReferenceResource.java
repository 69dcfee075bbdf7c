package vn.doingoai.agreement.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.doingoai.agreement.service.ReferenceDataService;
import vn.doingoai.commons.security.Roles;

@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Lists of codes with Vietnamese and English labels.")
public class ReferenceResource {

    private final ReferenceDataService references;

    public ReferenceResource(ReferenceDataService references) {
        this.references = references;
    }

    @GET
    @Path("/cooperation-fields")
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR,
            Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listCooperationFields", summary = "List cooperation fields")
    public CooperationFieldList listCooperationFields(@QueryParam("includeInactive") boolean includeInactive) {
        return new CooperationFieldList(
                references.cooperationFields(includeInactive).stream().map(CooperationFieldView::of).toList());
    }
}
