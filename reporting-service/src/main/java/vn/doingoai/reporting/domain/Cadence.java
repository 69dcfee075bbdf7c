package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cadence", description = "How often units report on a programme. Extensible.")
public enum Cadence {
    QUARTER, HALF_YEAR, YEAR
}
