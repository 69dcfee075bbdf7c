package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "AutomaticSource", description = "A figure another service computes, filled in live. Extensible.")
public enum AutomaticSource implements Labelled {
    AGREEMENTS_SIGNED,
    AGREEMENTS_IN_FORCE,
    OUTBOUND_DELEGATIONS,
    INBOUND_DELEGATIONS
}
