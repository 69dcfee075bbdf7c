package vn.doingoai.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** agreement-service's grouped counts. Used only through {@link FiguresClient}. */
@RegisterRestClient(configKey = "agreement")
@Path("/api/v1/agreements/statistics")
public interface AgreementStatisticsApi {

    @GET
    Result statistics(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
            @QueryParam("groupBy") List<String> groupBy, @QueryParam("status") String status,
            @QueryParam("signedFrom") String signedFrom, @QueryParam("signedTo") String signedTo,
            @QueryParam("expiresFrom") String expiresFrom, @QueryParam("expiresTo") String expiresTo,
            @QueryParam("partnerCountry") String partnerCountry, @QueryParam("province") String province,
            @QueryParam("asOf") String asOf);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(List<Row> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(Map<String, Object> keys, long agreements) {
    }
}
