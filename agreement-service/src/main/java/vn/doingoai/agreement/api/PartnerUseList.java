package vn.doingoai.agreement.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerUseList", description = "The partners the record names now.")
public record PartnerUseList(@Schema(maxItems = 20) List<PartnerSummary> items) {
}
