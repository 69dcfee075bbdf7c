package vn.doingoai.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.doingoai.commons.calls.CallerHeaders;

/** delegation-service's grouped figures. Used only through {@link DelegationServiceClient}. */
@RegisterRestClient(configKey = "delegation")
@RegisterClientHeaders(CallerHeaders.class)
@Path("/api/v1/delegations/statistics")
interface DelegationStatisticsApi {

    @GET
    Result statistics(@QueryParam("groupBy") List<String> groupBy, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("direction") String direction, @QueryParam("province") String province);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(List<DelegationFigure> items) {
    }
}
