package vn.doingoai.agreement.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.agreement.domain.Contact;
import vn.doingoai.agreement.domain.PartnerKind;
import vn.doingoai.agreement.domain.RelationshipKind;

@Schema(name = "PartnerInput", description = "What a client sends to register or replace a partner.")
public record PartnerInput(
        @Schema(description = "Name in Vietnamese, as the province writes it.", maxLength = 300, examples = "Tỉnh Xay Nhạ Bu Ly")
        @NotBlank @Size(max = 300) String nameVi,
        @Schema(description = "Name in English.", maxLength = 300, examples = "Xayaboury Province")
        @Size(max = 300) String nameEn,
        @Schema(description = "Name in the partner's own language and script.", maxLength = 300, examples = "ແຂວງໄຊຍະບູລີ")
        @Size(max = 300) String nameNative,
        @Schema(required = true) @NotNull PartnerKind kind,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", maxLength = 2, pattern = "^[A-Z]{2}$", examples = "LA")
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals") String countryCode,
        @Schema(description = "The partner this one belongs to (a city inside a region), of the same province.", format = "uuid")
        UUID parentId,
        RelationshipKind relationship,
        @Schema(description = "Since when the relationship exists.", format = "date", examples = "2020-02-20")
        @PastOrPresent LocalDate relationshipSince,
        @Schema(maxItems = 20) @Size(max = 20) List<@Valid @NotNull Contact> contacts,
        @Schema(maxLength = 4000) @Size(max = 4000) String notes,
        @Schema(description = "False hides the partner from new agreements; it is never deleted once referenced. "
                + "Absent means true.", examples = "true")
        Boolean active) {
}
