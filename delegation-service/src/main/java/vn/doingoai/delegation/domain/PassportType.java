package vn.doingoai.delegation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PassportType", description = "Kind of passport. Extensible.")
public enum PassportType {
    DIPLOMATIC, OFFICIAL, ORDINARY
}
