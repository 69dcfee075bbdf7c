package vn.doingoai.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/** One group of delegation-service's figures: its keys and the delegations, members, person-days and cost in it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DelegationFigure(Map<String, Object> keys, long delegations, long members, long personDays, long costVnd) {
}
