package vn.doingoai.harness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.LockSupport;

/**
 * The fault suite: against the suite the run command started, each part is made to fail under
 * steady load — a service killed and started again, a service frozen (SIGSTOP) and resumed, every
 * database connection dropped, PostgreSQL restarted, Keycloak stopped — and every answer is judged:
 * a call the failed part was not needed for must succeed; one it was needed for may fail only as a
 * 502, 503 or 504 problem within the gateway's timeout; no write is lost or applied twice (each is sent
 * again with its Idempotency-Key and read back). Prints requests, failures by status and the time
 * to recover; exit code 0 only when nothing failed. {@code harness/faults.sh [--gateway URL]}.
 */
public final class Faults {

    /** The gateway's response timeout (10 s) and the slack of a loaded two-core machine. */
    static final long WITHIN_MILLIS = 12_000;
    static final Duration PACE = Duration.ofMillis(250);
    static final int CLIENTS = 4;

    private final Suite suite;
    private final Processes parts;
    private final PrintStream out;
    private final List<String> failures = new ArrayList<>();
    private final List<String> table = new ArrayList<>();

    private Faults(Suite suite, Processes parts, PrintStream out) {
        this.suite = suite;
        this.parts = parts;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        String gateway = "http://localhost:8080";
        Path root = Path.of("").toAbsolutePath();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gateway" -> gateway = args[++i];
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                default -> {
                    System.err.println("usage: harness/faults.sh [--gateway http://localhost:8080]");
                    System.exit(2);
                }
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Suite suite = new Suite(root, gateway, Long.MAX_VALUE, 13L);
        Path runDir = Path.of(System.getenv().getOrDefault("DOINGOAI_RUN_DIR", root.resolve(".run").toString()));
        Faults faults = new Faults(suite, new Processes(root, runDir), out);
        int failed = faults.run();
        System.exit(failed == 0 ? 0 : 1);
    }

