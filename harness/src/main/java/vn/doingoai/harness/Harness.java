package vn.doingoai.harness;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The harness: against a running suite, from the committed OpenAPI documents and the gateway's
 * route table. {@code harness/run.sh [--gateway URL] [--budget-seconds N] [--gateway-sample N]}.
 * Exit code 0 only when no check failed.
 */
public final class Harness {

    public static void main(String[] args) throws Exception {
        String gateway = "http://localhost:8080";
        int budget = 240;
        int sample = 400;
        long seed = 20_26L;
        Path root = Path.of("").toAbsolutePath();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gateway" -> gateway = args[++i];
                case "--budget-seconds" -> budget = Integer.parseInt(args[++i]);
                case "--gateway-sample" -> sample = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--root" -> root = Path.of(args[++i]).toAbsolutePath();
                case "-h", "--help" -> {
                    System.out.println("harness/run.sh [--gateway http://localhost:8080] [--budget-seconds 240]"
                            + " [--gateway-sample 400] [--seed N]");
                    return;
                }
                default -> {
                    System.err.println("unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        while (!Files.exists(root.resolve("gateway/openapi.yaml")) && root.getParent() != null) {
            root = root.getParent();
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long started = System.currentTimeMillis();
        Suite suite = new Suite(root, gateway, started + budget * 1000L, seed);
        suite.http.onRefused(() -> waitReady(suite, out));
        if (!waitReady(suite, out)) {
            out.println("harness: the suite at " + suite.gateway + " is not ready (GET /q/health/ready)");
            System.exit(2);
        }
        out.println("harness: " + suite.serviceOperations().size() + " operations in the services' documents, "
                + suite.gatewayModel.operations.size() + " in the gateway's; " + suite.routes.routes().size()
                + " routes; run " + suite.run + ", budget " + budget + " s");

        phase(out, "Keycloak clients of the harness", () -> suite.tokens.ensureHarnessClients());
        suite.figures.notes.addAll(suite.tokens.notes);
        TokenAttacks tokens = new TokenAttacks(suite);
        tokens.prepare();

        phase(out, "Contract: every operation of the gateway's document is a service's", () -> {
            for (OpenApiModel.Operation g : suite.gatewayModel.operations) {
                boolean found = suite.models.values().stream().anyMatch(m -> m.find(g.method(), g.path()) != null);
                suite.figures.check("contract: gateway operations served", found, "operation in no service document",
                        "contract", g.method(), g.path(), g.operationId(), null);
            }
        });

        Fixtures fx = new Fixtures(suite);
        phase(out, "Set-up: the harness's records (through the gateway)", () -> {
            List<String> problems = fx.setUp();
            problems.forEach(p -> suite.figures.notes.add("set-up: " + p));
            out.println("  holds " + fx.base.ids);
        });

        AccessMatrix matrix = new AccessMatrix(suite, fx);
        phase(out, "Access matrix", matrix::run);

        Framing framing = new Framing(suite, fx);
        phase(out, "HTTP edges: 405/Allow, media type vs token, raw framing, CORS", framing::run);
        phase(out, "Per-address limit for calls without a valid token", framing::rate);
        phase(out, "Idempotency-Key", () -> new Idempotency(suite, fx).run());
        phase(out, "Concurrency", () -> new Concurrency(suite, fx).run());

        Fuzzer fuzzer = new Fuzzer(suite, fx, matrix.fuzzCallers);
        List<OpenApiModel.Operation> ops = new ArrayList<>(suite.serviceOperations());
        List<OpenApiModel.Operation> deletes = ops.stream().filter(o -> o.method().equals("DELETE")).toList();
        ops.removeAll(deletes);
        List<OpenApiModel.Operation> gops = new ArrayList<>();
        for (OpenApiModel.Operation g : suite.gatewayModel.operations) {
            suite.models.values().stream().map(m -> m.find(g.method(), g.path())).filter(o -> o != null)
                    .findFirst().ifPresent(gops::add);
        }
        List<OpenApiModel.Operation> gdeletes = gops.stream().filter(o -> o.method().equals("DELETE")).toList();
        gops.removeAll(gdeletes);
        int gsample = sample;
        phase(out, "Bad inputs, directly at each service", () -> fuzzer.direct(ops, 6, Fuzzer.LATER_PHASES_MILLIS));
        phase(out, "Bad inputs, a sample through the gateway",
                () -> fuzzer.gateway(gops, gsample, 3, Fuzzer.LATER_PHASES_MILLIS / 3));
        phase(out, "Bad inputs of DELETEs (last: they may remove the harness's records)", () -> {
            fuzzer.direct(deletes, 4, Fuzzer.GATEWAY_DELETES_MILLIS);
            fuzzer.gateway(gdeletes, Math.max(gdeletes.size() * 2, 1), 2, 0);
        });
        phase(out, "Token attacks (gateway and each service)", tokens::run);

        long wall = System.currentTimeMillis() - started;
        Figures f = suite.figures;
        f.print(out, wall, suite.http.requests.get());
        out.println("(409/412 (info): a bad input refused for the record's state or a stale If-Match instead of"
                + " 400; not a failure, but on the harness's own records it means validation let it through)");
        out.println("Bad inputs generated but not sent, their operation's share of the time budget spent: "
                + fuzzer.sampledOut.get() + " (every operation is visited; the kinds take turns)");
        if (fuzzer.skippedForTime.get() > 0) {
            out.println("WARNING: " + fuzzer.skippedForTime.get() + " operations were not fuzzed: the time budget ran out");
        }
        if (!f.notes.isEmpty()) {
            out.println();
            out.println("== Notes");
            synchronized (f.notes) {
                f.notes.stream().distinct().forEach(n -> out.println("  " + n));
            }
        }
        Path report = root.resolve("harness/target/harness-failures.tsv");
        f.writeAll(report);
        if (f.failureCount() > 0) {
            out.println();
            out.println("== Failures (" + f.failureCount() + ") by kind of defect");
            f.summary().forEach(out::println);
            out.println();
            out.println("== Failures grouped by operation; every one of them in " + root.relativize(report));
            f.groupedFailures().forEach(out::println);
            out.println();
            out.println("harness: FAILED, " + f.failureCount() + " failures");
            System.exit(1);
        }
        out.println("harness: passed");
        System.exit(0);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void phase(PrintStream out, String name, Step step) {
        long t = System.currentTimeMillis();
        out.println("» " + name);
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            out.println("  failed to run: " + e);
            e.printStackTrace(out);
        }
        out.println(String.format("  (%.1f s)", (System.currentTimeMillis() - t) / 1000.0));
    }

    /** Waits (up to two minutes) until the gateway says the suite is ready. */
    static boolean waitReady(Suite suite, PrintStream out) {
        boolean[] said = { false };
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120))
                    .pollInterval(java.time.Duration.ofSeconds(1)).until(() -> {
                        Http.Res r = suite.http.sendOnce(new Http.Req("GET", suite.gateway + "/q/health/ready"));
                        if (r.status() != 200 && !said[0]) {
                            out.println("  (waiting for the suite to be ready: " + (r.status() == 0 ? r.error() : r.status()) + ")");
                            said[0] = true;
                        }
                        return r.status() == 200;
                    });
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return false;
        }
    }
}
