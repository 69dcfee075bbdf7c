package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "ProgrammeKind", description = "A programme (chương trình) or a plan (kế hoạch). Extensible.")
public enum ProgrammeKind implements Labelled {
    PROGRAMME,
    PLAN
}
