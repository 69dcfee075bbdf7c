package vn.doingoai.agreement.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Party", description = "Which side an obligation or right belongs to. Extensible.")
public enum Party {
    VIETNAMESE_SIDE, PARTNER_SIDE, BOTH
}
