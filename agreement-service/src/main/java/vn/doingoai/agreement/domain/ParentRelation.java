package vn.doingoai.agreement.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "ParentRelation", description = "How an agreement relates to the one it derives from. Extensible.")
public enum ParentRelation implements Labelled {
    AMENDS,
    EXTENDS,
    REPLACES
}
