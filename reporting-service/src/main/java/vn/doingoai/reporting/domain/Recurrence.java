package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Recurrence", description = "Whether a task is done once or every quarter or year. Extensible.")
public enum Recurrence {
    ONE_OFF, QUARTERLY, YEARLY
}
