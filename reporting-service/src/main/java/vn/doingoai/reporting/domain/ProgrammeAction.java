package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeAction", description = "ISSUE a drafted programme (approver), CLOSE an issued one. Extensible.")
public enum ProgrammeAction {
    ISSUE, CLOSE
}
