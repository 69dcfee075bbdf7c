package vn.doingoai.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/** One group of agreement-service's counts: its keys (year, status, country…) and how many agreements. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgreementFigure(Map<String, Object> keys, long agreements) {
}
