package vn.doingoai.agreement.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.agreement.domain.AgreementAction;
import vn.doingoai.agreement.domain.AgreementStatus;
import vn.doingoai.agreement.domain.AgreementTransition;

@Schema(name = "AgreementTransition", description = "One step of an agreement's history.")
public record TransitionView(
        @Schema(format = "uuid") UUID id,
        AgreementAction action,
        AgreementStatus fromStatus,
        AgreementStatus toStatus,
        @Schema(maxLength = 200, examples = "th.officer") String actor,
        @Schema(format = "date-time") Instant actedAt,
        @Schema(maxLength = 2000) String comment,
        @Schema(format = "date") LocalDate effectiveOn,
        @Schema(maxLength = 100) String decisionNumber,
        @Schema(format = "date") LocalDate decisionDate,
        @Schema(maxLength = 300) String decisionIssuer,
        @Schema(maxLength = 500) String decisionTitle) {

    static TransitionView of(AgreementTransition t) {
        return new TransitionView(t.id, t.action, t.fromStatus, t.toStatus, t.actor, t.actedAt, t.comment,
                t.effectiveOn, t.decisionNumber, t.decisionDate, t.decisionIssuer, t.decisionTitle);
    }

    @Schema(name = "AgreementTransitionList", description = "The history, oldest first.")
    public record Page(@Schema(maxItems = 1000) List<TransitionView> items) {
    }
}
