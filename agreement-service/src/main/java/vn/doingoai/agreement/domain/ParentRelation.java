package vn.doingoai.agreement.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ParentRelation", description = "How an agreement relates to the one it derives from. Extensible.")
public enum ParentRelation {
    AMENDS, EXTENDS, REPLACES
}
