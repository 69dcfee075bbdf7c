package vn.doingoai.delegation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "PassportType", description = "Kind of passport. Extensible.")
public enum PassportType implements Labelled {
    DIPLOMATIC,
    OFFICIAL,
    ORDINARY
}
