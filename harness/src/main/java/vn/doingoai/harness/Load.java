package vn.doingoai.harness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Steady traffic through the gateway while a part of the suite fails: a few clients, each sending
 * the next call of a fixed mix at a fixed pace (well under the gateway's per-caller limits), every
 * answer recorded with its time. Writes create partners, each with an Idempotency-Key of its own, so
 * that afterwards each can be sent again and read back once.
 */
final class Load {

    /** What a call needs: the part of the suite that answers it, and whether it reads figures of others. */
    enum Call {
        AGREEMENTS("agreement", "GET", "/api/v1/agreements?limit=5"),
        DELEGATIONS("delegation", "GET", "/api/v1/delegations?limit=5"),
        PROGRAMMES("reporting", "GET", "/api/v1/programmes?limit=5"),
        STATISTICS("reporting", "GET", "/api/v1/statistics/annual?year=2025"),
        NEW_PARTNER("agreement", "POST", "/api/v1/partners");

        final String part;
        final String method;
        final String path;

        Call(String part, String method, String path) {
            this.part = part;
            this.method = method;
            this.path = path;
        }
    }

    /** One answer: when it was sent (ms since the load began), what it was and how long it took. */
    record Outcome(Call call, long at, Http.Res res, String key, String name) {
        boolean ok() {
            return res.status() >= 200 && res.status() < 300;
        }

        String code() {
            try {
                return res.json().path("code").asText("");
            } catch (RuntimeException e) {
                return "";
            }
        }

        boolean problem() {
            String type = res.header("content-type");
            return type != null && type.startsWith("application/problem+json");
        }
    }

    private static final Call[] MIX = { Call.AGREEMENTS, Call.DELEGATIONS, Call.PROGRAMMES, Call.STATISTICS,
            Call.NEW_PARTNER, Call.AGREEMENTS, Call.DELEGATIONS, Call.PROGRAMMES };

    private final Suite suite;
    private final String token;
    private final String label;
    private final int clients;
    private final Duration pace;
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong sequence = new AtomicLong();
    private ExecutorService pool;
    private long began;

    Load(Suite suite, String token, String label, int clients, Duration pace) {
        this.suite = suite;
        this.token = token;
        this.label = label;
        this.clients = clients;
        this.pace = pace;
    }

    void start() {
        began = System.currentTimeMillis();
        running.set(true);
        pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c;
            pool.submit(() -> {
                long next = System.nanoTime();
                for (int i = offset; running.get(); i++) {
                    outcomes.add(send(MIX[i % MIX.length]));
                    // A fixed pace, not a wait for a condition: the load is the same whatever the suite does.
                    next += pace.toNanos();
                    LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
                }
            });
        }
    }

    /** Stops sending and waits for the answers of the calls in flight (bounded by their timeout). */
    List<Outcome> stop() throws InterruptedException {
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(40, TimeUnit.SECONDS);
        synchronized (outcomes) {
            return new ArrayList<>(outcomes);
        }
    }

    long began() {
        return began;
    }

    Outcome send(Call call) {
        long at = System.currentTimeMillis() - began;
        Http.Req req = new Http.Req(call.method, suite.gateway + call.path).bearer(token).timeout(Duration.ofSeconds(30));
        String key = null;
        String name = null;
        if (call == Call.NEW_PARTNER) {
            long n = sequence.incrementAndGet();
            String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            key = "faults-" + suite.run + "-" + label + "-" + n + "-" + unique;
            name = "Doi tac su co " + suite.run + " " + label + " " + n + " " + unique;
            req = partner(req, key, name);
        }
        return new Outcome(call, at, suite.http.sendOnce(req), key, name);
    }

    /** The same partner again, with the same key: applied once, whatever happened to the first try. */
    Http.Res resend(Outcome first) {
        return suite.http.sendOnce(partner(new Http.Req("POST", suite.gateway + Call.NEW_PARTNER.path).bearer(token)
                .timeout(Duration.ofSeconds(30)), first.key(), first.name()));
    }

    /** How many partners have this name (the read-back of a write). */
    int partnersNamed(String name) {
        // Searched by the name's last word, which no other partner has.
        String unique = name.substring(name.lastIndexOf(' ') + 1);
        Http.Res r = suite.http.sendOnce(new Http.Req("GET", suite.gateway + "/api/v1/partners?limit=50&q=" + unique)
                .bearer(token));
        if (r.status() != 200) {
            return -1;
        }
        int same = 0;
        for (var item : r.json().path("items")) {
            if (name.equals(item.path("nameVi").asText())) {
                same++;
            }
        }
        return same;
    }

    private static Http.Req partner(Http.Req req, String key, String name) {
        ObjectNode body = Http.JSON.createObjectNode().put("nameVi", name).put("kind", "PROVINCE_STATE").put("countryCode", "LA");
        return req.header("Idempotency-Key", key).json(body);
    }
}
