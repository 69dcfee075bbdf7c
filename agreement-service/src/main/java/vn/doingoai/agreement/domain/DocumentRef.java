package vn.doingoai.agreement.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision or document about the agreement, by its human reference (e.g. 692-QĐ/TU). */
@Schema(name = "DocumentReference", description = "A decision or document: number, date, issuer, title.")
public record DocumentRef(
        @Schema(maxLength = 100, examples = "692-QĐ/TU") @NotBlank @Size(max = 100) String number,
        @Schema(format = "date", examples = "2017-05-10") LocalDate date,
        @Schema(maxLength = 300, examples = "Tỉnh ủy Thái Bình") @Size(max = 300) String issuer,
        @Schema(maxLength = 500, examples = "Quyết định về quản lý thống nhất các hoạt động đối ngoại") @Size(max = 500)
        String title) {
}
