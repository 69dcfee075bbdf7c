package vn.doingoai.delegation.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DelegationPurposeList", description = "All delegation purposes; a short list, never paged.")
public record DelegationPurposeList(@Schema(maxItems = 500) List<DelegationPurposeView> items) {
}
