package vn.doingoai.reporting.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cadence", description = "How often units report on a programme. Extensible.")
public enum Cadence implements Labelled {
    QUARTER("Quý", "Quarter"),
    HALF_YEAR("Sáu tháng", "Half-year"),
    YEAR("Năm", "Year");

    private final String labelVi;
    private final String labelEn;

    Cadence(String labelVi, String labelEn) {
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
