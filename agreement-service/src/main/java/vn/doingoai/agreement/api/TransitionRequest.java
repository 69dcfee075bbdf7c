package vn.doingoai.agreement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.agreement.domain.AgreementAction;
import vn.doingoai.agreement.domain.ConsultationReply;

@Schema(name = "AgreementTransitionRequest", description = "A step in the agreement's lifecycle. Which fields an action "
        + "needs: START_CONSULTATION consultedBodies (and shortenedReason with shortenedProcedure); RECORD_OPINION "
        + "consultationId, reply; APPROVE decision; REJECT, WITHDRAW, RECORD_PM_REFUSAL comment; AUTHORISE_SIGNATORY "
        + "signatory; RECORD_SIGNING, RECORD_ENTRY_INTO_FORCE, SUSPEND, RESUME, TERMINATE effectiveOn.")
public record TransitionRequest(
        @Schema(required = true) @NotNull AgreementAction action,
        @Schema(maxLength = 2000, examples = "Đề nghị bổ sung nội dung hợp tác giáo dục.") @Size(max = 2000) String comment,
        @Schema(description = "When the act took effect (signing, entry into force, suspension, termination, "
                + "the consultation request or reply); default today.", format = "date")
        @PastOrPresent LocalDate effectiveOn,
        @Valid DecisionInput decision,
        @Schema(description = "Bodies asked for their opinion, e.g. Bộ Ngoại giao.", maxItems = 20)
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> consultedBodies,
        @Schema(description = "Shortened procedure: replies due in 3 working days instead of 7.") Boolean shortenedProcedure,
        @Schema(maxLength = 1000) @Size(max = 1000) String shortenedReason,
        @Schema(format = "uuid") UUID consultationId,
        ConsultationReply reply,
        @Valid SignatoryInput signatory) {

    @Schema(name = "SignatoryInput", description = "Who signs for the Vietnamese side and under which authorisation.")
    public record SignatoryInput(
            @Schema(maxLength = 200, examples = "Nguyễn Văn A") @NotBlank @Size(max = 200) String name,
            @Schema(maxLength = 200, examples = "Phó Chủ tịch UBND tỉnh") @Size(max = 200) String title,
            @Schema(maxLength = 200, examples = "Giấy ủy quyền số 12/GUQ-UBND") @Size(max = 200) String authorisation) {
    }
}
