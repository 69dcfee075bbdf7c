package vn.doingoai.agreement.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerPage", description = "One page of partners.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PartnerPage(
        @Schema(maxItems = 200) List<PartnerView> items,
        @Schema(description = "Pass as `cursor` for the next page; absent on the last page.", maxLength = 2000)
        String nextCursor,
        @Schema(description = "All matching partners; only with includeTotal=true.", format = "int64")
        Long totalItems) {
}
