package vn.doingoai.agreement.api;

import java.time.Instant;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.agreement.domain.AgreementAction;
import vn.doingoai.agreement.domain.AgreementKind;
import vn.doingoai.agreement.domain.AgreementStatus;
import vn.doingoai.agreement.domain.DocumentRef;
import vn.doingoai.agreement.domain.Obligation;
import vn.doingoai.agreement.domain.ParentRelation;
import vn.doingoai.agreement.domain.SigningLevel;

@Schema(name = "Agreement", description = "An international agreement of a province (thỏa thuận quốc tế).")
public record AgreementView(
        @Schema(format = "uuid") UUID id,
        @Schema(maxLength = 2, examples = "38") String provinceCode,
        AgreementStatus status,
        @Schema(description = "What the caller may do now: each would succeed; drives the buttons of a user interface.",
                maxItems = 20)
        List<AgreementAction> allowedActions,
        @Schema(description = "What the caller's roles allow in this state but would be refused now, with the code it "
                + "would be refused with; shown as disabled buttons with the reason.", maxItems = 20)
        List<vn.doingoai.commons.lifecycle.BlockedAction> blockedActions,
        @Schema(maxLength = 100) String referenceNumber,
        @Schema(maxLength = 500) String titleVi,
        @Schema(maxLength = 500) String titleForeign,
        AgreementKind kind,
        SigningLevel signingLevel,
        @Schema(maxLength = 300) String signatoryUnitAsSigned,
        @Schema(maxLength = 300) String responsibleUnit,
        @Schema(maxItems = 20) List<PartnerSummary> partners,
        @Schema(maxItems = 30) List<@Size(max = 40) String> fieldCodes,
        @Schema(maxItems = 100) List<Obligation> obligations,
        @Schema(maxLength = 200) String signatoryName,
        @Schema(maxLength = 200) String signatoryTitle,
        @Schema(maxLength = 200) String signatoryAuthorisation,
        @Schema(format = "date") LocalDate proposedOn,
        @Schema(format = "date") LocalDate decidedOn,
        @Schema(format = "date") LocalDate signedOn,
        @Schema(format = "date") LocalDate inForceOn,
        @Schema(format = "date") LocalDate expiresOn,
        @Schema(maxLength = 2000) String renewalTerms,
        @Schema(maxItems = 10) List<@Size(max = 10) String> languages,
        @Schema(maxItems = 50) List<DocumentRef> documents,
        boolean shortenedProcedure,
        @Schema(maxLength = 1000) String shortenedReason,
        boolean nameOnlyAmendment,
        @Schema(format = "uuid") UUID parentId,
        ParentRelation parentRelation,
        @Schema(description = "Agreements that amend, extend or replace this one.", maxItems = 200)
        List<RelatedAgreement> derived,
        @Schema(maxItems = 50) List<ConsultationView> consultations,
        @Schema(description = "Deadlines still open.", maxItems = 50) List<DeadlineView> openDeadlines,
        @Schema(format = "int64") long version,
        @Schema(format = "date-time") Instant createdAt,
        @Schema(maxLength = 200) String createdBy,
        @Schema(format = "date-time") Instant updatedAt,
        @Schema(maxLength = 200) String updatedBy) {

    @Schema(name = "RelatedAgreement", description = "An agreement linked to this one.")
    public record RelatedAgreement(
            @Schema(format = "uuid") UUID id,
            ParentRelation relation,
            @Schema(maxLength = 500) String titleVi,
            AgreementStatus status) {
    }
}
