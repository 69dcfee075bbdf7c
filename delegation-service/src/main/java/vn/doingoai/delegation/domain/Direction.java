package vn.doingoai.delegation.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Direction", description = "OUTBOUND: officials of the province travelling abroad (đoàn ra); INBOUND: a foreign delegation or foreign reporters received (đoàn vào). Extensible.")
public enum Direction implements Labelled {
    OUTBOUND("Đoàn ra", "Outbound"),
    INBOUND("Đoàn vào", "Inbound");

    private final String labelVi;
    private final String labelEn;

    Direction(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
