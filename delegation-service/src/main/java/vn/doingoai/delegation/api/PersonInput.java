package vn.doingoai.delegation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.delegation.domain.PassportType;

@Schema(name = "PersonCorrection", description = "The corrected details of a person, shown on every delegation the person "
        + "is on. Fields left out are cleared; the reason is kept in the person's history.")
public record PersonInput(
        @Schema(maxLength = 200, examples = "Nguyễn Văn An") @NotBlank @Size(max = 200) String fullName,
        @Schema(maxLength = 2, examples = "VN") @Pattern(regexp = "[A-Z]{2}") String nationality,
        PassportType passportType,
        @Schema(maxLength = 30, examples = "C1234567")
        @Size(max = 30) @Pattern(regexp = "[A-Z0-9]+", message = "capital letters and digits") String passportNumber,
        @Schema(format = "date") @Past LocalDate dateOfBirth,
        @Schema(description = "Why the person's record is corrected.", maxLength = 2000,
                examples = "Họ tên ghi sai chính tả, sửa theo hộ chiếu")
        @NotBlank @Size(max = 2000) String reason) {
}
