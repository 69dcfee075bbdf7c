package vn.doingoai.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** agreement-service's list of agreements, one page at a time. Used only through {@link FiguresClient}. */
@RegisterRestClient(configKey = "agreement")
@Path("/api/v1/agreements")
public interface AgreementListApi {

    @GET
    Page list(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
            @QueryParam("province") String province, @QueryParam("asOf") String asOf, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(List<Agreement> items, String nextCursor) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Agreement(UUID id, String provinceCode, String status, String referenceNumber, String titleVi, String titleForeign,
            String kind, String signingLevel, String responsibleUnit, List<Partner> partners, List<String> fieldCodes,
            LocalDate proposedOn, LocalDate signedOn, LocalDate inForceOn, LocalDate expiresOn, String statusAsOf) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Partner(String nameVi, String countryCode) {
    }
}
