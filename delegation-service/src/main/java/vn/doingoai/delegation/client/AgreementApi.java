package vn.doingoai.delegation.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The parts of agreement-service this service reads. Used only through {@link AgreementServiceClient}. */
@RegisterRestClient(configKey = "agreement")
@Path("/api/v1")
public interface AgreementApi {

    @GET
    @Path("/agreements/{id}")
    AgreementRef agreement(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId,
            @PathParam("id") UUID id);

    @POST
    @Path("/partners/uses")
    @Consumes("application/json")
    PartnerUses recordPartnerUses(@HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId, PartnerUse use);

    @GET
    @Path("/reference/holidays")
    Holidays holidays(@HeaderParam("Authorization") String authorization, @HeaderParam("X-Request-Id") String requestId);

    @GET
    @Path("/reference/administrative-successions")
    Successions successions(@HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Request-Id") String requestId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AgreementRef(UUID id, String provinceCode, String status, String titleVi) {
    }

    record PartnerUse(String service, UUID recordId, String label, List<UUID> partnerIds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PartnerUses(List<PartnerRef> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PartnerRef(UUID id, String nameVi) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Holidays(List<Holiday> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Holiday(LocalDate day) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Successions(List<Succession> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Succession(String predecessorCode, String successorCode, LocalDate effectiveOn) {
    }
}
