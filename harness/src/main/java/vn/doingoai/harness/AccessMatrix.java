package vn.doingoai.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every operation × every caller at the gateway, with the answer the route table and the province
 * rules predict: no token 401; a role the route does not allow 403 (and the service agrees, asked
 * directly); a record of a province the caller does not see 404; otherwise the call passes the
 * access checks (writes carry a body that is refused for validation and a stale If-Match, so nothing
 * changes). A successor province's officer sees and edits its predecessor's records.
 */
public final class AccessMatrix {
    public static final String SECTION = "access matrix (gateway)";
    public static final String SERVICE_SECTION = "access matrix (service agrees)";
    public static final String LEAKS = "access matrix (lists stay in the caller's provinces)";
    private static final List<String> FUZZ_PREFERENCE = List.of("th.officer", "th.approver", "admin", "db.reporter",
            "central.auditor", "th.viewer", Tokens.MACHINE, "qn.officer", "hy.officer");
    private static final Set<String> CENTRAL = Set.of("central-auditor", "admin");

    private final Suite suite;
    private final Fixtures fx;
    private final Map<String, Set<String>> predecessors = new LinkedHashMap<>();
    /** The first caller of the preference list that passed each operation's access checks. */
    public final Map<String, String> fuzzCallers = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> passed = new ConcurrentHashMap<>();
    public final AtomicInteger refinedByService = new AtomicInteger();

    public AccessMatrix(Suite suite, Fixtures fx) {
        this.suite = suite;
        this.fx = fx;
    }

    private enum Expect { UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, PASS, NOT_ROUTED }

    private void loadSuccessions() {
        OpenApiModel.Operation list = null;
        for (OpenApiModel.Operation op : suite.serviceOperations()) {
            if (op.method().equals("GET") && op.path().endsWith("/administrative-successions")) {
                list = op;
            }
        }
        if (list == null) {
            return;
        }
        JsonNode j = suite.http.send(new Http.Req("GET", suite.directUrl(list) + list.path())
                .bearer(suite.tokens.access("th.officer"))).json();
        if (j == null) {
            return;
        }
        String today = LocalDate.now().toString();
        for (JsonNode s : j.path("items")) {
            if (s.path("effectiveOn").asText("9999").compareTo(today) <= 0) {
                predecessors.computeIfAbsent(s.path("successorCode").asText(), k -> new LinkedHashSet<>())
                        .add(s.path("predecessorCode").asText());
            }
        }
    }

    /** The provinces a caller sees: its own and, transitively, those it succeeded; null for all. */
    private Set<String> visible(Tokens.Grant g) {
        if (g.roles().stream().anyMatch(CENTRAL::contains)) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>();
        if (g.province() != null) {
            todo.add(g.province());
        }
        while (!todo.isEmpty()) {
            String p = todo.remove(0);
            if (out.add(p)) {
                todo.addAll(predecessors.getOrDefault(p, Set.of()));
            }
        }
        return out;
    }

