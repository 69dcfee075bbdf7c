package vn.doingoai.commons.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import vn.doingoai.commons.time.DateText;

/**
 * A field a list may be sorted by: its public name ({@code signedOn}), the HQL expression that
 * orders it, and how to read its value from a row for the next page's cursor. The expression must
 * never be null (wrap nullable columns in {@code coalesce} with a sentinel), or keyset paging would
 * skip rows.
 */
public record SortField<E>(String name, String expression, Class<?> type, Function<E, Object> value) {

    public SortField {
        if (type != String.class && type != LocalDate.class && type != Instant.class && type != UUID.class
                && type != Long.class && type != Integer.class) {
            throw new IllegalArgumentException("unsupported sort type " + type);
        }
    }

    Object parse(String text) {
        if (type == String.class) {
            return text;
        } else if (type == LocalDate.class) {
            return DateText.parse(text);
        } else if (type == Instant.class) {
            return DateText.parseInstant(text);
        } else if (type == UUID.class) {
            return UUID.fromString(text);
        } else if (type == Long.class) {
            return Long.valueOf(text);
        }
        return Integer.valueOf(text);
    }
}
