package vn.doingoai.reporting.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.doingoai.commons.calls.CallerHeaders;

/** delegation-service's labels of its codes (directions, purposes, levels). Used only through {@link DelegationServiceClient}. */
@RegisterRestClient(configKey = "delegation")
@RegisterClientHeaders(CallerHeaders.class)
@Path("/api/v1/reference")
interface DelegationReferenceApi {

    @GET
    @Path("/labels/delegations")
    AgreementReferenceApi.LabelSet delegationLabels();
}