    public void run() {
        loadSuccessions();
        String successor = null;
        String predecessor = null;
        for (String c : Suite.CALLERS) {
            if (c.equals("anonymous")) {
                continue;
            }
            Tokens.Grant g = suite.tokens.cli(c);
            Set<String> preds = predecessors.get(g.province());
            if (preds != null && !preds.isEmpty() && successor == null) {
                successor = c;
                predecessor = preds.iterator().next();
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (OpenApiModel.Operation gop : suite.gatewayModel.operations) {
            OpenApiModel.Operation op = serviceOp(gop);
            Map<String, String> own = fx.resolvePath(op, fx.base, "th.officer");
            if (own == null) {
                suite.figures.skip(SECTION, op.label() + ": a path parameter could not be resolved");
                continue;
            }
            Map<String, String> named = new LinkedHashMap<>(own);
            named.putAll(fx.queryValues(op, fx.base, null));
            String province = fx.province(fx.base, named);
            for (String caller : Suite.CALLERS) {
                futures.add(pool.submit(() -> cell(op, own, province, caller, "own records", false)));
            }
            if (successor != null && province != null && !op.pathParams().isEmpty()) {
                Map<String, String> theirs = predecessorValues(op, predecessor);
                if (theirs != null) {
                    String s = successor;
                    String p = predecessor;
                    futures.add(pool.submit(() -> cell(op, theirs, p, s, "province " + p + " (predecessor)", true)));
                    futures.add(pool.submit(() -> cell(op, theirs, p, "th.officer", "province " + p, false)));
                } else {
                    suite.figures.skip(SECTION, op.label() + ": no record of province " + predecessor + " to ask for");
                }
            }
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (Exception e) {
                suite.figures.notes.add("matrix: " + e);
            }
        }
        pool.shutdownNow();
        // Who sends each operation's bad inputs: the recipes' caller, else the first of the preference
        // list that passed the access checks, else the first the route table lets through.
        Map<String, String> recipeCallers = new LinkedHashMap<>();
        for (String list : List.of("fixtures", "idempotency")) {
            fx.recipes.path(list).forEach(st -> recipeCallers.putIfAbsent(st.path("op").asText(), st.path("as").asText()));
        }
        for (OpenApiModel.Operation op : suite.serviceOperations()) {
            String chosen = recipeCallers.get(op.operationId());
            Set<String> ok = passed.getOrDefault(op.operationId(), Set.of());
            for (String c : FUZZ_PREFERENCE) {
                if (chosen == null && ok.contains(c)) {
                    chosen = c;
                }
            }
            RouteTable.Route route = suite.routes.match(op.path());
            for (String c : FUZZ_PREFERENCE) {
                if (chosen == null && route != null && route.allows(suite.tokens.cli(c).roles(), op.method())) {
                    chosen = c;
                }
            }
            if (chosen != null) {
                fuzzCallers.put(op.operationId(), chosen);
            }
        }
        if (refinedByService.get() > 0) {
            suite.figures.notes.add("access matrix: " + refinedByService.get() + " cells the route table lets through"
                    + " were refused 403 by the service's finer role rules (not counted as failures)");
        }
    }

    /** The service document's operation for one of the gateway document's. */
    private OpenApiModel.Operation serviceOp(OpenApiModel.Operation gop) {
        for (OpenApiModel m : suite.models.values()) {
            OpenApiModel.Operation op = m.find(gop.method(), gop.path());
            if (op != null) {
                return op;
            }
        }
        return gop;
    }

    /** Path values naming records of another province, found by a central reader. */
    private Map<String, String> predecessorValues(OpenApiModel.Operation op, String province) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean first = true;
        for (OpenApiModel.Param p : op.pathParams()) {
            int at = op.path().indexOf("{" + p.name() + "}");
            String prefix = Fixtures.fill(op.path().substring(0, at - 1), values);
            String v = fx.fromCollection(op, prefix, p.name(), "central.auditor", first ? province : null);
            if (v == null) {
                return null;
            }
            values.put(p.name(), v);
            first = false;
        }
        return values;
    }

    private Expect expect(OpenApiModel.Operation op, String caller, Tokens.Grant g, String province) {
        if (g == null) {
            return Expect.UNAUTHENTICATED;
        }
        RouteTable.Route route = suite.routes.match(op.path());
        if (route == null || !route.methods().contains(op.method())) {
            return Expect.NOT_ROUTED;
        }
        if (!route.allows(g.roles(), op.method())) {
            return Expect.FORBIDDEN;
        }
        Set<String> visible = visible(g);
        if (province != null && visible != null && !visible.contains(province)) {
            return Expect.NOT_FOUND;
        }
        return Expect.PASS;
    }

    private void cell(OpenApiModel.Operation op, Map<String, String> values, String province, String caller,
                      String column, boolean successorCell) {
        Tokens.Grant g = caller.equals("anonymous") ? null : suite.tokens.cli(caller);
        Expect e = expect(op, caller, g, province);
        Http.Res r = request(op, values, g, suite.gateway, caller.equals("anonymous") ? suite.address("matrix-anonymous") : null);
        String input = caller + " × " + column + " (expected " + e + ")";
        Figures f = suite.figures;
        switch (e) {
            case UNAUTHENTICATED -> f.check(SECTION, r.status() == 401 && Verdicts.isProblem(r) && Verdicts.bearerChallenge(r),
                    "no token not 401 problem with WWW-Authenticate: Bearer", "gateway", op.method(), op.path(), input, r);
            case FORBIDDEN -> f.check(SECTION, r.status() == 403 && Verdicts.isProblem(r), "role not allowed by the route, not 403",
                    "gateway", op.method(), op.path(), input, r);
            case NOT_ROUTED -> f.check(SECTION, false, "operation of the document has no route for its method",
                    "gateway", op.method(), op.path(), input, r);
            case NOT_FOUND -> {
                boolean ok = (r.status() == 404 || (!op.isRead() && r.status() == 403)) && Verdicts.isProblem(r);
                f.check(SECTION, ok, "record of a province the caller does not see, not 404", "gateway", op.method(),
                        op.path(), input, r);
            }
            case PASS -> {
                boolean recordRead = op.isRead() && !values.isEmpty();
                boolean strict = successorCell || (caller.equals("th.officer") && recordRead);
                boolean ok = r.status() != 0 && r.status() < 500 && r.status() != 401 && r.status() != 404;
                String type = "refused a caller the route and provinces allow";
                if (r.status() == 403) {
                    if (strict) {
                        ok = false;
                    } else {
                        refinedByService.incrementAndGet();
                    }
                }
                if (ok && recordRead && r.status() != 403 && !r.ok()) {
                    ok = false;
                    type = "reading a visible record did not answer 2xx";
                }
                if (ok && !op.isRead() && r.ok()) {
                    ok = false;
                    type = "an invalid body (matrix probe) was accepted";
                }
                if (r.status() >= 500 || r.status() == 0) {
                    type = "5xx or no answer";
                }
                f.check(SECTION, ok, type, "gateway", op.method(), op.path(), input, r);
                if (ok && r.status() != 403 && column.equals("own records")) {
                    passed.computeIfAbsent(op.operationId(), k -> ConcurrentHashMap.newKeySet()).add(caller);
                }
                if (ok && r.ok() && op.isRead() && values.isEmpty()) {
                    leaks(op, g, r, caller);
                }
            }
        }
        if (e == Expect.UNAUTHENTICATED || e == Expect.FORBIDDEN) {
            Http.Res d = request(op, values, g, suite.directUrl(op), null);
            int want = e == Expect.UNAUTHENTICATED ? 401 : 403;
            f.check(SERVICE_SECTION, d.status() == want && Verdicts.isProblem(d), "service answers otherwise than the gateway ("
                    + want + ")", "direct", op.method(), op.path(), caller + " × " + column, d);
        }
    }

    private void leaks(OpenApiModel.Operation op, Tokens.Grant g, Http.Res r, String caller) {
        Set<String> visible = visible(g);
        JsonNode j = r.json();
        if (visible == null || j == null || !j.has("items")) {
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode item : j.path("items")) {
            if (item.hasNonNull("provinceCode")) {
                seen.add(item.get("provinceCode").asText());
            }
        }
        if (seen.isEmpty()) {
            return;
        }
        seen.removeAll(visible);
        suite.figures.check(LEAKS, seen.isEmpty(), "list shows records of provinces the caller does not see",
                "gateway", op.method(), op.path(), caller + " sees provinces " + seen, r);
    }

    /** The matrix's request: valid path and query, a body refused for validation, a stale If-Match. */
    private Http.Res request(OpenApiModel.Operation op, Map<String, String> values, Tokens.Grant g, String base,
                             java.net.InetAddress from) {
        String url = (from != null ? suite.gatewayIp() : base) + Fixtures.fill(op.path(), values)
                + fx.query(op, fx.base, null, Map.of(), List.of());
        Http.Req req = new Http.Req(op.method(), url).from(from);
        if (g != null) {
            req.bearer(g.access());
        }
        if (op.takesIfMatch()) {
            req.header("If-Match", "\"harness-stale\"");
        }
        byte[] body = op.takesIfMatch() && op.body() != null ? validBody(op) : probeBody(op);
        if (body != null) {
            req.json(body);
        }
        return suite.http.send(req);
    }

    /**
     * A valid body, for writes that take If-Match: sent with a stale If-Match, it can change nothing,
     * but it reaches the province check (an invalid body would be refused before it).
     */
    private byte[] validBody(OpenApiModel.Operation op) {
        return fx.body(op, fx.base).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The first (required) property with a value of the wrong type: refused whoever sends it. */
    static byte[] probeBody(OpenApiModel.Operation op) {
        Schema s = op.body();
        if (s == null) {
            return null;
        }
        Map<String, Schema> props = s.properties();
        String name = s.required().isEmpty() ? (props.isEmpty() ? null : props.keySet().iterator().next())
                : s.required().get(0);
        ObjectNode o = Http.JSON.createObjectNode();
        if (name != null) {
            Schema p = props.get(name);
            if (p != null && p.isObject()) {
                o.put(name, "harness matrix probe");
            } else {
                o.putObject(name).put("harness", "matrix probe");
            }
        }
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }
}
