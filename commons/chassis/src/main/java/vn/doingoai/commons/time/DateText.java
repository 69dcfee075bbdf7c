package vn.doingoai.commons.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The one way a date a client wrote is read, in a query, a path or a JSON body: {@code YYYY-MM-DD},
 * a four-digit year from 0001, a day that exists. Java's own ISO reading also takes signed years of
 * up to nine digits ({@code +169087565-03-15}), which PostgreSQL, Excel and JavaScript cannot hold;
 * such a date reached the database and answered 500.
 */
public final class DateText {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4, 4, SignStyle.NOT_NEGATIVE).appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2).appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter(Locale.ROOT).withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);

    /** The first instant a date of this range starts (0001-01-01) and the first after it ends (10000-01-01), UTC. */
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER = Instant.parse("+10000-01-01T00:00:00Z");

    private DateText() {
    }

    /** An instant a client sent back (in a cursor), refused as a date of another year range would be. */
    public static Instant parseInstant(String text) {
        Instant instant = Instant.parse(text);
        if (instant.isBefore(FIRST) || !instant.isBefore(AFTER)) {
            throw new DateTimeParseException("outside the years 0001 to 9999", text, 0);
        }
        return instant;
    }

    /** The date, or a {@link DateTimeParseException} for anything else. */
    public static LocalDate parse(String text) {
        LocalDate date = LocalDate.parse(text, FORMAT);
        if (date.getYear() < 1) {
            throw new DateTimeParseException("year 0000 is not a calendar year", text, 0);
        }
        return date;
    }
}
