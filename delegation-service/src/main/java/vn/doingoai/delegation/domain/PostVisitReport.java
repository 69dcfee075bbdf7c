package vn.doingoai.delegation.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The report after a visit (báo cáo kết quả chuyến đi / đón đoàn). */
@Schema(name = "PostVisitReport", description = "The report after the visit; submitting it closes the report deadline.")
public record PostVisitReport(
        @Schema(maxLength = 4000) @NotBlank @Size(max = 4000) String summary,
        @Schema(maxLength = 8000) @Size(max = 8000) String results,
        @Schema(description = "Follow-up proposals.", maxLength = 4000) @Size(max = 4000) String followUps,
        @Schema(description = "Agreements signed or proposed during the visit (ids in agreement-service).", maxItems = 20)
        @Size(max = 20) List<@NotNull UUID> agreementIds,
        @Schema(maxItems = 20) @Size(max = 20) List<@Valid @NotNull Attachment> attachments) {

    @Schema(name = "ReportAttachment", description = "A document attached to the report (metadata; the file lives elsewhere).")
    public record Attachment(
            @Schema(maxLength = 300, examples = "Biên bản hội đàm.pdf") @NotBlank @Size(max = 300) String title,
            @Schema(maxLength = 100, examples = "application/pdf") @Size(max = 100) String mediaType,
            @Schema(description = "Where the document management system keeps it.", maxLength = 2000) @Size(max = 2000)
            String location) {
    }
}
