package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "ProgrammeStatus", description = "DRAFT while written, ISSUED while carried out and reported on, CLOSED after its period. Extensible.")
public enum ProgrammeStatus implements Labelled {
    DRAFT,
    ISSUED,
    CLOSED
}
