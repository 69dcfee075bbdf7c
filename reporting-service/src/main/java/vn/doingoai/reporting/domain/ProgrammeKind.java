package vn.doingoai.reporting.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeKind", description = "A programme (chương trình) or a plan (kế hoạch). Extensible.")
public enum ProgrammeKind implements Labelled {
    PROGRAMME("Chương trình", "Programme"),
    PLAN("Kế hoạch", "Plan");

    private final String labelVi;
    private final String labelEn;

    ProgrammeKind(String labelVi, String labelEn) {
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
