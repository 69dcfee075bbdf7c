package vn.doingoai.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Races through the gateway, {@value #CLIENTS} clients at once: one Idempotency-Key for one create
 * (one record, identical answers); one If-Match for many updates (one winner, the others 412); one
 * transition many times (applied once, once in the history).
 */
public final class Concurrency {
    public static final String SECTION = "concurrency";
    static final int CLIENTS = 16;

    private final Suite suite;
    private final Fixtures fx;

    public Concurrency(Suite suite, Fixtures fx) {
        this.suite = suite;
        this.fx = fx;
    }

    public void run() {
        JsonNode c = fx.recipes.path("concurrency");
        sameKey(c.path("create"));
        sameIfMatch(c.path("update"));
        sameTransition(c.path("transition"));
    }

    private List<Http.Res> race(Callable<Http.Res> call) {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Res>> futures = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Http.Res> out = new ArrayList<>();
        for (Future<Http.Res> f : futures) {
            try {
                out.add(f.get());
            } catch (Exception e) {
                out.add(new Http.Res(0, Map.of(), new byte[0], e.toString(), 0, true));
            }
        }
        pool.shutdownNow();
        return out;
    }

    private static String statuses(List<Http.Res> rs) {
        Map<Integer, Integer> n = new LinkedHashMap<>();
        rs.forEach(r -> n.merge(r.status(), 1, Integer::sum));
        return n.toString();
    }

    private void sameKey(JsonNode recipe) {
        OpenApiModel.Operation op = fx.op(recipe.path("op").asText());
        if (op == null) {
            suite.figures.skip(SECTION, "no create operation for the same-key race");
            return;
        }
        String caller = recipe.path("as").asText("th.officer");
        String token = suite.tokens.access(caller);
        Fixtures.Ctx ctx = fx.base.copy();
        Map<String, String> values = fx.resolvePath(op, ctx, caller, true);
        ObjectNode body = fx.body(op, ctx);
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        String key = "harness-race-" + suite.run + "-" + op.operationId();
        Integer before = count(op, ctx, values, body, token);
        List<Http.Res> rs = race(() -> fx.send(op, suite.gateway, values, null, bytes, token, null, key));
        Set<String> ids = new LinkedHashSet<>();
        Set<String> answers = new LinkedHashSet<>();
        for (Http.Res r : rs) {
            JsonNode j = r.json();
            if (r.ok() && j != null && j.has("id")) {
                ids.add(j.get("id").asText());
            }
            answers.add(r.status() + " " + (j == null ? r.text() : j.toString()));
        }
        Integer after = count(op, ctx, values, body, token);
        String label = CLIENTS + "× " + op.operationId() + " with one Idempotency-Key: " + statuses(rs);
        suite.figures.notes.add("concurrency: " + label + ", " + ids.size() + " record(s)");
        suite.figures.check(SECTION, ids.size() == 1, ids.size() + " records made", "gateway", op.method(), op.path(),
                label + ", ids " + ids, rs.get(0));
        suite.figures.check(SECTION, answers.size() == 1, answers.size() + " different answers", "gateway", op.method(),
                op.path(), label, rs.stream().filter(r -> !r.ok()).findFirst().orElse(rs.get(0)));
        if (before != null && after != null) {
            suite.figures.check(SECTION, after - before == 1, (after - before) + " records added to the list", "gateway",
                    op.method(), op.path(), label + " (" + before + " → " + after + ")", null);
        }
    }

    private void sameIfMatch(JsonNode recipe) {
        OpenApiModel.Operation op = fx.op(recipe.path("op").asText());
        if (op == null || !op.takesIfMatch()) {
            suite.figures.skip(SECTION, "no update operation with If-Match for the race");
            return;
        }
        String caller = recipe.path("as").asText("th.officer");
        String token = suite.tokens.access(caller);
        // A record of its own: created with the operation that makes what the update changes.
        Fixtures.Ctx ctx = new Fixtures.Ctx();
        OpenApiModel.Operation create = createFor(op);
        if (create != null) {
            fx.step(Http.JSON.createObjectNode().put("op", create.operationId()).put("as", caller), ctx, null);
        }
        Map<String, String> values = fx.resolvePath(op, ctx, caller, true);
        if (values == null || !fx.owned(ctx, values)) {
            suite.figures.skip(SECTION, "no record of its own for the If-Match race");
            return;
        }
        String etag = fx.etag(op, values, token);
        ObjectNode body = fx.body(op, ctx);
        List<byte[]> bodies = new ArrayList<>();
        String textField = null;
        for (Map.Entry<String, Schema> e : op.body().properties().entrySet()) {
            Schema s = e.getValue();
            if (s.isString() && s.enumValues().isEmpty() && s.pattern() == null && !s.isUuid() && !s.isDate()) {
                textField = e.getKey();
                break;
            }
        }
        for (int i = 0; i < CLIENTS; i++) {
            ObjectNode b = body.deepCopy();
            if (textField != null) {
                b.put(textField, "HARNESS writer " + i);
            }
            bodies.add(b.toString().getBytes(StandardCharsets.UTF_8));
        }
        int[] next = { 0 };
        List<Http.Res> rs = race(() -> {
            byte[] mine;
            synchronized (next) {
                mine = bodies.get(next[0]++);
            }
            return fx.send(op, suite.gateway, values, null, mine, token, etag, null);
        });
        long winners = rs.stream().filter(Http.Res::ok).count();
        long stale = rs.stream().filter(r -> r.status() == 412).count();
        String label = CLIENTS + "× " + op.operationId() + " with If-Match " + etag + ": " + statuses(rs);
        suite.figures.notes.add("concurrency: " + label);
        suite.figures.check(SECTION, winners == 1 && stale == CLIENTS - 1, winners + " writers won, " + stale + " got 412",
                "gateway", op.method(), op.path(), label, rs.stream().filter(r -> r.status() != 412 && !r.ok()).findFirst()
                        .orElse(rs.get(0)));
    }

    /** The POST that creates the record a path names: the collection one segment up. */
    private OpenApiModel.Operation createFor(OpenApiModel.Operation op) {
        String[] parts = op.path().split("/");
        for (int n = parts.length - 1; n > 1; n--) {
            String prefix = String.join("/", java.util.Arrays.copyOf(parts, n));
            OpenApiModel.Operation post = suite.model(op).find("POST", prefix);
            if (post != null && !prefix.contains("{")) {
                return post;
            }
        }
        return null;
    }

    private void sameTransition(JsonNode recipe) {
        OpenApiModel.Operation op = fx.op(recipe.path("op").asText());
        OpenApiModel.Operation create = fx.op(recipe.path("create").asText());
        if (op == null || create == null) {
            suite.figures.skip(SECTION, "no transition for the race");
            return;
        }
        String caller = recipe.path("as").asText("th.officer");
        String token = suite.tokens.access(caller);
        Fixtures.Ctx ctx = fx.base.copy();
        Fixtures.StepResult made = fx.step(Http.JSON.createObjectNode().put("op", create.operationId()).put("as", caller),
                ctx, null);
        if (made.res() == null || !made.res().ok()) {
            suite.figures.skip(SECTION, "could not make a record for the transition race: "
                    + (made.res() == null ? "?" : made.res().status() + " " + made.res().excerpt()));
            return;
        }
        Map<String, String> values = fx.resolvePath(op, ctx, caller, true);
        String etag = op.takesIfMatch() ? fx.etag(op, values, token) : null;
        byte[] bytes = fx.body(op, ctx).toString().getBytes(StandardCharsets.UTF_8);
        Integer before = count(op, ctx, values, null, token);
        List<Http.Res> rs = race(() -> fx.send(op, suite.gateway, values, null, bytes, token, etag, null));
        long applied = rs.stream().filter(Http.Res::ok).count();
        Integer after = count(op, ctx, values, null, token);
        String label = CLIENTS + "× " + op.operationId() + " (same step, same If-Match): " + statuses(rs);
        suite.figures.notes.add("concurrency: " + label + ", history " + before + " → " + after);
        suite.figures.check(SECTION, applied == 1, applied + " answered 2xx", "gateway", op.method(), op.path(), label,
                rs.stream().filter(r -> !r.ok() && r.status() != 412 && r.status() != 409).findFirst().orElse(rs.get(0)));
        if (before != null && after != null) {
            suite.figures.check(SECTION, after - before == 1, "history grew by " + (after - before), "gateway",
                    op.method(), op.path(), label + " (" + before + " → " + after + ")", null);
        }
        boolean clean = rs.stream().allMatch(r -> r.ok() || (r.status() >= 400 && r.status() < 500 && Verdicts.isProblem(r)));
        suite.figures.check(SECTION, clean, "a loser answered 5xx or without problem+json", "gateway", op.method(),
                op.path(), label, rs.stream().filter(r -> !r.ok()).findFirst().orElse(rs.get(0)));
    }

    private Integer count(OpenApiModel.Operation op, Fixtures.Ctx ctx, Map<String, String> values, JsonNode body,
                          String token) {
        OpenApiModel.Operation list = fx.collection(op);
        if (list == null) {
            return null;
        }
        Map<String, String> extra = new LinkedHashMap<>();
        if (list.queryParams().stream().anyMatch(q -> q.name().equals("includeTotal"))) {
            extra.put("includeTotal", "true");
            extra.put("limit", "1");
        }
        String url = suite.directUrl(op) + Fixtures.fill(list.path(), values) + fx.query(list, ctx, body, extra, List.of());
        Http.Res r = suite.http.send(new Http.Req("GET", url).bearer(token));
        JsonNode j = r.json();
        if (!r.ok() || j == null) {
            return null;
        }
        return j.has("totalItems") ? j.get("totalItems").asInt() : j.path("items").size();
    }
}
