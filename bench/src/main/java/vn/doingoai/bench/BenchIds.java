package vn.doingoai.bench;

import java.util.UUID;

/**
 * Identifiers of loaded rows. Every one starts with {@code b1b1b1b1-}, so a later run finds and
 * replaces what an earlier run loaded with an indexed range, and never touches what people entered.
 * The rest is a bijective scramble of the row's number, so ids are spread like random UUIDs.
 */
public final class BenchIds {

    public static final String FIRST = "b1b1b1b1-0000-0000-0000-000000000000";
    public static final String LAST = "b1b1b1b1-ffff-ffff-ffff-ffffffffffff";
    private static final long MASK_62 = (1L << 62) - 1;

    private BenchIds() {
    }

    /** The id of row {@code n} of a kind of record (a small number per table). */
    public static UUID of(int kind, long n) {
        long high = (0xb1b1b1b1L << 32) | ((long) (kind & 0xffff) << 16) | 0x4000L | ((n >>> 50) & 0x0fff);
        long low = 0x8000000000000000L | ((n * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L) & MASK_62);
        return new UUID(high, low);
    }

    /** SQL that keeps the rows of a table whose {@code column} is not a loaded id. */
    public static String loaded(String column) {
        return column + " between '" + FIRST + "' and '" + LAST + "'";
    }
}
