package vn.doingoai.delegation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.delegation.domain.DecisionRef;
import vn.doingoai.delegation.domain.DelegationAction;
import vn.doingoai.delegation.domain.RuleOverride;

@Schema(name = "DelegationTransitionRequest", description = "A step in the delegation's lifecycle. APPROVE needs a "
        + "decision and may set rules aside (overrides, each with a reason); REJECT and CANCEL need a comment; "
        + "START_TRAVEL, RECORD_RETURN and RECORD_HELD take effectiveOn (default today).")
public record TransitionRequest(
        @Schema(required = true) @NotNull DelegationAction action,
        @Schema(maxLength = 2000) @Size(max = 2000) String comment,
        @Schema(format = "date") @PastOrPresent LocalDate effectiveOn,
        @Valid DecisionRef decision,
        @Schema(description = "Rules the approver sets aside for this delegation.", maxItems = 10)
        @Size(max = 10) List<@Valid @NotNull RuleOverride> overrides) {
}
