package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "TaskStatus", description = "A unit's view of a task in a period. Extensible.")
public enum TaskStatus implements Labelled {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    DONE,
    OVERDUE
}
