package vn.doingoai.reporting.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a unit reports on one task for a period. */
@Schema(name = "ReportEntry", description = "A unit's account of one task in the period.")
public record ReportEntry(
        @Schema(format = "uuid") @NotNull UUID taskId,
        @NotNull TaskStatus status,
        @Schema(maxLength = 8000) @Size(max = 8000) String narrative,
        @Schema(description = "Actual values of the task's manual indicators, by indicator code.")
        Map<@Size(max = 40) String, BigDecimal> actuals,
        @Schema(description = "Links to evidence.", maxItems = 20) @Size(max = 20) List<@Size(max = 2000) String> evidence) {
}
