package vn.doingoai.harness;

import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The edges of HTTP: methods a path does not take (405 with Allow), media type versus token order,
 * request framing on raw connections (Content-Length with Transfer-Encoding, unknown HTTP versions,
 * malformed request lines and headers), CORS for refused and allowed origins, and the per-address
 * limit for calls without a valid token.
 */
public final class Framing {
    public static final String METHODS = "405 with Allow";
    public static final String MEDIA = "anonymous + wrong media type → 401";
    public static final String RAW = "HTTP framing (raw connections)";
    public static final String CORS = "CORS";
    public static final String RATE = "rate limit for calls without a valid token";

    private final Suite suite;
    private final Fixtures fx;

    public Framing(Suite suite, Fixtures fx) {
        this.suite = suite;
        this.fx = fx;
    }

    public void run() {
        methods();
        media();
        raw();
        cors();
    }

    private record Target(String name, String base, InetAddress from) {
    }

    private List<Target> targets(String purpose) {
        List<Target> out = new ArrayList<>();
        out.add(new Target("gateway", suite.gatewayIp(), suite.address(purpose)));
        suite.services.forEach((k, v) -> out.add(new Target(k + "-service", v, null)));
        return out;
    }

    // ------------------------------------------------------------------ 405

    private void methods() {
        Map<String, OpenApiModel.Operation> byPath = new LinkedHashMap<>();
        for (OpenApiModel.Operation op : suite.serviceOperations()) {
            byPath.putIfAbsent(op.path(), op);
        }
        for (OpenApiModel.Operation op : byPath.values()) {
            Set<String> declared = suite.model(op).methodsOf(op.path());
            String method = null;
            for (String m : List.of("PATCH", "DELETE", "PUT", "POST")) {
                if (!declared.contains(m)) {
                    method = m;
                    break;
                }
            }
            if (method == null) {
                continue;
            }
            Map<String, String> values = fx.resolvePath(op, fx.base, "th.officer");
            if (values == null) {
                continue;
            }
            RouteTable.Route route = suite.routes.match(op.path());
            String caller = "th.officer";
            if (route != null) {
                for (String c : List.of("th.officer", "admin", "db.reporter", "th.approver")) {
                    if (route.allows(suite.tokens.of(c).roles(), method)) {
                        caller = c;
                        break;
                    }
                }
            }
            String path = Fixtures.fill(op.path(), values);
            for (String base : List.of(suite.gateway, suite.directUrl(op))) {
                Http.Req req = new Http.Req(method, base + path).bearer(suite.tokens.access(caller));
                if (!method.equals("DELETE")) {
                    req.json("{}".getBytes());
                }
                Http.Res r = suite.http.send(req);
                String allow = r.header("allow");
                boolean ok = r.status() == 405 && allow != null && !allow.isBlank() && Verdicts.isProblem(r);
                String type = r.status() != 405 ? "not 405" : allow == null ? "405 without Allow"
                        : !Verdicts.isProblem(r) ? "405 not problem+json" : "405 with an empty Allow";
                if (ok) {
                    Set<String> listed = new LinkedHashSet<>();
                    for (String a : allow.split(",")) {
                        listed.add(a.trim().toUpperCase(Locale.ROOT));
                    }
                    if (!listed.containsAll(declared)) {
                        ok = false;
                        type = "Allow lacks a declared method (" + declared + ")";
                    }
                }
                suite.figures.check(METHODS, ok, type, base.equals(suite.gateway) ? "gateway" : "direct", method,
                        op.path(), "as " + caller + ", declared " + declared, r);
            }
        }
    }

    // ------------------------------------------------------------------ media type before token

