package vn.doingoai.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** agreement-service's table of province successions. Used only through {@link FiguresClient}. */
@RegisterRestClient(configKey = "agreement")
@Path("/api/v1/reference/administrative-successions")
public interface SuccessionsApi {

    @GET
    Result successions(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(List<Succession> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Succession(String predecessorCode, String successorCode, LocalDate effectiveOn) {
    }
}