    private int run() throws Exception {
        long began = System.currentTimeMillis();
        out.println("faults: run " + suite.run + ", " + CLIENTS + " clients, one call each every " + PACE.toMillis() + " ms");
        scenario("agreement-service killed, then started again", Set.of("agreement"), load -> {
            parts.signal("agreement-service", "KILL");
            hold(Duration.ofSeconds(4));
            return parts.restart("agreement-service");
        }, Load.Call.AGREEMENTS);
        scenario("agreement-service frozen (SIGSTOP) 14 s, then resumed", Set.of("agreement"), load -> {
            parts.signal("agreement-service", "STOP");
            hold(Duration.ofSeconds(14));
            parts.signal("agreement-service", "CONT");
            return 0;
        }, Load.Call.AGREEMENTS);
        scenario("every database connection dropped", Set.of(), load -> {
            out.println("  dropped " + parts.dropDatabaseConnections() + " connections");
            hold(Duration.ofSeconds(3));
            return 0;
        }, Load.Call.AGREEMENTS);
        scenario("PostgreSQL restarted", Set.of("agreement", "delegation", "reporting"), load -> parts.restart("postgres"),
                Load.Call.DELEGATIONS);
        scenario("Keycloak frozen (SIGSTOP) 8 s, then resumed", Set.of(), load -> {
            parts.signal("keycloak", "STOP");
            try {
                // A token signed with a key nobody issued makes the gateway ask Keycloak for its keys again.
                String unknownKey = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImZhdWx0cy11bmtub3duIn0.eyJzdWIiOiJ4In0.c2ln";
                Http.Res r = suite.http.sendOnce(new Http.Req("GET", suite.gateway + "/api/v1/agreements").bearer(unknownKey)
                        .timeout(Duration.ofSeconds(20)));
                if (r.status() != 401 || r.millis() > 5000) {
                    failures.add("Keycloak frozen · a token with an unknown key: " + r.status() + " after " + r.millis()
                            + " ms (401 within 5 s expected)");
                }
                hold(Duration.ofSeconds(8));
            } finally {
                parts.signal("keycloak", "CONT");
            }
            return 0;
        }, Load.Call.PROGRAMMES);
        scenario("Keycloak stopped, then started again", Set.of(), load -> {
            parts.signal("keycloak", "TERM");
            hold(Duration.ofSeconds(6));
            return parts.restart("keycloak");
        }, Load.Call.PROGRAMMES);

        out.println();
        out.println("== Figures");
        out.println(String.format("  %-52s %8s %-34s %10s %9s", "scenario", "requests", "answers by status", "recovered", "failures"));
        table.forEach(out::println);
        Path report = suite.root.resolve("harness/target/faults-failures.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, failures, StandardCharsets.UTF_8);
        out.println(String.format("faults: %d requests in %.0f s", suite.http.requests.get(),
                (System.currentTimeMillis() - began) / 1000.0));
        if (!failures.isEmpty()) {
            out.println();
            out.println("== Failures (" + failures.size() + ")");
            failures.stream().limit(60).forEach(f -> out.println("  " + f));
            out.println("faults: FAILED; every failure in " + suite.root.relativize(report));
            return failures.size();
        }
        out.println("faults: passed");
        return 0;
    }

    private interface Fault {
        /** Makes the part fail and lifts the fault; answers how long bringing it back took (ms), 0 if nothing to bring back. */
        long inflict(Load load) throws Exception;
    }

    /**
     * Runs one fault under load: 3 s of load before, the fault, then load until a call of the failed
     * part is answered again (at most 60 s) and 2 s more; judges every answer and every write.
     */
    private void scenario(String name, Set<String> failedParts, Fault fault, Load.Call probe) throws Exception {
        out.println("» " + name);
        String token = suite.tokens.access("th.officer");
        Load load = new Load(suite, token, Integer.toString(table.size() + 1), CLIENTS, PACE);
        load.start();
        hold(Duration.ofSeconds(3));
        long restartMillis = fault.inflict(load);
        long lifted = System.currentTimeMillis();
        long recovered = -1;
        while (System.currentTimeMillis() - lifted < 60_000) {
            if (load.send(probe).ok()) {
                recovered = System.currentTimeMillis() - lifted;
                break;
            }
            hold(Duration.ofMillis(100));
        }
        hold(Duration.ofSeconds(2));
        List<Load.Outcome> outcomes = load.stop();

        Map<Integer, Integer> byStatus = new TreeMap<>();
        int before = failures.size();
        for (Load.Outcome o : outcomes) {
            byStatus.merge(o.res().status(), 1, Integer::sum);
            String verdict = judge(o, failedParts);
            if (verdict != null) {
                failures.add(name + " · " + o.call() + " at " + o.at() + " ms: " + verdict);
            }
        }
        int writes = checkWrites(name, load, outcomes);
        if (recovered < 0) {
            failures.add(name + ": " + probe + " was not answered again within 60 s of the fault's end");
        }
        String recovery = recovered < 0 ? "no" : String.format("%.1f s", (restartMillis + recovered) / 1000.0);
        table.add(String.format("  %-52s %8d %-34s %10s %9d", name, outcomes.size(), byStatus.toString(), recovery,
                failures.size() - before));
        out.println(String.format("  %d answers %s, %d writes read back, recovered in %s%s", outcomes.size(), byStatus,
                writes, recovery, restartMillis > 0 ? " (of which " + restartMillis / 1000 + " s to start it again)" : ""));
    }

    /** Null when the answer is what the suite promises while these parts fail; otherwise what is wrong. */
    static String judge(Load.Outcome o, Set<String> failedParts) {
        Http.Res r = o.res();
        boolean needed = failedParts.contains(o.call().part);
        if (o.ok()) {
            return null;
        }
        if (r.status() == 0) {
            return "no answer (" + r.error() + ") after " + r.millis() + " ms";
        }
        if (!o.problem()) {
            return r.status() + " not problem+json: " + r.excerpt();
        }
        if (!needed) {
            return r.status() + " " + o.code() + " though its part was up";
        }
        if (r.status() != 502 && r.status() != 503 && r.status() != 504) {
            // 502: the connection broke under a call in flight (the service was killed); 503: down; 504: silent.
            return r.status() + " " + o.code() + " (only 502, 503 or 504 may answer while its part fails)";
        }
        if (r.millis() > WITHIN_MILLIS) {
            return r.status() + " after " + r.millis() + " ms (more than " + WITHIN_MILLIS + ")";
        }
        return null;
    }

    /** Every write sent again with its key: 2xx, and its partner then exists exactly once. */
    private int checkWrites(String name, Load load, List<Load.Outcome> outcomes) {
        int checked = 0;
        for (Load.Outcome o : outcomes) {
            if (o.call() != Load.Call.NEW_PARTNER) {
                continue;
            }
            Http.Res again = load.resend(o);
            if (again.status() != 201 && again.status() != 200) {
                failures.add(name + " · the write of " + o.name() + " sent again: " + again.status() + " " + again.excerpt());
                continue;
            }
            int found = load.partnersNamed(o.name());
            if (found != 1) {
                failures.add(name + " · " + o.name() + " (first answer " + o.res().status() + "): " + found
                        + " partners after sending it again");
            }
            checked++;
        }
        return checked;
    }

    static void hold(Duration d) {
        // The fault's duration, not a wait for a condition.
        LockSupport.parkNanos(d.toNanos());
    }

    /** The processes of the run command, by the pid files it keeps. */
    static final class Processes {
        private final Path root;
        private final Path runDir;

        Processes(Path root, Path runDir) {
            this.root = root;
            this.runDir = runDir;
        }

        /** Signals a component's whole process group (the run command starts each in a session of its own). */
        void signal(String component, String signal) throws IOException, InterruptedException {
            String pid = Files.readString(runDir.resolve("pids/" + component + ".pid")).strip();
            exec(List.of("kill", "-" + signal, "--", "-" + pid));
        }

        /** {@code deploy/run.sh restart}: answers how long it took until the component was ready. */
        long restart(String component) throws IOException, InterruptedException {
            long t = System.currentTimeMillis();
            exec(List.of(root.resolve("deploy/run.sh").toString(), "restart", component));
            return System.currentTimeMillis() - t;
        }

        /** Terminates every backend of the three databases, as a failover or restart would. */
        int dropDatabaseConnections() throws Exception {
            int dropped = 0;
            for (String db : List.of("agreement", "delegation", "reporting")) {
                String url = System.getenv().getOrDefault("DOINGOAI_DB_URL", "jdbc:postgresql://127.0.0.1:15432") + "/" + db;
                String user = System.getenv().getOrDefault("DOINGOAI_" + db.toUpperCase() + "_DB_USER", db);
                String password = System.getenv().getOrDefault("DOINGOAI_" + db.toUpperCase() + "_DB_PASSWORD", db);
                try (var c = java.sql.DriverManager.getConnection(url, user, password);
                        var r = c.createStatement().executeQuery("select count(*) filter (where pg_terminate_backend(pid)) "
                                + "from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
                    r.next();
                    dropped += r.getInt(1);
                }
            }
            return dropped;
        }

        private void exec(List<String> command) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        }
    }
}