    private void media() {
        for (Map.Entry<String, OpenApiModel> e : suite.models.entrySet()) {
            List<OpenApiModel.Operation> writes = new ArrayList<>();
            for (OpenApiModel.Operation op : e.getValue().operations) {
                if (op.body() != null && op.pathParams().isEmpty() && writes.stream().noneMatch(w -> w.method().equals(op.method()))) {
                    writes.add(op);
                }
            }
            for (OpenApiModel.Operation op : writes) {
                for (Target t : List.of(new Target("gateway", suite.gatewayIp(), suite.address("media")),
                        new Target("direct", suite.services.get(e.getKey()), null))) {
                    for (String ct : List.of("text/plain", "application/xml")) {
                        Http.Res r = suite.http.send(new Http.Req(op.method(), t.base() + op.path()).from(t.from())
                                .header("Content-Type", ct).body("x".getBytes()));
                        boolean ok = r.status() == 401 && Verdicts.isProblem(r) && Verdicts.bearerChallenge(r);
                        suite.figures.check(MEDIA, ok, r.status() == 401 ? "401 not problem or no challenge"
                                : "media type checked before the token", t.name(), op.method(), op.path(),
                                "no token, Content-Type " + ct, r);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ raw framing

    private void raw() {
        String writePath = null;
        String readPath = null;
        for (OpenApiModel.Operation op : suite.serviceOperations()) {
            if (writePath == null && op.method().equals("POST") && op.pathParams().isEmpty()) {
                writePath = op.path();
            }
            if (readPath == null && op.method().equals("GET") && op.pathParams().isEmpty()) {
                readPath = op.path();
            }
        }
        for (Target t : targets("framing")) {
            String host = hostHeader(t.base());
            String token = suite.tokens.access("th.officer");
            rawCheck(t, "Content-Length and Transfer-Encoding together", "POST " + writePath + " HTTP/1.1\r\nHost: " + host
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: 4"
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", Set.of(), true, false);
            rawCheck(t, "HTTP/9.9", "GET " + readPath + " HTTP/9.9\r\nHost: " + host + "\r\n\r\n", Set.of(400, 505),
                    true, true);
            rawCheck(t, "HTTP/2.0 on an HTTP/1 connection", "GET " + readPath + " HTTP/2.0\r\nHost: " + host + "\r\n\r\n",
                    Set.of(400, 505), true, true);
            // Malformed at the level of the HTTP codec: Netty refuses these before any handler of the
            // suite runs, and Vert.x offers no hook to give the refusal a body (docs/gateway.md). What
            // the suite can promise, and this checks, is a 400 or a close, and that the connection
            // then ends, so that nothing that follows is read as a request.
            rawCheck(t, "header line without a colon", "GET " + readPath + " HTTP/1.1\r\nHost: " + host
                    + "\r\nThis is not a header\r\n\r\n", Set.of(400), true, false);
            rawCheck(t, "space before a header's colon", "GET " + readPath + " HTTP/1.1\r\nHost : " + host + "\r\n\r\n",
                    Set.of(400), true, false);
            rawCheck(t, "spaces in the request target", "GET " + readPath + " x y HTTP/1.1\r\nHost: " + host + "\r\n\r\n",
                    Set.of(400), true, false);
            rawCheck(t, "invalid chunk size", "POST " + writePath + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer "
                    + token + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
                    Set.of(), true, false);
            rawCheck(t, "two Content-Length values", "POST " + writePath + " HTTP/1.1\r\nHost: " + host
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: 2"
                    + "\r\nContent-Length: 3\r\n\r\n{}", Set.of(400), true, false);
            // Read by the codec, refused by the suite: a problem body.
            rawCheck(t, "HTTP/1.1 without Host", "GET " + readPath + " HTTP/1.1\r\nAccept: */*\r\n\r\n", Set.of(400),
                    true, true);
        }
    }

    private static String hostHeader(String base) {
        URI u = URI.create(base);
        return u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
    }

    /**
     * One raw request: the answer must come, be one of {@code statuses} (any non-5xx when empty),
     * close the connection when {@code mustClose}, and carry problem+json when {@code problem}.
     */
    private void rawCheck(Target t, String name, String request, Set<Integer> statuses, boolean mustClose,
                          boolean problem) {
        Http.Res r = suite.http.raw(t.base(), Http.ascii(request), t.from(), 5000, 1500);
        String type;
        boolean ok;
        if (r.status() == 0) {
            ok = r.closedAfter() && statuses.isEmpty();
            type = "no answer";
            if (r.closedAfter() && !statuses.isEmpty()) {
                type = "closed without an answer";
            }
        } else if (r.status() >= 500 && !statuses.contains(r.status())) {
            ok = false;
            type = "5xx";
        } else if (!statuses.isEmpty() && !statuses.contains(r.status())) {
            ok = false;
            type = "status not " + statuses;
        } else if (mustClose && !r.closedAfter()) {
            ok = false;
            type = "connection kept open after the answer";
        } else if (problem && !Verdicts.isProblem(r)) {
            ok = false;
            type = "answer not problem+json";
        } else {
            ok = true;
            type = "";
        }
        suite.figures.check(RAW, ok, type, t.name(), request.substring(0, request.indexOf(' ')), name, name, r);
    }

    // ------------------------------------------------------------------ CORS

    private void cors() {
        String path = null;
        for (OpenApiModel.Operation op : suite.serviceOperations()) {
            if (op.method().equals("POST") && op.pathParams().isEmpty()) {
                path = op.path();
                break;
            }
        }
        String origins = suite.routes.get("quarkus.http.cors.origins");
        String allowed = origins == null ? null : origins.split(",")[0].trim();
        String refused = "http://harness.invalid";
        InetAddress from = suite.address("cors");
        Http.Res r = suite.http.send(new Http.Req("OPTIONS", suite.gatewayIp() + path).from(from)
                .header("Origin", refused).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type"));
        List<String> cors = corsHeaders(r);
        suite.figures.check(CORS, r.status() != 0 && cors.isEmpty(), "refused preflight carries " + cors, "gateway",
                "OPTIONS", path, "preflight from " + refused, r);
        suite.figures.check(CORS, r.status() == 403, "refused preflight not 403 (docs/gateway.md)", "gateway", "OPTIONS",
                path, "preflight from " + refused, r);
        Http.Res simple = suite.http.send(new Http.Req("GET", suite.gateway + path).header("Origin", refused)
                .bearer(suite.tokens.access("th.officer")));
        List<String> c2 = corsHeaders(simple);
        suite.figures.check(CORS, c2.isEmpty(), "answer to a refused origin carries " + c2, "gateway", "GET", path,
                "GET from " + refused, simple);
        if (allowed != null) {
            Http.Res ok = suite.http.send(new Http.Req("OPTIONS", suite.gatewayIp() + path).from(from)
                    .header("Origin", allowed).header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key"));
            boolean good = allowed.equals(ok.header("access-control-allow-origin"))
                    && String.valueOf(ok.header("access-control-allow-methods")).contains("POST");
            suite.figures.check(CORS, good, "allowed origin's preflight not answered", "gateway", "OPTIONS", path,
                    "preflight from " + allowed, ok);
            for (Map.Entry<String, String> s : suite.services.entrySet()) {
                Http.Res d = suite.http.send(new Http.Req("OPTIONS", s.getValue() + path).header("Origin", allowed)
                        .header("Access-Control-Request-Method", "POST"));
                List<String> c3 = corsHeaders(d);
                suite.figures.check(CORS, c3.isEmpty(), "service answers CORS itself: " + c3, s.getKey() + "-service",
                        "OPTIONS", path, "preflight from " + allowed, d);
            }
        }
    }

    private static List<String> corsHeaders(Http.Res r) {
        List<String> out = new ArrayList<>();
        for (String h : r.headers().keySet()) {
            if (h.startsWith("access-control-")) {
                out.add(h);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ per-address limit

    /** Floods from fresh addresses, without a token and with forged ones: 429 must come. */
    public void rate() {
        int[] limit = RouteTable.parseLimit(suite.routes.get("gateway.rate-limits.anonymous"));
        if (limit == null) {
            suite.figures.skip(RATE, "no gateway.rate-limits.anonymous in the route table");
            return;
        }
        String path = null;
        for (OpenApiModel.Operation op : suite.serviceOperations()) {
            RouteTable.Route route = suite.routes.match(op.path());
            if (op.method().equals("GET") && op.pathParams().isEmpty() && route != null && route.rateLimit() == null) {
                path = op.path();
                break;
            }
        }
        if (suite.address("flood-none") == null) {
            suite.figures.skip(RATE, "the gateway is not on a loopback address: no fresh source addresses to flood from");
            return;
        }
        String forged = Jwt.rs256(Http.JSON.createObjectNode().put("alg", "RS256").put("kid", "harness-flood"),
                Jwt.payload(suite.tokens.access("th.officer")), Jwt.newRsa());
        Map<String, String> floods = new LinkedHashMap<>();
        floods.put("no token", null);
        floods.put("forged bearer token (own RSA key)", "Bearer " + forged);
        floods.put("garbage Authorization header", "Basic aGFybmVzczpoYXJuZXNz");
        int max = limit[0] + limit[0] / 4 + 10;
        for (Map.Entry<String, String> f : floods.entrySet()) {
            InetAddress from = suite.address("flood-" + f.getKey());
            Http.Res limited = null;
            Http.Res last = null;
            int sent = 0;
            while (sent < max) {
                last = suite.http.send(new Http.Req("GET", suite.gatewayIp() + path).from(from)
                        .header("Authorization", f.getValue()));
                sent++;
                if (last.status() == 429) {
                    limited = last;
                    break;
                }
            }
            boolean ok = limited != null && limited.header("retry-after") != null && Verdicts.isProblem(limited);
            String type = limited == null ? "no 429 after " + sent + " requests from one address (limit "
                    + limit[0] + "/" + limit[1] + "s)" : "429 without Retry-After or problem+json";
            suite.figures.check(RATE, ok, type, "gateway", "GET", path, f.getKey() + " ×" + sent,
                    limited != null ? limited : last);
        }
    }
}
