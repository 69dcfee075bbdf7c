package vn.doingoai.delegation.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An approver setting a provincial rule aside for one delegation: which rule, who and why. */
@Schema(name = "RuleOverride", description = "A rule an approver set aside, with the reason.")
public record RuleOverride(
        @Schema(description = "The rule's problem code.", maxLength = 64, examples = "RULE_MAX_DAYS")
        @NotBlank @Size(max = 64) String rule,
        @Schema(maxLength = 1000, examples = "Chương trình hội chợ kéo dài 12 ngày") @NotBlank @Size(max = 1000) String reason,
        @Schema(description = "Set by the service: the approver; what a request sends here is replaced.", maxLength = 200)
        @Size(max = 200) String by) {
}
