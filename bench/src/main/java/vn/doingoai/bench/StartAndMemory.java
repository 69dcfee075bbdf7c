package vn.doingoai.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * P6: each component's resident memory after the run, then its time to ready (Quarkus' own "started
 * in") over three starts of it alone on the idle machine ({@code deploy/run.sh restart}), beside the
 * trivial Quarkus application (bench/trivial) started the same way — the run command's JVM options,
 * from its folder with its class-data archive — three times, and given a thousand requests.
 */
final class StartAndMemory {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final List<String> COMPONENTS = List.of("agreement-service", "delegation-service", "reporting-service", "gateway");
    private static final Path TRIVIAL = Path.of("bench/trivial/target/quarkus-app");
    private static final int STARTS = 3;

    private final Suite suite;

    StartAndMemory(Suite suite) {
        this.suite = suite;
    }

    List<Report.Row> measure() throws Exception {
        Map<String, Double> rss = new LinkedHashMap<>();
        for (String component : COMPONENTS) {
            rss.put(component, Suite.rssMiB(Suite.pid(component)));
        }
        double[] trivialStarts = new double[STARTS];
        double trivialRss = 0;
        for (int r = 0; r < STARTS; r++) {
            double[] one = trivial();
            trivialStarts[r] = one[0];
            trivialRss = one[1];
        }
        double trivialStart = Report.median(trivialStarts);
        List<Report.Row> rows = new ArrayList<>();
        for (String component : COMPONENTS) {
            double[] starts = new double[STARTS];
            for (int r = 0; r < STARTS; r++) {
                starts[r] = restart(component);
            }
            double started = Report.median(starts);
            boolean met = started <= 1.5 * trivialStart && rss.get(component) <= 300;
            rows.add(new Report.Row("P6", component + ": time to ready (alone), RSS after the run", "≤ 1.5× the trivial app's time; ≤ 300 MB RSS",
                    String.format(Locale.ROOT, "%.2f s (%.1f× the trivial app), %.0f MiB", started, started / trivialStart, rss.get(component)),
                    String.format(Locale.ROOT, "trivial Quarkus app: %.2f s, %.0f MiB", trivialStart, trivialRss), met, 0, seconds(starts),
                    seconds(trivialStarts)));
        }
        return rows;
    }

    private static String seconds(double[] starts) {
        return String.join(" · ", Arrays.stream(starts).mapToObj(s -> String.format(Locale.ROOT, "%.2f s", s)).toList());
    }

    /** Restarts one component of the suite with the run command and reads how long its start took. */
    private static double restart(String component) throws Exception {
        Process process = new ProcessBuilder("deploy/run.sh", "restart", component).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("deploy/run.sh restart " + component + " failed");
        }
        return startedIn(Suite.RUN.resolve("logs").resolve(component + ".log"));
    }

    /** Starts the trivial application as deploy/run.sh starts a service, calls it a thousand times, stops it. */
    private double[] trivial() throws Exception {
        if (!Files.exists(TRIVIAL.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(TRIVIAL + " is missing; build it with ./mvnw -pl bench/trivial package");
        }
        Path log = Files.createTempFile("trivial-quarkus", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of("deploy/java-app.sh").toAbsolutePath().toString()));
        if (Files.exists(TRIVIAL.resolve("app-cds.jsa"))) {
            command.addAll(List.of("-XX:SharedArchiveFile=app-cds.jsa", "-Xshare:auto"));
        }
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder builder = new ProcessBuilder(command);
        Process process = builder.directory(TRIVIAL.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
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
