package vn.doingoai.delegation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.delegation.domain.PassportType;

@Schema(name = "MemberInput", description = "A person on the delegation. Name an existing person with personId, or give "
        + "the person's details: a passport number already known in the province finds the same person.")
public record MemberInput(
        @Schema(format = "uuid") UUID personId,
        @Schema(maxLength = 200, examples = "Nguyễn Văn An") @Size(max = 200) String fullName,
        @Schema(maxLength = 200, examples = "Phó Chủ tịch UBND tỉnh") @Size(max = 200) String position,
        @Schema(maxLength = 300, examples = "Ủy ban nhân dân tỉnh Thanh Hóa") @Size(max = 300) String unit,
        @Schema(maxLength = 100) @Size(max = 100) String rank,
        @Schema(description = "Head of the delegation.") Boolean head,
        @Schema(description = "A cadre the provincial Party Committee manages.") Boolean partyManaged,
        @Schema(description = "Inbound guests: ISO 3166-1 alpha-2.", maxLength = 2, examples = "LA")
        @Pattern(regexp = "[A-Z]{2}") String nationality,
        @Schema(description = "Personal data.") PassportType passportType,
        @Schema(description = "Personal data.", maxLength = 30, examples = "C1234567")
        @Size(max = 30) @Pattern(regexp = "[A-Z0-9]+", message = "capital letters and digits") String passportNumber,
        @Schema(description = "Personal data.", format = "date") @Past LocalDate dateOfBirth) {
}
