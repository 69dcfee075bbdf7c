package vn.doingoai.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tokens an attacker can make or a client can confuse, at the gateway and at each service directly:
 * each must be 401 problem+json with {@code WWW-Authenticate: Bearer}. And one expiry rule: a token
 * shortly past its {@code exp} gets the same answer from the gateway and from the service behind it.
 */
public final class TokenAttacks {
    public static final String SECTION = "token attacks";
    public static final String GRACE = "token expiry: gateway and service agree";

    private final Suite suite;
    private Tokens.Grant shortLived;
    private long shortLivedAt;

    public TokenAttacks(Suite suite) {
        this.suite = suite;
    }

    /** Gets a one-second token now, so that it is long expired when the attacks run. */
    public void prepare() {
        try {
            shortLived = suite.tokens.password(Tokens.SHORT_CLIENT, "th.officer");
            shortLivedAt = System.currentTimeMillis();
        } catch (RuntimeException e) {
            suite.figures.notes.add("token attacks: no one-second token (" + e.getMessage() + ")");
        }
    }

    private record Target(String name, String base, String path) {
    }

    private List<Target> targets() {
        List<Target> out = new ArrayList<>();
        for (Map.Entry<String, OpenApiModel> e : suite.models.entrySet()) {
            OpenApiModel.Operation probe = null;
            for (OpenApiModel.Operation op : e.getValue().operations) {
                if (op.method().equals("GET") && op.pathParams().isEmpty()
                        && op.queryParams().stream().noneMatch(OpenApiModel.Param::required)) {
                    probe = op;
                    break;
                }
            }
            if (probe == null) {
                continue;
            }
            out.add(new Target("gateway", suite.gatewayIp(), probe.path()));
            out.add(new Target(e.getKey() + "-service", suite.services.get(e.getKey()), probe.path()));
        }
        return out;
    }

