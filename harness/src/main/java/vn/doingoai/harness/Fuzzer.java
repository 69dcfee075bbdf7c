package vn.doingoai.harness;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the generated bad inputs of every operation and judges the answers: never 2xx or 5xx, every
 * 4xx problem+json with a code, the expected status, the field named, the enum's values listed, and
 * the record unchanged (its snapshot before and after each kind's batch).
 */
public final class Fuzzer {
    private static final String STALE = "\"harness-stale\"";

    private final Suite suite;
    private final Fixtures fx;
    private final BadInputs gen;
    private final Map<String, String> callers;
    public final AtomicInteger skippedForTime = new AtomicInteger();
    /** Bad inputs generated but not sent because their operation's share of the budget ran out. */
    public final AtomicInteger sampledOut = new AtomicInteger();
    /** Bad inputs of one kind sent in a turn before the next kind's turn. */
    private static final int TURN = 24;
    /** Time kept for what runs after the bad inputs (the token attacks wait for expiry). */
    private static final long RESERVE_MILLIS = 25_000;
    /** What the direct phase of the main operations leaves: the gateway's sample and the DELETEs always run. */
    public static final long LATER_PHASES_MILLIS = 120_000;
    /** What the DELETEs' direct phase leaves for their sample through the gateway. */
    public static final long GATEWAY_DELETES_MILLIS = 10_000;

    public Fuzzer(Suite suite, Fixtures fx, Map<String, String> callers) {
        this.suite = suite;
        this.fx = fx;
        this.gen = new BadInputs(fx.gen(fx.base));
        this.callers = callers;
    }

    private static final class Prepared {
        OpenApiModel.Operation op;
        String caller;
        Map<String, String> values;
        boolean owned;
        ObjectNode body;
        byte[] bodyBytes;
        Map<BadInputs.Kind, List<BadInputs.Bad>> byKind = new EnumMap<>(BadInputs.Kind.class);
    }

    private Prepared prepare(OpenApiModel.Operation op) {
        Prepared p = new Prepared();
        p.op = op;
        p.caller = callers.getOrDefault(op.operationId(), "th.officer");
        p.values = fx.resolvePath(op, fx.base, p.caller);
        if (p.values == null) {
            return null;
        }
        p.owned = fx.owned(fx.base, p.values);
        p.body = fx.body(op, fx.base);
        p.bodyBytes = p.body == null ? null : gen.write(p.body);
        List<BadInputs.Bad> all = new ArrayList<>();
        if (p.body != null) {
            all.addAll(gen.bodies(op, p.body));
        }
        all.addAll(gen.headers(op));
        all.addAll(gen.path(op, p.values::get));
        all.addAll(gen.query(op, name -> op.queryParams().stream().filter(q -> q.name().equals(name)).findFirst()
                .map(q -> URLEncoder.encode(fx.gen(fx.base).validText(q.schema(), name), StandardCharsets.UTF_8))
                .orElse("a")));
        for (BadInputs.Bad b : all) {
            if (b.onlyOwnRecords && !p.owned) {
                continue;
            }
            p.byKind.computeIfAbsent(b.kind, k -> new ArrayList<>()).add(b);
        }
        return p;
    }

    /** Every bad input of every operation, directly at its service, leaving {@code leaveMillis} of the budget. */
    public void direct(List<OpenApiModel.Operation> ops, int threads, long leaveMillis) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < ops.size(); i++) {
                OpenApiModel.Operation op = ops.get(i);
                // Within the operation's share the kinds take turns, so that each is sent when time is short.
                long deadline = shareEnd(ops.size() - i, leaveMillis);
                if (deadline < 0) {
                    continue;
                }
                Prepared p = prepare(op);
                if (p == null) {
                    suite.figures.notes.add("bad inputs: " + op.label() + " skipped, a path parameter could not be resolved");
                    continue;
                }
                Map<BadInputs.Kind, List<BadInputs.Bad>> left = new EnumMap<>(BadInputs.Kind.class);
                p.byKind.forEach((k, v) -> left.put(k, new ArrayList<>(v)));
                while (!left.isEmpty()) {
                    for (java.util.Iterator<Map.Entry<BadInputs.Kind, List<BadInputs.Bad>>> it = left.entrySet().iterator();
                            it.hasNext();) {
                        Map.Entry<BadInputs.Kind, List<BadInputs.Bad>> e = it.next();
                        List<BadInputs.Bad> rest = e.getValue();
                        if (System.currentTimeMillis() > deadline) {
                            sampledOut.addAndGet(rest.size());
                            it.remove();
                            continue;
                        }
                        List<BadInputs.Bad> turn = new ArrayList<>(rest.subList(0, Math.min(TURN, rest.size())));
                        rest.subList(0, turn.size()).clear();
                        batch(p, e.getKey(), turn, suite.directUrl(op), "direct", pool);
                        if (rest.isEmpty()) {
                            it.remove();
                        }
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * When the next operation's share of what is left of the budget ends, every operation left
     * getting as much, so that each is fuzzed in every run; -1 (and counted) when nothing is left.
     */
    private long shareEnd(int operationsLeft, long leaveMillis) {
        long available = suite.remainingMillis() - RESERVE_MILLIS - leaveMillis;
        if (available <= 0) {
            skippedForTime.incrementAndGet();
            return -1;
        }
        return System.currentTimeMillis() + available / operationsLeft;
    }

    /** A sample through the gateway: about {@code cap} bad inputs spread over the operations and kinds. */
    public void gateway(List<OpenApiModel.Operation> ops, int cap, int threads, long leaveMillis) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int perOp = Math.max(1, cap / Math.max(1, ops.size()));
            for (int i = 0; i < ops.size(); i++) {
                OpenApiModel.Operation op = ops.get(i);
                long deadline = shareEnd(ops.size() - i, leaveMillis);
                if (deadline < 0) {
                    continue;
                }
                Prepared p = prepare(op);
                if (p == null) {
                    continue;
                }
                List<BadInputs.Kind> kinds = new ArrayList<>(p.byKind.keySet());
                Collections.shuffle(kinds, suite.random);
                for (BadInputs.Kind k : kinds.subList(0, Math.min(perOp, kinds.size()))) {
                    if (System.currentTimeMillis() > deadline) {
                        sampledOut.incrementAndGet();
                        continue;
                    }
                    List<BadInputs.Bad> list = p.byKind.get(k);
                    BadInputs.Bad pick = list.get(suite.random.nextInt(list.size()));
                    batch(p, k, List.of(pick), suite.gateway, "gateway", pool);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void batch(Prepared p, BadInputs.Kind kind, List<BadInputs.Bad> bads, String baseUrl, String target,
                       ExecutorService pool) {
        OpenApiModel.Operation op = p.op;
        String token = suite.tokens.access(p.caller);
        boolean watch = !op.isRead();
        String before = watch ? fx.snapshot(op, fx.base, p.values, p.body, token) : null;
        String etag = op.takesIfMatch() ? (p.owned ? fx.etag(op, p.values, token) : STALE) : null;
        if (op.takesIfMatch() && etag == null) {
            etag = STALE;
        }
        AtomicInteger accepted = new AtomicInteger();
        if (op.takesIfMatch() && p.owned) {
            // One at a time on the harness's own record, with its current ETag: a bad input the
            // service wrongly accepts moves the version, and the next one must not fail for that.
            String current = etag;
            for (BadInputs.Bad b : bads) {
                Http.Res r = send(p, b, baseUrl, token, current);
                judge(p, b, r, target);
                if (r.ok()) {
                    accepted.incrementAndGet();
                    String fresh = fx.etag(op, p.values, token);
                    current = fresh != null ? fresh : current;
                }
            }
        } else {
            final String current = etag;
            List<Future<?>> futures = new ArrayList<>();
            for (BadInputs.Bad b : bads) {
                futures.add(pool.submit(() -> {
                    Http.Res r = send(p, b, baseUrl, token, current);
                    judge(p, b, r, target);
                    if (r.ok()) {
                        accepted.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (Exception e) {
                    suite.figures.notes.add("bad inputs: " + op.label() + ": " + e);
                }
            }
        }
        if (before != null) {
            String after = fx.snapshot(op, fx.base, p.values, p.body, token);
            // A change the accepted (2xx) inputs explain is theirs; one without any is a store
            // behind a refusal.
            if (!before.equals(after) && accepted.get() == 0) {
                suite.figures.badInputFailure(kind, Figures.Type.STORED, target, op.method(), op.path(),
                        "a batch of " + bads.size() + ", every one answered 4xx/5xx, changed the state (" + before
                                + " → " + after + ")", null);
            }
        }
    }

    private Http.Res send(Prepared p, BadInputs.Bad b, String baseUrl, String token, String etag) {
        OpenApiModel.Operation op = p.op;
        Map<String, String> values = new LinkedHashMap<>(p.values);
        values.putAll(b.path);
        String url = baseUrl + Fixtures.fill(op.path(), values) + fx.query(op, fx.base, p.body, b.query, b.dropQuery);
        byte[] body = b.noBody ? null : b.body != null ? b.body : p.bodyBytes;
        String ifMatch = switch (b.ifMatch) {
            case CURRENT -> etag;
            case NONE -> null;
            case WEAK_CURRENT -> etag == null ? null : "W/" + etag;
            case GARBAGE -> "not-an-etag";
        };
        if (b.raw) {
            return raw(op, url, token, ifMatch, body, b);
        }
        Http.Req req = new Http.Req(op.method(), url).bearer(token).header("If-Match", ifMatch);
        if (body != null) {
            req.body(body);
            if (!b.removeContentType) {
                req.header("Content-Type", b.contentType != null ? b.contentType : "application/json");
            }
        }
        b.headers.forEach(req::header);
        return suite.http.send(req);
    }

    /** The request on a fresh connection, written by hand: any header, any declared length. */
    private Http.Res raw(OpenApiModel.Operation op, String url, String token, String ifMatch, byte[] body,
                         BadInputs.Bad b) {
        URI u = URI.create(url);
        StringBuilder head = new StringBuilder();
        head.append(op.method()).append(' ').append(u.getRawPath()).append(u.getRawQuery() == null ? "" : "?" + u.getRawQuery())
                .append(" HTTP/1.1\r\nHost: ").append(u.getHost()).append(':').append(u.getPort())
                .append("\r\nAuthorization: Bearer ").append(token).append("\r\n");
        if (ifMatch != null) {
            head.append("If-Match: ").append(ifMatch).append("\r\n");
        }
        b.headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        byte[] payload = body == null ? new byte[0] : body;
        if (body != null || b.declaredLength > 0) {
            head.append("Content-Type: ").append(b.contentType != null ? b.contentType : "application/json").append("\r\n");
        }
        if (b.declaredLength > 0) {
            head.append("Content-Length: ").append(b.declaredLength).append("\r\n");
            payload = "{\"a\":\"".getBytes(StandardCharsets.US_ASCII);
        } else if (body != null) {
            head.append("Content-Length: ").append(payload.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(payload);
        String base = u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
        return suite.http.raw(base, out.toByteArray(), null, 8000, 200);
    }

    private void judge(Prepared p, BadInputs.Bad b, Http.Res r, String target) {
        Figures.KindStats k = suite.figures.kind(b.kind);
        (target.equals("direct") ? k.direct : k.gateway).incrementAndGet();
        OpenApiModel.Operation op = p.op;
        String input = b.label + (p.owned ? "" : " [shared record, stale If-Match]");
        Figures f = suite.figures;
        if (r.status() == 0) {
            f.badInputFailure(b.kind, Figures.Type.NO_ANSWER, target, op.method(), op.path(), input, r);
            return;
        }
        if (r.status() >= 500) {
            f.badInputFailure(b.kind, Figures.Type.SERVER_ERROR, target, op.method(), op.path(), input, r);
            return;
        }
        if (r.status() < 400) {
            f.badInputFailure(b.kind, Figures.Type.ACCEPTED, target, op.method(), op.path(), input, r);
            return;
        }
        if (!Verdicts.isProblem(r)) {
            f.badInputFailure(b.kind, Figures.Type.NOT_PROBLEM, target, op.method(), op.path(), input, r);
        }
        if (!b.expected.contains(r.status())) {
            boolean late = (r.status() == 409 || r.status() == 412) && b.expected.contains(400);
            f.badInputFailure(b.kind, late ? Figures.Type.LATE : Figures.Type.WRONG_STATUS, target, op.method(),
                    op.path(), input + " (expected " + b.expected + ")", r);
            return;
        }
        if (r.status() == 400 && b.field != null && !Verdicts.namesField(r, b.field)) {
            f.badInputFailure(b.kind, Figures.Type.FIELD, target, op.method(), op.path(),
                    input + " (expected errors[].field " + b.field + ")", r);
        }
        if (r.status() == 400 && b.enumValues != null && !Verdicts.listsValues(r, b.enumValues)) {
            f.badInputFailure(b.kind, Figures.Type.ENUM, target, op.method(), op.path(), input, r);
        }
    }
}
