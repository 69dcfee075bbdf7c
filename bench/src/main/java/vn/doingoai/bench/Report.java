package vn.doingoai.bench;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** docs/benchmarks/volume.md: the goals with their figures, medians of the rounds, every round shown. */
final class Report {

    private Report() {
    }

    /** One line of the table, its figures already written out. */
    record Row(String goal, String name, String target, String api, String peer, boolean met, int failures, String apiRounds,
            String peerRounds) {

        String verdict() {
            return failures > 0 ? "**failed requests: " + failures + "**" : met ? "met" : "**not met**";
        }
    }

    static double median(List<Latencies> of, ToDoubleFunction<Latencies> figure) {
        double[] values = of.stream().mapToDouble(figure).sorted().toArray();
        return values.length == 0 ? Double.NaN : values[values.length / 2];
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    /** An HTTP scenario beside pgbench: the median round's p99 and throughput of each. */
    static Row latencies(String goal, String name, VolumeMeasure.Goal target, List<Latencies> api, List<Latencies> peer) {
        boolean met = true;
        if (!Double.isNaN(target.p99Below())) {
            met = median(api, Latencies::p99) < target.p99Below();
        }
        if (!Double.isNaN(target.throughputRatio()) && !peer.isEmpty()) {
            met &= median(api, Latencies::throughput) >= target.throughputRatio() * median(peer, Latencies::throughput);
        }
        int failures = api.stream().mapToInt(Latencies::failures).sum();
        String ratio = peer.isEmpty() ? "" : String.format(Locale.ROOT, " (%.2f× the peer's throughput)",
                median(api, Latencies::throughput) / median(peer, Latencies::throughput));
        return new Row(goal, name, target.text(), summary(api) + ratio, peer.isEmpty() ? "–" : summary(peer), met, failures,
                rounds(api), rounds(peer));
    }

    static String page(List<Row> rows, int rounds, int requests, int clients, String machine, List<String> notes) {
        StringBuilder md = new StringBuilder();
        md.append("# National volume: the suite beside the raw database\n\n");
        md.append("Written by `bench/volume.sh measure` on ")
                .append(now())
                .append(", after `bench/volume.sh load`. How the data is made, how each figure is taken, and what was changed to meet ")
                .append("the goals: [volume-notes.md](volume-notes.md).\n\n");
        md.append(machine).append('\n');
        md.append("HTTP measurements: ").append(requests).append(" requests (fewer only where the time budget ran out: the count is shown) ")
                .append("from ").append(clients).append(" clients in a closed loop through the gateway with a real token, then the peer ")
                .append("with as many pgbench clients. ").append(rounds).append(" rounds; the median round is the figure. Every round is ")
                .append("shown as p50 / p99 in ms and requests per second.\n\n");
        md.append("| # | scenario | goal | suite (median round) | peer (median round) | verdict | suite, every round | peer, every round |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.goal()).append(" | ").append(row.name()).append(" | ").append(row.target()).append(" | ")
                    .append(row.api()).append(" | ").append(row.peer()).append(" | ").append(row.verdict()).append(" | ")
                    .append(row.apiRounds()).append(" | ").append(row.peerRounds()).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    /**
     * docs/benchmarks/volume-growth.md: each scenario's median round at every size loaded, side by side.
     * A deep page is the thousandth or the last there is, so its number is shown in the cell.
     */
    static String growth(List<Long> sizes, Map<Long, String> loaded, Map<String, Map<Long, Row>> scenarios, String how, String machine) {
        StringBuilder md = new StringBuilder("# National volume: what grows with the data\n\n");
        md.append("Written by `bench/volume.sh growth` on ").append(now()).append(". ").append(how).append("\n\n");
        md.append(machine).append('\n');
        md.append("| loaded | ").append(String.join(" | ", sizes.stream().map(loaded::get).toList())).append(" |\n");
        md.append("|---|").append("---|".repeat(sizes.size())).append("\n\n");
        md.append("| # | scenario | goal | ").append(String.join(" | ", sizes.stream().map(n -> String.format(Locale.ROOT, "%,d", n)
                .replace(',', ' ') + " delegations").toList())).append(" |\n");
        md.append("|---|---|---|").append("---|".repeat(sizes.size())).append('\n');
        scenarios.forEach((key, bySize) -> {
            Row any = bySize.values().iterator().next();
            md.append("| ").append(any.goal()).append(" | ").append(key.substring(key.indexOf(' ') + 1)).append(" | ").append(any.target());
            for (long size : sizes) {
                Row row = bySize.get(size);
                md.append(" | ").append(row == null ? "–" : cell(row));
            }
            md.append(" |\n");
        });
        return md.toString();
    }

    private static String cell(Row row) {
        String page = row.name().replaceFirst(".*, page ", "");
        String prefix = row.name().contains(", page ") && !page.equals("1") ? "page " + page + ": " : "";
        return prefix + row.api() + (row.failures() > 0 || !row.met() ? " (" + row.verdict() + ")" : "");
    }

    static String now() {
        return ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx"));
    }

    static String summary(List<Latencies> of) {
        return String.format(Locale.ROOT, "p99 %.1f ms, %.0f/s", median(of, Latencies::p99), median(of, Latencies::throughput));
    }

    static String rounds(List<Latencies> of) {
        if (of.isEmpty()) {
            return "–";
        }
        return String.join(" · ", of.stream().map(l -> String.format(Locale.ROOT, "%.1f / %.1f, %.0f/s%s", l.p50(), l.p99(), l.throughput(),
                l.count() < 1000 ? " (" + l.count() + ")" : "")).toList());
    }
}
