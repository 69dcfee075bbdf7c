package vn.doingoai.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerUseInput", description = "Which partners a record of another system names now. Sending it again "
        + "changes nothing; a partner left out is no longer named by that record; an empty list releases them all.")
public record PartnerUseInput(
        @Schema(description = "The system that holds the record.", maxLength = 40, examples = "delegation-service")
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z][a-z0-9-]*", message = "lower-case letters, digits and -") String service,
        @Schema(format = "uuid") @NotNull UUID recordId,
        @Schema(description = "What people call the record, shown when a partner cannot be deleted.", maxLength = 500,
                examples = "Đoàn Thanh Hóa thăm tỉnh Hủa Phăn") @NotBlank @Size(max = 500) String label,
        @Schema(maxItems = 20) @NotNull @Size(max = 20) List<@NotNull UUID> partnerIds) {
}
