package vn.doingoai.bench;

/** What the loader prints as it goes: rows so far per table and the rate, and each step's time. */
public final class Progress {

    private final long began = System.nanoTime();

    public void step(String what) {
        System.out.printf("» %s (at %.0f s)%n", what, elapsed());
    }

    void rows(String table, long rows, long since) {
        System.out.printf("  %-26s %,11d rows  %,9.0f rows/s%n", table, rows, rows / seconds(since));
    }

    void done(String table, long rows, long since) {
        System.out.printf("  %-26s %,11d rows  in %.1f s%n", table, rows, seconds(since));
    }

    public double elapsed() {
        return seconds(began);
    }

    private static double seconds(long since) {
        return Math.max(0.001, (System.nanoTime() - since) / 1e9);
    }
}
