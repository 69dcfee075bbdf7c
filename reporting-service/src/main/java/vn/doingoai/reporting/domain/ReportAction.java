package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "ReportAction", description = "SUBMIT by the unit; ACCEPT or RETURN (with a reason) by the Department of "
        + "Foreign Affairs. Extensible.")
public enum ReportAction implements Labelled {
    SUBMIT,
    ACCEPT,
    RETURN
}
