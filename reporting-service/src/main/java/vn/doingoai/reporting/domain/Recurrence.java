package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "Recurrence", description = "Whether a task is done once or every quarter, half-year or year (as a programme's cadence QUARTER, HALF_YEAR, YEAR). Extensible.")
public enum Recurrence implements Labelled {
    ONE_OFF,
    QUARTERLY,
    HALF_YEARLY,
    YEARLY
}
