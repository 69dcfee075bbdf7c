package vn.doingoai.delegation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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

    public ReferenceResource(ReferenceDataService references) {
        this.references = references;
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
