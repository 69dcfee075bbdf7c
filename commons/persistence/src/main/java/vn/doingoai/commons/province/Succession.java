package vn.doingoai.commons.province;

import java.time.LocalDate;

/** One province taking over another's territory and records from a day on (Thái Bình 34 → Hưng Yên 33 on 2025-07-01). */
public record Succession(String predecessorCode, String successorCode, LocalDate effectiveOn) {

    public boolean inEffectOn(LocalDate day) {
        return !effectiveOn.isAfter(day);
    }
}
