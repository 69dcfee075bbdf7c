package vn.doingoai.agreement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.agreement.domain.AgreementKind;
import vn.doingoai.agreement.domain.DocumentRef;
import vn.doingoai.agreement.domain.Obligation;
import vn.doingoai.agreement.domain.ParentRelation;
import vn.doingoai.agreement.domain.SigningLevel;

@Schema(name = "AgreementInput", description = "What a client sends to draft or redraft an agreement. Status, signing "
        + "and entry-into-force dates are set by transitions, not here.")
public record AgreementInput(
        @Schema(description = "The province's own reference, if any.", maxLength = 100, examples = "01/2020/TTQT-TB")
        @Size(max = 100) String referenceNumber,
        @Schema(maxLength = 500, examples = "Thỏa thuận hợp tác hữu nghị giữa tỉnh Thái Bình và tỉnh Xay Nhạ Bu Ly")
        @NotBlank @Size(max = 500) String titleVi,
        @Schema(description = "Title in the foreign language.", maxLength = 500) @Size(max = 500) String titleForeign,
        @Schema(required = true) @NotNull AgreementKind kind,
        @Schema(required = true) @NotNull SigningLevel signingLevel,
        @Schema(description = "The Vietnamese unit in whose name it is signed, as written at signing.", maxLength = 300,
                examples = "Ủy ban nhân dân tỉnh Thái Bình") @Size(max = 300) String signatoryUnitAsSigned,
        @Schema(description = "The unit responsible now (differs after a merger).", maxLength = 300,
                examples = "Ủy ban nhân dân tỉnh Hưng Yên") @Size(max = 300) String responsibleUnit,
        @Schema(description = "Foreign partners, in the order the agreement names them.", maxItems = 20)
        @NotEmpty @Size(max = 20) List<@NotNull UUID> partnerIds,
        @Schema(description = "Cooperation field codes (GET /api/v1/reference/cooperation-fields).", maxItems = 30)
        @Size(max = 30) List<@NotNull @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String> fieldCodes,
        @Schema(maxItems = 100) @Size(max = 100) List<@Valid @NotNull Obligation> obligations,
        @Schema(format = "date") LocalDate proposedOn,
        @Schema(format = "date") LocalDate expiresOn,
        @Schema(maxLength = 2000) @Size(max = 2000) String renewalTerms,
        @Schema(description = "Languages of the signed texts, ISO 639-1.", maxItems = 10)
        @Size(max = 10) List<@NotNull @Size(max = 3) @Pattern(regexp = "[a-z]{2,3}") String> languages,
        @Schema(maxItems = 50) @Size(max = 50) List<@Valid @NotNull DocumentRef> documents,
        @Schema(description = "The agreement this one amends, extends or replaces.", format = "uuid") UUID parentId,
        ParentRelation parentRelation,
        @Schema(description = "Only the Vietnamese unit's name changes after an administrative merger "
                + "(Decree 177/2025): no consultation is needed.") Boolean nameOnlyAmendment) {
}
