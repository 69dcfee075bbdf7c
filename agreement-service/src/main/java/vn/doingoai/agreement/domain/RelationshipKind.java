package vn.doingoai.agreement.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RelationshipKind", description = "The province's relationship with a partner (kết nghĩa, truyền thống, mới). "
        + "Extensible; labels from GET /api/v1/reference/relationship-kinds.")
public enum RelationshipKind {
    TWINNED, TRADITIONAL, NEW, OTHER
}
