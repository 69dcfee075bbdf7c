package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "ReportStatus", description = "DRAFT with the unit, SUBMITTED to the Department of Foreign Affairs, then ACCEPTED or RETURNED to the unit. Extensible.")
public enum ReportStatus implements Labelled {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    RETURNED
}
