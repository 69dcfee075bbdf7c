package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "ProgrammeAction", description = "ISSUE a drafted programme (approver), CLOSE an issued one. Extensible.")
public enum ProgrammeAction implements Labelled {
    ISSUE,
    CLOSE
}
