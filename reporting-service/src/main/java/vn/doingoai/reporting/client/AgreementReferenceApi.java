package vn.doingoai.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.doingoai.commons.calls.CallerHeaders;

/** agreement-service's administrative reference data (provinces and their successions). Used only through {@link AgreementServiceClient}. */
@RegisterRestClient(configKey = "agreement")
@RegisterClientHeaders(CallerHeaders.class)
@Path("/api/v1/reference")
interface AgreementReferenceApi {

    @GET
    @Path("/administrative-successions")
    Successions successions();

    @GET
    @Path("/administrative-units")
    Labels administrativeUnits(@QueryParam("asOf") String asOf);

    /** Every version of every unit, so that a code of a merged province still has its name. */
    @GET
    @Path("/administrative-units")
    Labels administrativeUnitHistory(@QueryParam("includeHistory") boolean includeHistory);

    /** A list of codes with Vietnamese labels: {@code countries}, {@code cooperation-fields}, {@code agreement-kinds}. */
    @GET
    @Path("/{list}")
    Labels labels(@PathParam("list") String list);

    /** The labels of every code agreement-service returns, by schema name. */
    @GET
    @Path("/labels/agreements")
    LabelSet agreementLabels();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LabelSet(java.util.Map<String, List<Label>> lists) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Successions(List<Succession> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Succession(String predecessorCode, String successorCode, LocalDate effectiveOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Labels(List<Label> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Label(String code, String nameVi) {
    }
}
