package vn.doingoai.commons.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays days = new WorkingDays(Set.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2)));

    @Test
    void skipsTheWeekend() {
        // Thursday + 3 working days: Friday, Monday, Tuesday.
        assertEquals(LocalDate.of(2026, 11, 24), days.add(LocalDate.of(2026, 11, 19), 3));
        // An event on Saturday counts from Monday.
        assertEquals(LocalDate.of(2026, 11, 23), days.add(LocalDate.of(2026, 11, 21), 1));
    }

    @Test
    void skipsPublicHolidaysAndTheWeekendAroundThem() {
        // Friday 28 Aug 2026 + 7 working days: 31 Aug, (1–2 Sep National Day), 3, 4, (5–6 weekend), 7, 8, 9, 10 Sep.
        assertEquals(LocalDate.of(2026, 9, 10), days.add(LocalDate.of(2026, 8, 28), 7));
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 9, 2)));
        assertTrue(days.isWorkingDay(LocalDate.of(2026, 9, 3)));
    }

    @Test
    void zeroWorkingDaysIsTheSameDay() {
        assertEquals(LocalDate.of(2026, 11, 21), days.add(LocalDate.of(2026, 11, 21), 0));
    }
}