    public void run() {
        Tokens.Grant real = suite.tokens.cli("th.officer");
        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("no Authorization header", null);
        attacks.put("garbage bearer", "Bearer garbage");
        attacks.put("three garbage parts", "Bearer abc.def.ghi");
        attacks.put("empty bearer", "Bearer ");
        attacks.put("Basic credentials", "Basic dGgub2ZmaWNlcjpkZW1v");
        attacks.put("token without scheme", real.access());

        ObjectNode header = Jwt.header(real.access());
        ObjectNode payload = Jwt.payload(real.access());
        String[] parts = real.access().split("\\.");
        for (String alg : List.of("none", "None", "NONE")) {
            ObjectNode h = header.deepCopy().put("alg", alg);
            attacks.put("alg=" + alg, "Bearer " + Jwt.unsigned(h, payload));
        }
        attacks.put("alg=none, real signature kept", "Bearer " + Jwt.b64(header.deepCopy().put("alg", "none")) + "."
                + parts[1] + "." + parts[2]);

        JsonNode jwks = suite.http.send(new Http.Req("GET", suite.tokens.jwksUrl())).json();
        JsonNode realKey = null;
        if (jwks != null) {
            for (JsonNode k : jwks.path("keys")) {
                if (k.path("kty").asText().equals("RSA") && (realKey == null || k.path("kid").asText().equals(header.path("kid").asText()))) {
                    realKey = k;
                }
            }
        }
        if (realKey != null) {
            PublicKey pub = Jwt.rsaKey(realKey);
            ObjectNode hs = header.deepCopy().put("alg", "HS256");
            attacks.put("HS256 signed with the public key (PEM)", "Bearer " + Jwt.hs256(hs, payload,
                    Jwt.pem(pub).getBytes(StandardCharsets.US_ASCII)));
            attacks.put("HS256 signed with the public key (DER)", "Bearer " + Jwt.hs256(hs, payload, pub.getEncoded()));
            attacks.put("HS256 signed with the JWK text", "Bearer " + Jwt.hs256(hs, payload,
                    realKey.toString().getBytes(StandardCharsets.UTF_8)));
        } else {
            suite.figures.skip(SECTION, "no RSA key in the JWKS: HS256-with-public-key attacks not made");
        }

        ObjectNode otherProvince = payload.deepCopy().put("province", "22");
        attacks.put("payload changed (province 38→22), signature kept", "Bearer " + parts[0] + "." + Jwt.b64(otherProvince)
                + "." + parts[2]);
        ObjectNode admin = payload.deepCopy();
        admin.putObject("realm_access").putArray("roles").add("admin").add("central-auditor");
        attacks.put("payload changed (roles admin), signature kept", "Bearer " + parts[0] + "." + Jwt.b64(admin) + "."
                + parts[2]);
        ObjectNode later = payload.deepCopy().put("exp", payload.path("exp").asLong() + 86_400);
        attacks.put("payload changed (exp +1 day), signature kept", "Bearer " + parts[0] + "." + Jwt.b64(later) + "."
                + parts[2]);

        KeyPair mine = Jwt.newRsa();
        attacks.put("own RSA key, the real kid", "Bearer " + Jwt.rs256(header, payload, mine));
        ObjectNode newKid = header.deepCopy().put("kid", "harness-" + suite.run);
        attacks.put("own RSA key, a new kid", "Bearer " + Jwt.rs256(newKid, payload, mine));
        ObjectNode foreign = payload.deepCopy().put("iss", "http://harness.invalid/realms/foreign-affairs");
        attacks.put("foreign issuer, own key and kid", "Bearer " + Jwt.rs256(newKid, foreign, mine));
        ObjectNode embedded = newKid.deepCopy();
        embedded.set("jwk", Jwt.jwk((RSAPublicKey) mine.getPublic(), "harness-" + suite.run));
        attacks.put("own key embedded as jwk header", "Bearer " + Jwt.rs256(embedded, payload, mine));
        ObjectNode jku = newKid.deepCopy().put("jku", "http://127.0.0.1:9/harness-jwks.json");
        attacks.put("jku header to a foreign key set", "Bearer " + Jwt.rs256(jku, payload, mine));

        try {
            Tokens.Grant noAud = suite.tokens.password(Tokens.NO_AUDIENCE_CLIENT, "th.officer");
            JsonNode aud = noAud.claims().path("aud");
            if (aud.toString().contains("foreign-affairs-api")) {
                suite.figures.skip(SECTION, "the audience-less client's token still names foreign-affairs-api");
            } else {
                attacks.put("real token without the audience (aud=" + (aud.isMissingNode() ? "absent" : aud) + ")",
                        "Bearer " + noAud.access());
            }
        } catch (RuntimeException e) {
            suite.figures.skip(SECTION, "no token without audience: " + e.getMessage());
        }
        if (real.id() != null) {
            attacks.put("ID token", "Bearer " + real.id());
        }
        if (real.refresh() != null) {
            attacks.put("refresh token", "Bearer " + real.refresh());
        }

        // A token of the one-second client just before the checks, for the expiry rule.
        Tokens.Grant grace = null;
        try {
            grace = suite.tokens.password(Tokens.SHORT_CLIENT, "th.officer");
        } catch (RuntimeException e) {
            suite.figures.skip(GRACE, "no one-second token: " + e.getMessage());
        }

        List<Target> targets = targets();
        if (grace != null) {
            // Used once while valid, so that the gateway's cache of verified tokens holds it.
            for (Target t : targets) {
                get(t, "Bearer " + grace.access());
            }
        }
        for (Target t : targets) {
            for (Map.Entry<String, String> a : attacks.entrySet()) {
                attack(t, a.getKey(), a.getValue());
            }
        }

        int graceSeconds = 30;
        try {
            graceSeconds = Integer.parseInt(suite.routes.get("quarkus.oidc.token.lifespan-grace"));
        } catch (RuntimeException e) {
            // the documented 30 s
        }
        if (grace != null) {
            long at = grace.expiresAt() + Math.min(10, Math.max(2, graceSeconds / 3)) * 1000L;
            sleepUntil(at);
            long late = (System.currentTimeMillis() - grace.expiresAt()) / 1000;
            if (late >= graceSeconds) {
                suite.figures.skip(GRACE, "measured " + late + " s past exp, beyond the " + graceSeconds + " s grace");
            }
            for (int i = 0; i + 1 < targets.size(); i += 2) {
                Target gw = targets.get(i);
                Target svc = targets.get(i + 1);
                Http.Res g = get(gw, "Bearer " + grace.access());
                Http.Res s = get(svc, "Bearer " + grace.access());
                boolean same = (g.status() == 401) == (s.status() == 401) && g.status() / 100 == s.status() / 100;
                suite.figures.notes.add("token expiry: a token " + late + " s past exp: gateway " + g.status() + " ("
                        + gw.path() + "), " + svc.name() + " " + s.status());
                suite.figures.check(GRACE, same, "gateway " + g.status() + ", service " + s.status(), gw.name() + " vs "
                        + svc.name(), "GET", gw.path(), "token " + late + " s past exp", g);
            }
        }
        if (shortLived != null) {
            long due = shortLived.expiresAt() + (graceSeconds + 10) * 1000L;
            sleepUntil(due);
            for (Target t : targets) {
                attack(t, "expired " + (System.currentTimeMillis() - shortLived.expiresAt()) / 1000 + " s ago",
                        "Bearer " + shortLived.access());
            }
        } else {
            suite.figures.skip(SECTION, "no expired token (the one-second client could not be made)");
        }
    }

    /** Waits until the short-lived token is past its expiry and the grace: the condition is the clock. */
    private static void sleepUntil(long at) {
        long wait = at - System.currentTimeMillis();
        if (wait > 0) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMillis(wait + 5_000))
                    .pollInterval(java.time.Duration.ofMillis(200)).until(() -> System.currentTimeMillis() >= at);
        }
    }

    private Http.Res get(Target t, String authorization) {
        Http.Req req = new Http.Req("GET", t.base() + t.path()).header("Authorization", authorization);
        if (t.name().equals("gateway")) {
            req.from(suite.address("token-attacks"));
        }
        return suite.http.send(req);
    }

    private void attack(Target t, String name, String authorization) {
        Http.Res r = get(t, authorization);
        boolean ok = r.status() == 401 && Verdicts.isProblem(r) && Verdicts.bearerChallenge(r);
        String type = r.status() != 401 ? "not 401" : !Verdicts.isProblem(r) ? "401 not problem+json"
                : "401 without WWW-Authenticate: Bearer";
        suite.figures.check(SECTION, ok, type, t.name(), "GET", t.path(), name, r);
    }

    public long shortLivedAgeMillis() {
        return shortLived == null ? -1 : System.currentTimeMillis() - shortLivedAt;
    }
}
