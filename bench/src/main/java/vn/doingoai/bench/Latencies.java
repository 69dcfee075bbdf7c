package vn.doingoai.bench;

import java.util.Arrays;

/** One measurement: how many requests or transactions, in how long, and their latencies. */
public record Latencies(long[] nanos, double seconds, int failures, String firstFailure) {

    public int count() {
        return nanos.length;
    }

    public double throughput() {
        return nanos.length / seconds;
    }

    public double percentileMillis(double p) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    public double p50() {
        return percentileMillis(50);
    }

    public double p99() {
        return percentileMillis(99);
    }
}
