package vn.doingoai.reporting.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeStatus", description = "DRAFT while written, ISSUED while carried out and reported on, CLOSED after its period. Extensible.")
public enum ProgrammeStatus implements Labelled {
    DRAFT("Dự thảo", "Draft"),
    ISSUED("Đã ban hành", "Issued"),
    CLOSED("Đã kết thúc", "Closed");

    private final String labelVi;
    private final String labelEn;

    ProgrammeStatus(String labelVi, String labelEn) {
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
