package vn.doingoai.reporting.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeAction", description = "ISSUE a drafted programme (approver), CLOSE an issued one. Extensible.")
public enum ProgrammeAction implements Labelled {
    ISSUE("Ban hành", "Issue"),
    CLOSE("Kết thúc", "Close");

    private final String labelVi;
    private final String labelEn;

    ProgrammeAction(String labelVi, String labelEn) {
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
