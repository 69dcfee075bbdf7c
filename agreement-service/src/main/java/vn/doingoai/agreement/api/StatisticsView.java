package vn.doingoai.agreement.api;

import java.util.List;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementStatistics", description = "Agreement counts grouped as asked.")
public record StatisticsView(
        @Schema(maxItems = 5) List<@Size(max = 20) String> groupBy,
        @Schema(maxItems = 100000) List<Row> items) {

    @Schema(name = "AgreementStatisticsRow", description = "The count for one combination of the grouping dimensions.")
    public record Row(
            @Schema(description = "The value of each grouping dimension, e.g. {\"country\": \"LA\"}.") Map<String, Object> keys,
            @Schema(format = "int64") long agreements) {
    }
}
