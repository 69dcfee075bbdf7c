package vn.doingoai.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void parsesAndWritesTheThreeForms() {
        assertEquals("2025-Q3", Period.parse("2025-Q3").toString());
        assertEquals(LocalDate.of(2025, 7, 1), Period.parse("2025-Q3").start());
        assertEquals(LocalDate.of(2025, 9, 30), Period.parse("2025-Q3").end());
        assertEquals(LocalDate.of(2025, 6, 30), Period.parse("2025-H1").end());
        assertEquals(LocalDate.of(2025, 12, 31), Period.parse("2025").end());
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2025-Q5"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("Q3-2025"));
        assertFalse(Period.isValid("2025-H3"));
        assertTrue(Period.isValid("2026-H2"));
    }

    @Test
    void theLatestClosedPeriodIsTheOneBeforeToday() {
        assertEquals("2026-Q3", Period.latestClosed(Cadence.QUARTER, LocalDate.of(2026, 11, 21)).toString());
        assertEquals("2025-Q4", Period.latestClosed(Cadence.QUARTER, LocalDate.of(2026, 1, 1)).toString());
        assertEquals("2026-H1", Period.latestClosed(Cadence.HALF_YEAR, LocalDate.of(2026, 7, 1)).toString());
        assertEquals("2025", Period.latestClosed(Cadence.YEAR, LocalDate.of(2026, 11, 21)).toString());
    }

    @Test
    void listsThePeriodsOfAProgramme() {
        assertEquals(8, Period.between(Cadence.QUARTER, 2025, 2026).size());
        assertEquals("2021-H1", Period.between(Cadence.HALF_YEAR, 2021, 2025).get(0).toString());
    }
}
