package vn.doingoai.reporting.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure of a task: baseline, a target per period, and optionally a figure another service computes. */
@Schema(name = "Indicator", description = "A measure of a task's progress.")
public record Indicator(
        @Schema(description = "Stable within the task; reports give actual values by it.", maxLength = 40, examples = "AGREEMENTS_LA")
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String code,
        @Schema(maxLength = 300, examples = "Thỏa thuận còn hiệu lực với đối tác Lào") @NotBlank @Size(max = 300) String name,
        @Schema(description = "Unit of measure.", maxLength = 50, examples = "thỏa thuận") @Size(max = 50) String unit,
        @Schema(examples = "2") BigDecimal baseline,
        @Schema(description = "Target per period, keyed by period (2025-Q3, 2025-H1, 2025).") Map<
                @Pattern(regexp = "\\d{4}(-Q[1-4]|-H[12])?") String, BigDecimal> targets,
        @NotNull IndicatorDirection direction,
        @Schema(description = "Filled in live from another service instead of by the unit.") AutomaticSource automaticSource,
        @Schema(description = "For an automatic source: only partners of this country (ISO 3166-1 alpha-2).", maxLength = 2,
                examples = "LA") @Pattern(regexp = "[A-Z]{2}") String automaticCountry) {
}
