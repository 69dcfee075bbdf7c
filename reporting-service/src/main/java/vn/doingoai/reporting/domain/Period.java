package vn.doingoai.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the API writes it: {@code 2025-Q3}, {@code 2025-H1} or {@code 2025}.
 */
public record Period(int year, Cadence cadence, int index) implements Comparable<Period> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(Q)([1-4])|-(H)([12]))?");

    public static Period parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("a period is written 2025-Q3, 2025-H1 or 2025");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new Period(year, Cadence.QUARTER, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return new Period(year, Cadence.HALF_YEAR, Integer.parseInt(m.group(5)));
        }
        return new Period(year, Cadence.YEAR, 1);
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    public LocalDate start() {
        return switch (cadence) {
            case QUARTER -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case HALF_YEAR -> LocalDate.of(year, index == 1 ? 1 : 7, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate end() {
        return switch (cadence) {
            case QUARTER -> start().plusMonths(3).minusDays(1);
            case HALF_YEAR -> start().plusMonths(6).minusDays(1);
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /** The last period of this cadence that ended before {@code day}. */
    public static Period latestClosed(Cadence cadence, LocalDate day) {
        Period current = containing(cadence, day);
        return current.previous();
    }

    public static Period containing(Cadence cadence, LocalDate day) {
        return switch (cadence) {
            case QUARTER -> new Period(day.getYear(), cadence, (day.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> new Period(day.getYear(), cadence, day.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> new Period(day.getYear(), cadence, 1);
        };
    }

    public Period previous() {
        int perYear = switch (cadence) {
            case QUARTER -> 4;
            case HALF_YEAR -> 2;
            case YEAR -> 1;
        };
        return index > 1 ? new Period(year, cadence, index - 1) : new Period(year - 1, cadence, perYear);
    }

    /** The periods of a cadence from one year to another, in order. */
    public static List<Period> between(Cadence cadence, int fromYear, int toYear) {
        List<Period> periods = new ArrayList<>();
        int perYear = cadence == Cadence.QUARTER ? 4 : cadence == Cadence.HALF_YEAR ? 2 : 1;
        for (int y = fromYear; y <= toYear; y++) {
            for (int i = 1; i <= perYear; i++) {
                periods.add(new Period(y, cadence, i));
            }
        }
        return periods;
    }

    /** As written in Vietnamese documents: "quý III năm 2025", "6 tháng đầu năm 2025", "năm 2025". */
    public String labelVi() {
        return switch (cadence) {
            case QUARTER -> "quý " + "I II III IV".split(" ")[index - 1] + " năm " + year;
            case HALF_YEAR -> "6 tháng " + (index == 1 ? "đầu" : "cuối") + " năm " + year;
            case YEAR -> "năm " + year;
        };
    }

    @Override
    public String toString() {
        return switch (cadence) {
            case QUARTER -> year + "-Q" + index;
            case HALF_YEAR -> year + "-H" + index;
            case YEAR -> Integer.toString(year);
        };
    }

    @Override
    public int compareTo(Period other) {
        return start().compareTo(other.start()) != 0 ? start().compareTo(other.start()) : end().compareTo(other.end());
    }
}
