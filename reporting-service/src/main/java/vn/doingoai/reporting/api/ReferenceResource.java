package vn.doingoai.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.reporting.service.ReportingUnitService;

@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Lists of codes with Vietnamese and English labels.")
public class ReferenceResource {

    private final ReportingUnitService units;

    public ReferenceResource(ReportingUnitService units) {
        this.units = units;
    }

    @GET
    @Path("/units")
    @RolesAllowed({ Roles.VIEWER, Roles.OFFICER, Roles.APPROVER, Roles.UNIT_REPORTER, Roles.CENTRAL_AUDITOR,
            Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listReportingUnits", summary = "List the reporting units of a province",
            description = "Callers see their own province's units; central-auditor and admin see every province.")
    public ReportingUnitList listReportingUnits(
            @Parameter(description = "Only this province (two-digit code).", example = "11")
            @QueryParam("province") @Size(max = 2) @Pattern(regexp = "[0-9]{2}", message = "must be a two-digit province code")
            String province) {
        return new ReportingUnitList(
                units.list(Optional.ofNullable(province)).stream().map(ReportingUnitView::of).toList());
    }
}
