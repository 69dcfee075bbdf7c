package vn.doingoai.reporting.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** delegation-service's labels of its codes (directions, purposes, levels). Used only through {@link FiguresClient}. */
@RegisterRestClient(configKey = "delegation")
@Path("/api/v1/reference")
public interface DelegationReferenceApi {

    @GET
    @Path("/labels/delegations")
    AgreementReferenceApi.LabelSet delegationLabels(@HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId);
}
