package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "IndicatorDirection", description = "Whether more, less or the same is better. Extensible.")
public enum IndicatorDirection implements Labelled {
    INCREASE,
    DECREASE,
    MAINTAIN
}
