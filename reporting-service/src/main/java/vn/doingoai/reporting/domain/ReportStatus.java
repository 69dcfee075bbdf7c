package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportStatus", description = "DRAFT with the unit, SUBMITTED to the Department of Foreign Affairs, then ACCEPTED or RETURNED to the unit. Extensible.")
public enum ReportStatus {
    DRAFT("Dự thảo"),
    SUBMITTED("Đã gửi"),
    ACCEPTED("Đã tiếp nhận"),
    RETURNED("Trả lại");

    /** How printed documents name it. */
    public final String labelVi;

    ReportStatus(String labelVi) {
        this.labelVi = labelVi;
    }
}
