package vn.doingoai.delegation.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a programme: a day, a place, a meeting, who meets whom. */
@Schema(name = "ItineraryItem", description = "One entry of the programme.")
public record ItineraryItem(
        @Schema(format = "date", examples = "2026-03-10") @NotNull LocalDate day,
        @Schema(maxLength = 300, examples = "Sầm Nưa, tỉnh Hủa Phăn") @NotBlank @Size(max = 300) String place,
        @Schema(maxLength = 1000, examples = "Hội đàm với lãnh đạo tỉnh Hủa Phăn") @NotBlank @Size(max = 1000) String activity,
        @Schema(description = "Partner met, when registered in agreement-service.", format = "uuid") UUID partnerId,
        @Schema(maxLength = 300, examples = "Ủy ban nhân dân tỉnh Hủa Phăn") @Size(max = 300) String partnerName,
        @Schema(description = "Vietnamese participants in this entry.", maxLength = 1000) @Size(max = 1000)
        String vietnameseParticipants) {
}
