package vn.doingoai.agreement.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Party", description = "Which side an obligation or right belongs to. Extensible.")
public enum Party implements Labelled {
    VIETNAMESE_SIDE("Phía Việt Nam", "Vietnamese side"),
    PARTNER_SIDE("Phía đối tác", "Partner side"),
    BOTH("Cả hai bên", "Both sides");

    private final String labelVi;
    private final String labelEn;

    Party(String labelVi, String labelEn) {
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
