package vn.doingoai.delegation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "Direction", description = "OUTBOUND: officials of the province travelling abroad (đoàn ra); INBOUND: a foreign delegation or foreign reporters received (đoàn vào). Extensible.")
public enum Direction implements Labelled {
    OUTBOUND,
    INBOUND
}
