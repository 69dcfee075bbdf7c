package vn.doingoai.reporting.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskStatus", description = "A unit's view of a task in a period. Extensible.")
public enum TaskStatus implements Labelled {
    NOT_STARTED("Chưa triển khai", "Not started"),
    ON_TRACK("Đúng tiến độ", "On track"),
    AT_RISK("Có nguy cơ chậm", "At risk"),
    DONE("Hoàn thành", "Done"),
    OVERDUE("Quá hạn", "Overdue");

    private final String labelVi;
    private final String labelEn;

    TaskStatus(String labelVi, String labelEn) {
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
