package vn.doingoai.reporting.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportAction", description = "SUBMIT by the unit; ACCEPT or RETURN (with a reason) by the Department of "
        + "Foreign Affairs. Extensible.")
public enum ReportAction implements Labelled {
    SUBMIT("Gửi báo cáo", "Submit"),
    ACCEPT("Tiếp nhận", "Accept"),
    RETURN("Trả lại", "Return");

    private final String labelVi;
    private final String labelEn;

    ReportAction(String labelVi, String labelEn) {
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
