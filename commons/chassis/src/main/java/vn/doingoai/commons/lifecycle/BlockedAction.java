package vn.doingoai.commons.lifecycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Text;

/**
 * An action the caller's roles allow from the record's state that would be refused now because a
 * precondition is unmet. {@code allowedActions} lists only what would succeed; a frontend shows
 * these disabled, with the reason.
 */
@Schema(name = "BlockedAction", description = "An action your roles allow in this state that would be refused now: `code` "
        + "is the problem code it would be refused with, `reason` says what is missing.")
public record BlockedAction(
        @Schema(maxLength = 40, examples = "SUBMIT") String action,
        @Schema(maxLength = 64, examples = "CONSULTATION_INCOMPLETE") String code,
        @Schema(implementation = String.class, maxLength = 500, examples = "2 consulted bodies have no recorded reply",
                description = "For people, in the language Accept-Language asks for (Vietnamese or English).")
        Text reason) {
}
