package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeStatus", description = "DRAFT while written, ISSUED while carried out and reported on, CLOSED after its period. Extensible.")
public enum ProgrammeStatus {
    DRAFT, ISSUED, CLOSED
}
