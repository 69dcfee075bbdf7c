package vn.doingoai.delegation.service;

import java.time.LocalDate;
import java.util.UUID;
import vn.doingoai.delegation.domain.DelegationStatus;
import vn.doingoai.delegation.domain.Direction;

/** The filters of the delegation list; null means "any". */
public record DelegationQuery(String q, Direction direction, DelegationStatus status, String country, UUID partnerId,
        LocalDate from, LocalDate to, UUID personId, String purpose, String provinceCode, boolean overdueReport) {
}
