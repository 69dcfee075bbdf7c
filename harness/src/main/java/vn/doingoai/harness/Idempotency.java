package vn.doingoai.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Idempotency-Key on every POST that creates or acts: declared in the contract, and honoured (the
 * same key and body twice → the same answer, marked replayed, and one record or one step; the same
 * key with another body → 4xx). Each create and action runs on records of its own, in a chain
 * (partner → agreement → its transition, delegation → member → transition, …).
 */
public final class Idempotency {
    public static final String CONTRACT = "Idempotency-Key declared (contract)";
    public static final String SECTION = "Idempotency-Key honoured (through the gateway)";

    private final Suite suite;
    private final Fixtures fx;

    public Idempotency(Suite suite, Fixtures fx) {
        this.suite = suite;
        this.fx = fx;
    }

    public void run() {
        Set<String> byDesign = new LinkedHashSet<>();
        fx.recipes.path("idempotentByDesign").forEach(n -> byDesign.add(n.asText()));
        Set<String> live = new LinkedHashSet<>();
        fx.recipes.path("idempotency").forEach(s -> live.add(s.path("op").asText()));
        for (OpenApiModel.Operation op : suite.serviceOperations()) {
            if (!op.method().equals("POST") || byDesign.contains(op.operationId())) {
                continue;
            }
            suite.figures.check(CONTRACT, op.takesIdempotencyKey(), "POST does not declare Idempotency-Key", "contract",
                    op.method(), op.path(), op.operationId(), null);
            if (!live.contains(op.operationId())) {
                String why = fx.recipes.path("notLive").path(op.operationId()).asText("no recipe for a valid request");
                suite.figures.skip(SECTION, op.operationId() + " not replayed live: " + why);
            }
        }
        Fixtures.Ctx ctx = new Fixtures.Ctx();
        for (JsonNode step : fx.recipes.path("idempotency")) {
            if (suite.outOfTime()) {
                suite.figures.skip(SECTION, step.path("op").asText() + ": out of time");
                continue;
            }
            OpenApiModel.Operation op = fx.op(step.path("op").asText());
            if (op == null) {
                suite.figures.skip(SECTION, step.path("op").asText() + ": not in the documents");
                continue;
            }
            if (!op.method().equals("POST")) {
                Fixtures.StepResult r = fx.step(step, ctx, null);
                if (r.res() == null || !r.res().ok()) {
                    suite.figures.notes.add("idempotency chain: " + op.operationId() + " failed: "
                            + (r.res() == null ? "unresolved path" : r.res().status() + " " + r.res().excerpt()));
                }
                continue;
            }
            replay(op, step, ctx);
        }
    }

