package vn.doingoai.agreement.api;

import java.time.Instant;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.agreement.domain.AgreementAction;
import vn.doingoai.agreement.domain.AgreementKind;
import vn.doingoai.commons.lifecycle.BlockedAction;
import vn.doingoai.agreement.domain.AgreementStatus;
import vn.doingoai.agreement.domain.SigningLevel;

@Schema(name = "AgreementSummary", description = "An agreement as a row of a list.")
public record AgreementSummary(
        @Schema(format = "uuid") UUID id,
        @Schema(maxLength = 2) String provinceCode,
        AgreementStatus status,
        @Schema(description = "What the caller may do now: each would succeed.", maxItems = 20)
        List<AgreementAction> allowedActions,
        @Schema(description = "What the caller's roles allow in this state but would be refused now, with the reason.",
                maxItems = 20)
        List<BlockedAction> blockedActions,
        @Schema(maxLength = 100) String referenceNumber,
        @Schema(maxLength = 500) String titleVi,
        @Schema(maxLength = 500) String titleForeign,
        AgreementKind kind,
        SigningLevel signingLevel,
        @Schema(maxLength = 300) String responsibleUnit,
        @Schema(maxItems = 20) List<PartnerSummary> partners,
        @Schema(maxItems = 30) List<@Size(max = 40) String> fieldCodes,
        @Schema(description = "When the agreement was proposed; the annual plan of agreements lists those not yet signed.",
                format = "date") LocalDate proposedOn,
        @Schema(format = "date") LocalDate signedOn,
        @Schema(format = "date") LocalDate inForceOn,
        @Schema(format = "date") LocalDate expiresOn,
        @Schema(format = "uuid") UUID parentId,
        @Schema(description = "With `asOf`: the status on that day, from the effective dates of the agreement's steps "
                + "(absent when the agreement did not exist yet).")
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        AgreementStatus statusAsOf,
        @Schema(format = "int64") long version,
        @Schema(format = "date-time") Instant updatedAt) {

    @Schema(name = "AgreementPage", description = "One page of agreements.")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Page(
            @Schema(maxItems = 200) List<AgreementSummary> items,
            @Schema(description = "Pass as `cursor` for the next page; absent on the last page.", maxLength = 2000)
            String nextCursor,
            @Schema(description = "All matching agreements; only with includeTotal=true.", format = "int64")
            Long totalItems) {
    }
}
