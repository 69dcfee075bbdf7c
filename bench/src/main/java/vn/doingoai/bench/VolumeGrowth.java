package vn.doingoai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench/volume.sh growth}: loads each size in turn and measures P3, P4 and P7 there, so that a
 * reader sees what grows with the data and what does not (docs/benchmarks/volume-growth.md).
 * <p>
 * Options: {@code --sizes 100000,3000000,1000000} (loaded in that order, so the last one stays
 * loaded; the page lists them smallest first), {@code --out FILE}, and measure's options (rounds,
 * requests, clients, budget, deep page, warm-up, export rounds).
 */
public final class VolumeGrowth {

    private static final List<String> GOALS = List.of("P3", "P4", "P7");

    private VolumeGrowth() {
    }

    public static void main(String[] args) throws Exception {
        List<String> list = Arrays.asList(args);
        List<Long> order = Arrays.stream(option(list, "--sizes", "100000,3000000,1000000").split(","))
                .map(n -> Long.parseLong(n.replace("_", ""))).toList();
        Path out = Path.of(option(list, "--out", "docs/benchmarks/volume-growth.md"));
        Map<String, Map<Long, Report.Row>> scenarios = new LinkedHashMap<>();
        Map<Long, String> loaded = new LinkedHashMap<>();
        for (long size : order) {
            System.out.printf("== %,d delegations%n", size);
            VolumeLoad.main(new String[] {"--delegations", String.valueOf(size)});
            VolumeMeasure measure = VolumeMeasure.of(list);
            int exportRounds = Integer.parseInt(option(list, "--export-rounds", "1"));
            loaded.put(size, Machine.loaded());
            for (Report.Row row : measure.measure(GOALS, exportRounds)) {
                // A deep page's number depends on the size; the scenario is the same.
                String key = row.goal() + " " + row.name().replaceFirst(", page (?!1$)\\d+$", ", deep page");
                scenarios.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(size, row);
            }
            // Written after every size, so a long run stopped early keeps what it measured.
            write(out, loaded, scenarios, measure);
        }
        if (scenarios.values().stream().flatMap(m -> m.values().stream()).anyMatch(r -> r.failures() > 0)) {
            System.err.println("some requests failed; see the table");
            System.exit(1);
        }
    }

    private static void write(Path out, Map<Long, String> loaded, Map<String, Map<Long, Report.Row>> scenarios,
            VolumeMeasure measure) throws Exception {
        List<Long> sizes = loaded.keySet().stream().sorted().toList();
        String how = String.format("Each size was loaded with `bench/volume.sh load --delegations N` (the other tables in proportion, "
                + "docs/benchmarks/volume-notes.md), in the order %s, then P3, P4 and P7 were measured as for volume.md: "
                + "%d round(s) of %d requests from %d clients through the gateway after %d s of warm-up each, the median round shown "
                + "(p99 and requests a second; exports in rows a second and RSS growth). A deep page is page 1 000 or the last there is. "
                + "Run it on a suite that has served a while (after `measure`, say): a service just started is still compiling, and "
                + "the first size would pay for it.",
                String.join(", ", loaded.keySet().stream().map(String::valueOf).toList()), measure.rounds(), measure.requests(), measure.clients(),
                measure.warmupSeconds());
        Files.writeString(out, Report.growth(sizes, loaded, scenarios, how, Machine.describe().replaceAll("(?m)^\\| loaded .*\\n", "")));
        System.out.println("written " + out);
    }

    private static String option(List<String> args, String name, String otherwise) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : otherwise;
    }
}