    private void replay(OpenApiModel.Operation op, JsonNode step, Fixtures.Ctx ctx) {
        String caller = step.path("as").asText("th.officer");
        String token = suite.tokens.access(caller);
        Map<String, String> values = fx.resolvePath(op, ctx, caller, true);
        if (values == null) {
            suite.figures.skip(SECTION, op.operationId() + ": a path parameter could not be resolved");
            return;
        }
        ObjectNode body = fx.body(op, ctx);
        String missing = Fixtures.unresolved(body);
        if (missing != null) {
            suite.figures.skip(SECTION, op.operationId() + ": no value for " + missing + " (e.g. every report period taken)");
            return;
        }
        byte[] bytes = body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8);
        String ifMatch = op.takesIfMatch() ? fx.etag(op, values, token) : null;
        String query = fx.query(op, ctx, body, Map.of(), List.of());
        Integer before = count(op, ctx, values, body, token);
        String key = "harness-" + suite.run + "-" + op.operationId();
        Http.Res first = fx.send(op, suite.gateway, values, query, bytes, token, ifMatch, key);
        String where = op.operationId() + " as " + caller;
        if (!first.ok()) {
            suite.figures.check(SECTION, false, "the valid request was refused: cannot test the key", "gateway",
                    op.method(), op.path(), where, first);
            return;
        }
        LocationCheck.check(suite, op, first, "idempotency");
        fx.bind(op, step, ctx, values, first);
        Http.Res second = fx.send(op, suite.gateway, values, query, bytes, token, ifMatch, key);
        boolean sameStatus = second.status() == first.status();
        JsonNode a = first.json();
        JsonNode b = second.json();
        boolean sameBody = a != null && a.equals(b);
        suite.figures.check(SECTION, sameStatus && sameBody, sameStatus ? "replay answered another body"
                : "replay answered another status", "gateway", op.method(), op.path(),
                where + ": same key and body twice (" + first.status() + " then " + second.status() + ")", second);
        suite.figures.check(SECTION, "true".equalsIgnoreCase(second.header("idempotent-replayed")),
                "replay without Idempotent-Replayed: true", "gateway", op.method(), op.path(), where, second);
        Integer after = count(op, ctx, values, body, token);
        if (before != null && after != null) {
            suite.figures.check(SECTION, after - before == 1, "the same key and body made " + (after - before)
                    + " records/steps", "gateway", op.method(), op.path(), where + " (" + before + " → " + after + ")", second);
        }
        byte[] other = otherBody(op, body);
        if (other == null) {
            suite.figures.skip(SECTION, op.operationId() + ": no way to vary the body for the reuse check");
            return;
        }
        Http.Res third = fx.send(op, suite.gateway, values, query, other, token, ifMatch, key);
        boolean refused = third.status() >= 400 && third.status() < 500 && Verdicts.isProblem(third)
                && (third.status() == 422 || "IDEMPOTENCY_KEY_REUSED".equals(Verdicts.code(third)));
        suite.figures.check(SECTION, refused, third.ok() ? "same key with another body accepted"
                : "same key with another body not 422 IDEMPOTENCY_KEY_REUSED", "gateway", op.method(), op.path(),
                where + ": same key, another body", third);
        Integer last = count(op, ctx, values, body, token);
        if (after != null && last != null && !last.equals(after)) {
            suite.figures.check(SECTION, false, "same key with another body made a record/step", "gateway", op.method(),
                    op.path(), where + " (" + after + " → " + last + ")", third);
        }
    }

    /** Items of the list at the POST's own path (the collection, or a record's history). */
    private Integer count(OpenApiModel.Operation op, Fixtures.Ctx ctx, Map<String, String> values, JsonNode body,
                          String token) {
        OpenApiModel.Operation list = fx.collection(op);
        if (list == null) {
            return null;
        }
        Map<String, String> extra = new java.util.LinkedHashMap<>();
        if (list.queryParams().stream().anyMatch(q -> q.name().equals("includeTotal"))) {
            extra.put("includeTotal", "true");
            extra.put("limit", "1");
        } else if (list.queryParams().stream().anyMatch(q -> q.name().equals("limit"))) {
            extra.put("limit", "200");
        }
        if (list.queryParams().stream().anyMatch(q -> q.name().equals("includeInactive"))) {
            extra.put("includeInactive", "true");
        }
        String url = suite.directUrl(op) + Fixtures.fill(list.path(), values) + fx.query(list, ctx, body, extra, List.of());
        Http.Res r = suite.http.send(new Http.Req("GET", url).bearer(token));
        JsonNode j = r.json();
        if (!r.ok() || j == null) {
            return null;
        }
        return j.has("totalItems") ? j.get("totalItems").asInt() : j.path("items").size();
    }

    /** The body with one free-text field changed, or an absent list added. */
    static byte[] otherBody(OpenApiModel.Operation op, ObjectNode body) {
        if (body == null) {
            return null;
        }
        ObjectNode copy = body.deepCopy();
        for (Map.Entry<String, Schema> e : op.body().properties().entrySet()) {
            Schema s = e.getValue();
            boolean freeText = s.isString() && s.enumValues().isEmpty() && !s.isUuid() && !s.isDate() && !s.isDateTime()
                    && (s.pattern() == null || s.pattern().equals("\\S"));
            if (freeText) {
                String v = copy.path(e.getKey()).asText("");
                String changed = v.equals("HARNESS khác") ? "HARNESS other" : "HARNESS khác";
                int max = s.maxLength() == null ? changed.length() : Math.min(changed.length(), s.maxLength());
                copy.put(e.getKey(), changed.substring(0, max));
                return copy.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, Schema> e : op.body().properties().entrySet()) {
            if (e.getValue().isArray() && !copy.has(e.getKey())) {
                copy.putArray(e.getKey());
                return copy.toString().getBytes(StandardCharsets.UTF_8);
            }
            if (e.getValue().isArray() && copy.path(e.getKey()).size() > 0) {
                copy.putArray(e.getKey());
                return copy.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
