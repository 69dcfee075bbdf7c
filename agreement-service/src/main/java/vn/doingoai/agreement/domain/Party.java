package vn.doingoai.agreement.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "Party", description = "Which side an obligation or right belongs to. Extensible.")
public enum Party implements Labelled {
    VIETNAMESE_SIDE,
    PARTNER_SIDE,
    BOTH
}
