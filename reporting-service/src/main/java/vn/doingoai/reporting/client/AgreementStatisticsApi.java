package vn.doingoai.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.doingoai.commons.calls.CallerHeaders;

/** agreement-service's grouped counts. Used only through {@link AgreementServiceClient}. */
@RegisterRestClient(configKey = "agreement")
@RegisterClientHeaders(CallerHeaders.class)
@Path("/api/v1/agreements/statistics")
interface AgreementStatisticsApi {

    @GET
    Result statistics(@QueryParam("groupBy") List<String> groupBy, @QueryParam("status") String status,
            @QueryParam("signedFrom") String signedFrom, @QueryParam("signedTo") String signedTo,
            @QueryParam("expiresFrom") String expiresFrom, @QueryParam("expiresTo") String expiresTo,
            @QueryParam("partnerCountry") String partnerCountry, @QueryParam("province") String province,
            @QueryParam("asOf") String asOf);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(List<AgreementFigure> items) {
    }
}
