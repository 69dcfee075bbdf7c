package vn.doingoai.delegation.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DelegationLevelList", description = "All levels of delegation heads; a short list, never paged.")
public record DelegationLevelList(@Schema(maxItems = 500) List<DelegationLevelView> items) {
}
