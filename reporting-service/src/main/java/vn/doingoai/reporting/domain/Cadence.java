package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "Cadence", description = "How often units report on a programme. Extensible.")
public enum Cadence implements Labelled {
    QUARTER,
    HALF_YEAR,
    YEAR
}
