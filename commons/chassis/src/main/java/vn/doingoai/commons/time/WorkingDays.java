package vn.doingoai.commons.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Deadlines "within N working days" (ngày làm việc): counting starts the day after the event and
 * skips Saturdays, Sundays and public holidays.
 */
public final class WorkingDays {

    private final Set<LocalDate> holidays;

    public WorkingDays(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    public LocalDate add(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
