package vn.doingoai.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens from Keycloak: the demo users (password grant), the machine client (client credentials),
 * and the harness's own clients, created idempotently through the admin REST API at start: one
 * like the CLI client (so the harness's traffic has a rate-limit bucket of its own), one whose
 * access tokens live one second (genuinely expired tokens) and one without the audience mapper.
 */
public final class Tokens {
    public static final String CLI = "foreign-affairs-cli";
    public static final String HARNESS_CLIENT = "doingoai-harness";
    public static final String SHORT_CLIENT = "doingoai-harness-short";
    public static final String NO_AUDIENCE_CLIENT = "doingoai-harness-noaud";
    public static final String MACHINE = "machine";

    private final Http http;
    public final String realmUrl;
    private final String keycloakBase;
    private final String realm;
    private final Map<String, Grant> cache = new ConcurrentHashMap<>();
    public final List<String> notes = new ArrayList<>();
    private boolean harnessClientReady;

    /** A token answer: the access token and its claims, plus the id and refresh tokens when given. */
    public record Grant(String access, String id, String refresh, JsonNode claims, long expiresAt) {
        public Set<String> roles() {
            Set<String> roles = new LinkedHashSet<>();
            claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
            return roles;
        }

        public String province() {
            return claims.path("province").asText(null);
        }
    }

    public Tokens(Http http, String realmUrl) {
        this.http = http;
        this.realmUrl = realmUrl.replaceAll("/+$", "");
        int i = this.realmUrl.indexOf("/realms/");
        this.keycloakBase = this.realmUrl.substring(0, i);
        this.realm = this.realmUrl.substring(i + "/realms/".length());
    }

    public String tokenUrl() {
        return realmUrl + "/protocol/openid-connect/token";
    }

    public String jwksUrl() {
        return realmUrl + "/protocol/openid-connect/certs";
    }

    public static JsonNode claims(String jwt) {
        try {
            String[] parts = jwt.split("\\.");
            return Http.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (Exception e) {
            return Http.JSON.createObjectNode();
        }
    }

    private static String form(Map<String, String> fields) {
        StringJoiner j = new StringJoiner("&");
        fields.forEach((k, v) -> j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return j.toString();
    }

    private Grant grant(Map<String, String> fields) {
        Http.Res r = http.send(new Http.Req("POST", tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(form(fields).getBytes(StandardCharsets.UTF_8)));
        JsonNode j = r.json();
        if (r.status() != 200 || j == null || !j.has("access_token")) {
            throw new IllegalStateException("Keycloak refused a token (" + fields.get("client_id") + ", "
                    + fields.getOrDefault("username", "client credentials") + "): " + r.status() + " " + r.excerpt());
        }
        String access = j.get("access_token").asText();
        JsonNode claims = claims(access);
        return new Grant(access, j.path("id_token").asText(null), j.path("refresh_token").asText(null), claims,
                claims.path("exp").asLong() * 1000);
    }

    /** A user's token through a client (password grant, with scope openid for an id_token). */
    public Grant password(String client, String user) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("client_id", client);
        f.put("grant_type", "password");
        f.put("username", user);
        f.put("password", "demo");
        f.put("scope", "openid");
        return grant(f);
    }

    public Grant machine() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("client_id", "demo-integration");
        f.put("client_secret", "demo-integration-secret");
        f.put("grant_type", "client_credentials");
        return grant(f);
    }

    /**
     * A caller's current token (cached, renewed when less than 40 s remain). Callers are user names,
     * or {@link #MACHINE}. People go through the harness's own client when it could be made.
     */
    public Grant of(String caller) {
        return cache.compute(caller, (k, g) -> {
            if (g != null && g.expiresAt() - System.currentTimeMillis() > 40_000) {
                return g;
            }
            if (caller.equals(MACHINE)) {
                return machine();
            }
            return password(harnessClientReady ? HARNESS_CLIENT : CLI, caller);
        });
    }

    /** The token a person gets from the CLI client, as the docs describe (for the access matrix). */
    public Grant cli(String caller) {
        if (caller.equals(MACHINE)) {
            return of(MACHINE);
        }
        return cache.compute("cli:" + caller, (k, g) -> g != null && g.expiresAt() - System.currentTimeMillis() > 40_000
                ? g : password(CLI, caller));
    }

    public String access(String caller) {
        return caller == null ? null : of(caller).access();
    }

    // ---- Keycloak admin: the harness's clients

    private String adminToken() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("client_id", "admin-cli");
        f.put("grant_type", "password");
        f.put("username", System.getenv().getOrDefault("HARNESS_KEYCLOAK_ADMIN", "admin"));
        f.put("password", System.getenv().getOrDefault("HARNESS_KEYCLOAK_ADMIN_PASSWORD", "admin"));
        Http.Res r = http.send(new Http.Req("POST", keycloakBase + "/realms/master/protocol/openid-connect/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(form(f).getBytes(StandardCharsets.UTF_8)));
        JsonNode j = r.json();
        if (r.status() != 200 || j == null) {
            throw new IllegalStateException("Keycloak admin login failed: " + r.status() + " " + r.excerpt());
        }
        return j.get("access_token").asText();
    }

    /** Creates the harness's clients when missing; failures are noted and the dependent checks skipped. */
    public void ensureHarnessClients() {
        String admin;
        try {
            admin = adminToken();
        } catch (RuntimeException e) {
            notes.add("Keycloak admin API not usable (" + e.getMessage() + "): no expired or audience-less tokens,"
                    + " the harness shares the CLI client's rate-limit buckets");
            return;
        }
        String clients = keycloakBase + "/admin/realms/" + realm + "/clients";
        JsonNode cli = findClient(admin, clients, CLI);
        ArrayNode mappers = Http.JSON.createArrayNode();
        if (cli != null) {
            for (JsonNode m : cli.path("protocolMappers")) {
                ObjectNode copy = m.deepCopy();
                copy.remove("id");
                mappers.add(copy);
            }
        }
        ArrayNode withoutAudience = Http.JSON.createArrayNode();
        for (JsonNode m : mappers) {
            if (!m.path("protocolMapper").asText().equals("oidc-audience-mapper")) {
                withoutAudience.add(m.deepCopy());
            }
        }
        harnessClientReady = ensureClient(admin, clients, HARNESS_CLIENT, mappers, null);
        ensureClient(admin, clients, SHORT_CLIENT, mappers, "1");
        ensureClient(admin, clients, NO_AUDIENCE_CLIENT, withoutAudience, null);
    }

    private JsonNode findClient(String admin, String clients, String clientId) {
        Http.Res r = http.send(new Http.Req("GET", clients + "?clientId=" + clientId).bearer(admin));
        JsonNode j = r.json();
        return r.status() == 200 && j != null && j.size() > 0 ? j.get(0) : null;
    }

    private boolean ensureClient(String admin, String clients, String clientId, ArrayNode mappers, String lifespan) {
        if (findClient(admin, clients, clientId) != null) {
            return true;
        }
        ObjectNode c = Http.JSON.createObjectNode();
        c.put("clientId", clientId);
        c.put("name", "Harness (created by harness/run.sh)");
        c.put("enabled", true);
        c.put("publicClient", true);
        c.put("standardFlowEnabled", false);
        c.put("directAccessGrantsEnabled", true);
        c.put("protocol", "openid-connect");
        c.set("protocolMappers", mappers.deepCopy());
        if (lifespan != null) {
            c.putObject("attributes").put("access.token.lifespan", lifespan);
        }
        Http.Res r = http.send(new Http.Req("POST", clients).bearer(admin).json(c));
        if (r.status() == 201 || r.status() == 409) {
            return true;
        }
        notes.add("could not create Keycloak client " + clientId + ": " + r.status() + " " + r.excerpt());
        return false;
    }
}
