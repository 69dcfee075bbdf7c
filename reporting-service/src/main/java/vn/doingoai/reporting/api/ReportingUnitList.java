package vn.doingoai.reporting.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportingUnitList", description = "Units visible to the caller.")
public record ReportingUnitList(@Schema(maxItems = 5000) List<ReportingUnitView> items) {
}
