package vn.doingoai.reporting.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorDirection", description = "Whether more, less or the same is better. Extensible.")
public enum IndicatorDirection implements Labelled {
    INCREASE("Tăng", "Increase"),
    DECREASE("Giảm", "Decrease"),
    MAINTAIN("Duy trì", "Maintain");

    private final String labelVi;
    private final String labelEn;

    IndicatorDirection(String labelVi, String labelEn) {
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
