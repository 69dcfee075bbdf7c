package vn.doingoai.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An agreement as agreement-service lists it, with its status on the day asked ({@code statusAsOf}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListedAgreement(UUID id, String provinceCode, String status, String referenceNumber, String titleVi,
        String titleForeign, String kind, String signingLevel, String responsibleUnit, List<Partner> partners,
        List<String> fieldCodes, LocalDate proposedOn, LocalDate signedOn, LocalDate inForceOn, LocalDate expiresOn,
        String statusAsOf) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Partner(String nameVi, String countryCode) {
    }
}
