package vn.doingoai.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** delegation-service's grouped figures. Used only through {@link FiguresClient}. */
@RegisterRestClient(configKey = "delegation")
@Path("/api/v1/delegations/statistics")
public interface DelegationStatisticsApi {

    @GET
    Result statistics(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
            @QueryParam("groupBy") List<String> groupBy, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("direction") String direction, @QueryParam("province") String province);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(List<Row> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(Map<String, Object> keys, long delegations, long members, long personDays, long costVnd) {
    }
}
