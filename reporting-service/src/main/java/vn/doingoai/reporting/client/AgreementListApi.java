package vn.doingoai.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.doingoai.commons.calls.CallerHeaders;

/** agreement-service's list of agreements, one page at a time. Used only through {@link AgreementServiceClient}. */
@RegisterRestClient(configKey = "agreement")
@RegisterClientHeaders(CallerHeaders.class)
@Path("/api/v1/agreements")
interface AgreementListApi {

    @GET
    Page list(@QueryParam("province") String province, @QueryParam("asOf") String asOf, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<ListedAgreement> items, String nextCursor) {
    }
}
