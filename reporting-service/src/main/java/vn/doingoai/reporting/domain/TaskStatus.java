package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskStatus", description = "A unit's view of a task in a period. Extensible.")
public enum TaskStatus {
    NOT_STARTED, ON_TRACK, AT_RISK, DONE, OVERDUE
}
