package vn.doingoai.delegation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.delegation.domain.DelegationAction;
import vn.doingoai.delegation.domain.DelegationStatus;
import vn.doingoai.delegation.domain.DelegationTransition;
import vn.doingoai.delegation.domain.RuleOverride;

@Schema(name = "DelegationTransition", description = "One step of a delegation's history.")
public record TransitionView(
        @Schema(format = "uuid") UUID id,
        DelegationAction action,
        DelegationStatus fromStatus,
        DelegationStatus toStatus,
        @Schema(maxLength = 200) String actor,
        @Schema(format = "date-time") Instant actedAt,
        @Schema(maxLength = 2000) String comment,
        @Schema(format = "date") LocalDate effectiveOn,
        @Schema(maxLength = 100) String decisionNumber,
        @Schema(format = "date") LocalDate decisionDate,
        @Schema(maxLength = 300) String decisionIssuer,
        @Schema(maxItems = 10) List<RuleOverride> overrides) {

    static TransitionView of(DelegationTransition t) {
        return new TransitionView(t.id, t.action, t.fromStatus, t.toStatus, t.actor, t.actedAt, t.comment, t.effectiveOn,
                t.decisionNumber, t.decisionDate, t.decisionIssuer, List.copyOf(t.overrides));
    }

    @Schema(name = "DelegationTransitionList", description = "The history, oldest first.")
    public record Page(@Schema(maxItems = 1000) List<TransitionView> items) {
    }
}
