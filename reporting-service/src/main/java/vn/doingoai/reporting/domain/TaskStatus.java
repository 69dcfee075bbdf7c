package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskStatus", description = "A unit's view of a task in a period. Extensible.")
public enum TaskStatus {
    NOT_STARTED("Chưa triển khai"),
    ON_TRACK("Đúng tiến độ"),
    AT_RISK("Có nguy cơ chậm"),
    DONE("Hoàn thành"),
    OVERDUE("Quá hạn");

    /** How printed documents name it. */
    public final String labelVi;

    TaskStatus(String labelVi) {
        this.labelVi = labelVi;
    }
}
