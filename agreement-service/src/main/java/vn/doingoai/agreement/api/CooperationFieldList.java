package vn.doingoai.agreement.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CooperationFieldList", description = "All cooperation fields; a short list, never paged.")
public record CooperationFieldList(@Schema(maxItems = 500) List<CooperationFieldView> items) {
}
