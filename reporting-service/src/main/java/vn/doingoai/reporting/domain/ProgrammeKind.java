package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeKind", description = "A programme (chương trình) or a plan (kế hoạch). Extensible.")
public enum ProgrammeKind {
    PROGRAMME, PLAN
}
