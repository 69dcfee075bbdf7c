package vn.doingoai.reporting.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportStatus", description = "DRAFT with the unit, SUBMITTED to the Department of Foreign Affairs, then ACCEPTED or RETURNED to the unit. Extensible.")
public enum ReportStatus implements Labelled {
    DRAFT("Dự thảo", "Draft"),
    SUBMITTED("Đã gửi", "Submitted"),
    ACCEPTED("Đã tiếp nhận", "Accepted"),
    RETURNED("Trả lại", "Returned");

    private final String labelVi;
    private final String labelEn;

    ReportStatus(String labelVi, String labelEn) {
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
