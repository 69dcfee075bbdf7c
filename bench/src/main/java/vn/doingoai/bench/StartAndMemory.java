package vn.doingoai.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * P6: each service's time to ready (Quarkus' own "started in", from its last start in its log) and
 * its resident memory after the run, beside the trivial Quarkus application (bench/trivial) started
 * the same way and given a thousand requests.
 */
final class StartAndMemory {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final List<String> COMPONENTS = List.of("agreement-service", "delegation-service", "reporting-service", "gateway");
    private static final Path TRIVIAL = Path.of("bench/trivial/target/quarkus-app/quarkus-run.jar");

    private final Suite suite;

    StartAndMemory(Suite suite) {
        this.suite = suite;
    }

    List<Report.Row> measure() throws Exception {
        double[] trivial = trivial();
        List<Report.Row> rows = new ArrayList<>();
        for (String component : COMPONENTS) {
            double started = startedIn(Suite.RUN.resolve("logs").resolve(component + ".log"));
            double rss = Suite.rssMiB(Suite.pid(component));
            boolean met = started <= 1.5 * trivial[0] && rss <= 300;
            rows.add(new Report.Row("P6", component + ": time to ready, RSS after the run", "≤ 1.5× the trivial app's time; ≤ 300 MB RSS",
                    String.format(Locale.ROOT, "%.2f s (%.1f× the trivial app), %.0f MiB", started, started / trivial[0], rss),
                    String.format(Locale.ROOT, "trivial Quarkus app: %.2f s, %.0f MiB", trivial[0], trivial[1]), met, 0, "one start", "one start"));
        }
        return rows;
    }

    /** Starts the trivial application with deploy/run.sh's JVM options, calls it a thousand times, stops it. */
    private double[] trivial() throws Exception {
        if (!Files.exists(TRIVIAL)) {
            throw new IllegalStateException(TRIVIAL + " is missing; build it with ./mvnw -pl bench/trivial package");
        }
        Path log = Files.createTempFile("trivial-quarkus", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms64m", "-Xmx512m",
                "-XX:+ExitOnOutOfMemoryError", "-jar", TRIVIAL.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI hello = URI.create("http://127.0.0.1:18099/hello");
            HttpRequest request = HttpRequest.newBuilder(hello).build();
            Awaitility.await("the trivial app answering").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .ignoreExceptionsInstanceOf(IOException.class).failFast("the trivial app exited", () -> !process.isAlive())
                    .until(() -> suite.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
            suite.http.run(4, 1000, Duration.ofSeconds(30), 200, i -> HttpRequest.newBuilder(hello).build());
            return new double[] {startedIn(log), Suite.rssMiB(process.pid())};
        } finally {
            process.destroy();
            process.waitFor();
            Files.deleteIfExists(log);
        }
    }

    private static double startedIn(Path log) throws IOException {
        Matcher last = null;
        for (String line : Files.readAllLines(log)) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                last = m;
            }
        }
        if (last == null) {
            throw new IllegalStateException("no \"started in\" in " + log);
        }
        return Double.parseDouble(last.group(1));
    }
}
