package vn.doingoai.agreement.api;

import vn.doingoai.commons.api.CodeLabelView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CodeLabelList", description = "A reference list; short, never paged.")
public record CodeLabelList(@Schema(maxItems = 500) List<CodeLabelView> items) {
}
