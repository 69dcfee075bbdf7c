package vn.doingoai.bench;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** docs/benchmarks/volume.md: the goals with their figures, medians of the rounds, every round shown. */
final class Report {

    private Report() {
    }

    record Row(String goal, String name, VolumeMeasure.Goal target, List<Latencies> api, List<Latencies> peer) {

        int failures() {
            return api.stream().mapToInt(Latencies::failures).sum();
        }

        double median(List<Latencies> of, ToDoubleFunction<Latencies> figure) {
            double[] values = of.stream().mapToDouble(figure).sorted().toArray();
            return values.length == 0 ? Double.NaN : values[values.length / 2];
        }

        String verdict() {
            if (failures() > 0) {
                return "**failed requests**";
            }
            boolean met = true;
            if (!Double.isNaN(target.p99Below())) {
                met = median(api, Latencies::p99) < target.p99Below();
            }
            if (!Double.isNaN(target.throughputRatio()) && !peer.isEmpty()) {
                met &= median(api, Latencies::throughput) >= target.throughputRatio() * median(peer, Latencies::throughput);
            }
            return met ? "met" : "**not met**";
        }
    }

    static String page(List<Row> rows, int rounds, int requests, int clients, String machine) {
        StringBuilder md = new StringBuilder();
        md.append("# National volume: the suite beside the raw database\n\n");
        md.append("Written by `bench/volume.sh measure` on ")
                .append(ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx")))
                .append(", after `bench/volume.sh load`; how to read it, and what was changed to meet the goals, is in ")
                .append("[volume-notes.md](volume-notes.md).\n\n");
        md.append(machine).append('\n');
        md.append("Each measurement: ").append(requests).append(" requests (fewer only where the time budget ran out: the count is shown) ")
                .append("from ").append(clients).append(" clients in a closed loop through the gateway with a real token, then the peer ")
                .append("with as many pgbench clients. ").append(rounds).append(" rounds; the median round is the figure, every round is shown ")
                .append("as p50 / p99 in ms and requests per second.\n\n");
        md.append("| # | scenario | goal | API: median p99, throughput | peer (pgbench, same SQL): median p99, throughput | verdict | API rounds | peer rounds |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.goal()).append(" | ").append(row.name()).append(" | ").append(row.target().text()).append(" | ")
                    .append(summary(row, row.api())).append(" | ").append(row.peer().isEmpty() ? "–" : summary(row, row.peer())).append(" | ")
                    .append(row.verdict()).append(" | ").append(rounds(row.api())).append(" | ").append(rounds(row.peer())).append(" |\n");
        }
        return md.toString();
    }

    private static String summary(Row row, List<Latencies> of) {
        return String.format(Locale.ROOT, "%.1f ms, %.0f/s", row.median(of, Latencies::p99), row.median(of, Latencies::throughput));
    }

    private static String rounds(List<Latencies> of) {
        return String.join(" · ", of.stream().map(l -> String.format(Locale.ROOT, "%.1f / %.1f, %.0f/s%s", l.p50(), l.p99(), l.throughput(),
                l.count() < 1000 ? " (" + l.count() + ")" : "")).toList());
    }

}
