package vn.doingoai.delegation.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.doingoai.commons.calls.CallerHeaders;

/** The parts of agreement-service this service reads, with the caller's token. Used only through {@link AgreementServiceClient}. */
@RegisterRestClient(configKey = "agreement")
@RegisterClientHeaders(CallerHeaders.class)
@Path("/api/v1")
interface AgreementApi {

    @GET
    @Path("/agreements/{id}")
    AgreementRef agreement(@PathParam("id") UUID id);

    @POST
    @Path("/partners/uses")
    @Consumes("application/json")
    PartnerUses recordPartnerUses(PartnerUse use);

    @GET
    @Path("/reference/holidays")
    Holidays holidays();

    @GET
    @Path("/reference/administrative-successions")
    Successions successions();

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
