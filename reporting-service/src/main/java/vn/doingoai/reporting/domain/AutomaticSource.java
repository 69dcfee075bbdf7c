package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AutomaticSource", description = "A figure another service computes, filled in live. Extensible.")
public enum AutomaticSource {
    AGREEMENTS_SIGNED, AGREEMENTS_IN_FORCE, OUTBOUND_DELEGATIONS, INBOUND_DELEGATIONS
}
