package vn.doingoai.agreement.domain;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person to contact at a partner; stored with the partner as JSON. */
@Schema(name = "PartnerContact", description = "A contact person at the partner.")
public record Contact(
        @Schema(maxLength = 200, examples = "Bounmy Phommachanh") @NotBlank @Size(max = 200) String fullName,
        @Schema(maxLength = 200, examples = "Director, Department of Foreign Affairs") @Size(max = 200) String position,
        @Schema(maxLength = 254, examples = "foreign.affairs@example.la") @Email @Size(max = 254) String email,
        @Schema(maxLength = 40, examples = "+856 74 211 000") @Size(max = 40) String phone,
        @Schema(maxLength = 1000) @Size(max = 1000) String note) {
}
