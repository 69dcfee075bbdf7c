package vn.doingoai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The peer of an API call: pgbench running the same SQL against the same database, with prepared
 * statements, the same number of clients, and a log of every transaction's latency.
 */
public final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final String pgbench;
    private final String host;
    private final int port;

    public PgBench(String pgbench, String host, int port) {
        this.pgbench = pgbench;
        this.host = host;
        this.port = port;
    }

    /** Runs {@code script} {@code transactions} times in total over {@code clients} connections. */
    public Latencies run(String database, String script, int clients, int transactions) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("doingoai-pgbench");
        Path file = dir.resolve("script.sql");
        Files.writeString(file, script);
        List<String> command = List.of(pgbench, "-n", "-M", "prepared", "-h", host, "-p", String.valueOf(port), "-U", "postgres",
                "-c", String.valueOf(clients), "-j", String.valueOf(Math.min(clients, 2)), "-t",
                String.valueOf(Math.max(1, transactions / clients)), "-f", file.toString(), "-l", "--log-prefix", dir.resolve("log").toString(),
                database);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed: " + output);
        }
        List<Long> nanos = new ArrayList<>();
        try (Stream<Path> logs = Files.list(dir)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("log")).toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] fields = line.split(" ");
                    nanos.add(Long.parseLong(fields[2]) * 1000);
                }
            }
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench's output: " + output);
        }
        int failures = output.contains("number of failed transactions: 0") || !output.contains("failed") ? 0 : 1;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
        long[] all = nanos.stream().mapToLong(Long::longValue).toArray();
        return new Latencies(all, all.length / Double.parseDouble(tps.group(1)), failures, failures > 0 ? output : null);
    }
}
