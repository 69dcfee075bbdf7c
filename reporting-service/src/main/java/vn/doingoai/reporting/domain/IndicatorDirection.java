package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorDirection", description = "Whether more, less or the same is better. Extensible.")
public enum IndicatorDirection {
    INCREASE, DECREASE, MAINTAIN
}
