package vn.doingoai.reporting.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Recurrence", description = "Whether a task is done once or every quarter, half-year or year (as a programme's cadence QUARTER, HALF_YEAR, YEAR). Extensible.")
public enum Recurrence implements Labelled {
    ONE_OFF("Một lần", "Once"),
    QUARTERLY("Hằng quý", "Quarterly"),
    HALF_YEARLY("Sáu tháng một lần", "Half-yearly"),
    YEARLY("Hằng năm", "Yearly");

    private final String labelVi;
    private final String labelEn;

    Recurrence(String labelVi, String labelEn) {
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
