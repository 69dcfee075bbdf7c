package vn.doingoai.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.doingoai.commons.problem.ProblemCode;

/**
 * One OpenAPI document from the services' documents. Paths, tags and components are united; a
 * schema two services define differently under one name is renamed in each (service name first)
 * with every reference rewritten, never silently overwritten; any other clash (a path and method or
 * an operationId twice, a differing non-schema component) is an error. The services' bearer scheme
 * becomes one OAuth2 scheme with Keycloak's URLs, and every operation gains the answers the gateway
 * itself can give (429, 502, 503, 504, and 413 where there is a body).
 */
public final class OpenApiMerger {

    /** A service's document and the name its clashing schemas are prefixed with (e.g. {@code Agreement}). */
    public record Source(String prefix, ObjectNode document) {
    }

    /** What the merged document says about the suite as a whole. */
    public record Settings(String title, String version, String description, String serverUrl, String authorizationUrl,
            String tokenUrl) {
    }

    public static final String SECURITY_SCHEME = "keycloak";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiMerger() {
    }

    public static ObjectNode merge(List<Source> sources, Settings settings) {
        renameClashingSchemas(sources);
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode merged = json.objectNode();
        merged.put("openapi", "3.0.3");
        ObjectNode info = merged.putObject("info");
        info.put("title", settings.title()).put("version", settings.version()).put("description", settings.description());
        info.putObject("contact").put("name", "Đối ngoại API team").put("url", "https://github.com/doingoai/doingoai/issues");
        info.putObject("license").put("name", "Proprietary: for Vietnamese state bodies and their integrators");
        merged.putArray("servers").addObject().put("url", settings.serverUrl())
                .put("description", "The gateway (local development: the run command; deployments set their own address)")
                .put("x-internal", false);
        merged.putArray("security").addObject().putArray(SECURITY_SCHEME);
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        Map<String, String> tagSeen = new HashMap<>();
        Map<String, String> operationIds = new HashMap<>();

        for (Source source : sources) {
            ObjectNode doc = source.document();
            for (JsonNode tag : iterable(doc.path("tags"))) {
                String name = tag.path("name").asText();
                if (tagSeen.putIfAbsent(name, source.prefix()) == null) {
                    tags.add(tag.deepCopy());
                }
            }
            doc.path("paths").fields().forEachRemaining(path -> {
                ObjectNode target = paths.has(path.getKey()) ? (ObjectNode) paths.get(path.getKey()) : paths.putObject(path.getKey());
                path.getValue().fields().forEachRemaining(entry -> {
                    if (target.has(entry.getKey())) {
                        if (METHODS.contains(entry.getKey()) || !target.get(entry.getKey()).equals(entry.getValue())) {
                            throw new IllegalStateException(entry.getKey().toUpperCase() + " " + path.getKey()
                                    + " is defined by two services");
                        }
                        return;
                    }
                    JsonNode value = entry.getValue().deepCopy();
                    if (METHODS.contains(entry.getKey())) {
                        String id = value.path("operationId").asText(null);
                        if (id == null) {
                            throw new IllegalStateException(entry.getKey().toUpperCase() + " " + path.getKey() + " has no operationId");
                        }
                        String previous = operationIds.put(id, source.prefix());
                        if (previous != null) {
                            throw new IllegalStateException("operationId " + id + " is used by " + previous + " and " + source.prefix());
                        }
                        adaptOperation((ObjectNode) value);
                    }
                    target.set(entry.getKey(), value);
                });
            });
            doc.path("components").fields().forEachRemaining(kind -> {
                if (kind.getKey().equals("securitySchemes")) {
                    return;
                }
                ObjectNode target = components.has(kind.getKey()) ? (ObjectNode) components.get(kind.getKey())
                        : components.putObject(kind.getKey());
                kind.getValue().fields().forEachRemaining(component -> {
                    JsonNode existing = target.get(component.getKey());
                    if (existing != null && !existing.equals(component.getValue())) {
                        throw new IllegalStateException("components." + kind.getKey() + "." + component.getKey()
                                + " differs between services");
                    }
                    target.set(component.getKey(), component.getValue().deepCopy());
                });
            });
        }
        if (components.has("responses") || components.has("headers")) {
            throw new IllegalStateException("the services define components.responses or headers; the gateway's own would clash");
        }
        gatewayResponses(components);
        sortFields(components);
        ObjectNode schemes = components.putObject("securitySchemes");
        ObjectNode keycloak = schemes.putObject(SECURITY_SCHEME);
        keycloak.put("type", "oauth2").put("description", "Keycloak (realm foreign-affairs). People sign in with the "
                + "authorization-code flow and PKCE (client foreign-affairs-web); other government systems use client "
                + "credentials. Access tokens are RS256 JWTs handled as RFC8725 recommends (algorithm pinned, issuer, "
                + "audience foreign-affairs-api and expiry checked) and live 5 minutes; refresh them at the token URL.");
        ObjectNode flows = keycloak.putObject("flows");
        flows.putObject("authorizationCode").put("authorizationUrl", settings.authorizationUrl())
                .put("tokenUrl", settings.tokenUrl()).put("refreshUrl", settings.tokenUrl()).putObject("scopes");
        flows.putObject("clientCredentials").put("tokenUrl", settings.tokenUrl()).put("refreshUrl", settings.tokenUrl())
                .putObject("scopes");
        return merged;
    }

    /** The gateway's own answers (defined once under components.responses), and the one security scheme. */
    private static void adaptOperation(ObjectNode operation) {
        if (operation.has("security")) {
            ArrayNode security = operation.putArray("security");
            security.addObject().putArray(SECURITY_SCHEME);
        }
        ObjectNode responses = operation.has("responses") ? (ObjectNode) operation.get("responses") : operation.putObject("responses");
        // Every answer through the gateway says where the caller stands against its rate limit (and,
        // for the frontend's origins, carries the CORS answer).
        responses.fields().forEachRemaining(response -> {
            if ((response.getKey().startsWith("2") || response.getKey().startsWith("4")) && response.getValue() instanceof ObjectNode r
                    && !r.has("$ref")) {
                ObjectNode headers = r.has("headers") ? (ObjectNode) r.get("headers") : r.putObject("headers");
                for (String header : RATE_LIMIT_HEADERS) {
                    headers.putObject(header).put("$ref", "#/components/headers/" + header);
                }
            }
        });
        for (GatewayAnswer answer : GatewayAnswer.values()) {
            if (!responses.has(answer.status()) && (answer != GatewayAnswer.PayloadTooLarge || operation.has("requestBody"))) {
                responses.putObject(answer.status()).put("$ref", "#/components/responses/" + answer.name());
            }
        }
    }

    /** What the gateway answers by itself on any route. */
    private enum GatewayAnswer {
        PayloadTooLarge(ProblemCode.PAYLOAD_TOO_LARGE, "The request body is larger than the gateway accepts."),
        RateLimited(ProblemCode.RATE_LIMITED, "More than the client's limit in the period; try again after Retry-After seconds."),
        BadGateway(ProblemCode.BAD_GATEWAY, "The service behind the gateway gave no usable answer."),
        ServiceUnavailable(ProblemCode.SERVICE_UNAVAILABLE, "The service behind the gateway cannot be reached; try again later."),
        GatewayTimeout(ProblemCode.GATEWAY_TIMEOUT, "The service behind the gateway did not answer in time.");

        final ProblemCode code;
        final String detail;

        GatewayAnswer(ProblemCode code, String detail) {
            this.code = code;
            this.detail = detail;
        }

        String status() {
            return Integer.toString(code.status());
        }
    }

    private static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Policy", "RateLimit-Limit", "RateLimit-Remaining",
            "RateLimit-Reset", "Access-Control-Allow-Origin");

    private static void gatewayResponses(ObjectNode components) {
        ObjectNode shared = components.putObject("headers");
        header(shared, "RateLimit-Policy", "The limit that applies, e.g. 1200;w=60 (requests per 60 s).", "string");
        header(shared, "RateLimit-Limit", "Requests allowed in the window.", "integer");
        header(shared, "RateLimit-Remaining", "Requests left in the current window.", "integer");
        header(shared, "RateLimit-Reset", "Seconds until the full limit is available again.", "integer");
        header(shared, "Access-Control-Allow-Origin", "The caller's origin, present only when it is one of the configured "
                + "frontend origins (never *); see docs/frontend.md.", "string");
        ObjectNode responses = components.putObject("responses");
        for (GatewayAnswer answer : GatewayAnswer.values()) {
            ProblemCode code = answer.code;
            ObjectNode response = responses.putObject(answer.name());
            response.put("description", code.title() + " (answered by the gateway)");
            if (answer.code.status() < 500) {
                ObjectNode headers = response.putObject("headers");
                if (answer == GatewayAnswer.RateLimited) {
                    header(headers, "Retry-After", "Seconds to wait before trying again.", "integer");
                }
                for (String header : RATE_LIMIT_HEADERS) {
                    headers.putObject(header).put("$ref", "#/components/headers/" + header);
                }
            }
            ObjectNode media = response.putObject("content").putObject("application/problem+json");
            media.putObject("schema").put("$ref", SCHEMAS + "Problem");
            media.putObject("example")
                    .put("type", ProblemCode.typeUri(code.name())).put("title", code.title()).put("status", code.status())
                    .put("detail", answer.detail).put("instance", "/api/v1/agreements").put("code", code.name())
                    .put("requestId", "3f6c1f7e-2a55-4d7b-9a0e-8c1b2d3e4f50");
        }
    }

    private static void header(ObjectNode headers, String name, String description, String type) {
        ObjectNode schema = headers.putObject(name).put("description", description).putObject("schema").put("type", type);
        if (type.equals("integer")) {
            schema.put("format", "int64").put("minimum", 0).put("maximum", Long.MAX_VALUE);
        } else {
            schema.put("maxLength", 200);
        }
    }

    /**
     * A schema name defined differently by two services is renamed in each of them to the service's
     * prefix and the name ({@code AgreementSummary} stays; {@code Status} becomes {@code AgreementStatus}
     * and {@code DelegationStatus}), with every reference in that service's document rewritten.
     */
    static void renameClashingSchemas(List<Source> sources) {
        // A rename changes the references inside other schemas, which may make them differ in turn.
        while (renameOnce(sources)) {
            // until no two services define one name differently
        }
    }

    private static boolean renameOnce(List<Source> sources) {
        boolean changed = false;
        Map<String, List<Source>> byName = new LinkedHashMap<>();
        for (Source source : sources) {
            source.document().path("components").path("schemas").fieldNames()
                    .forEachRemaining(name -> byName.computeIfAbsent(name, n -> new ArrayList<>()).add(source));
        }
        for (Map.Entry<String, List<Source>> entry : byName.entrySet()) {
            List<Source> owners = entry.getValue();
            Set<JsonNode> variants = new HashSet<>();
            owners.forEach(s -> variants.add(s.document().path("components").path("schemas").get(entry.getKey())));
            if (owners.size() < 2 || variants.size() < 2) {
                continue;
            }
            for (Source owner : owners) {
                String renamed = owner.prefix() + entry.getKey();
                ObjectNode schemas = (ObjectNode) owner.document().path("components").path("schemas");
                if (schemas.has(renamed)) {
                    throw new IllegalStateException("cannot rename " + entry.getKey() + " to " + renamed + ": taken");
                }
                schemas.set(renamed, schemas.remove(entry.getKey()));
                rewriteRefs(owner.document(), SCHEMAS + entry.getKey(), SCHEMAS + renamed);
                changed = true;
            }
        }
        return changed;
    }

    private static void rewriteRefs(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("$ref") && field.getValue().asText().equals(from)) {
                    field.setValue(TextNode.valueOf(to));
                } else {
                    rewriteRefs(field.getValue(), from, to);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteRefs(element, from, to));
        }
    }

    private static void sortFields(ObjectNode components) {
        components.fields().forEachRemaining(kind -> {
            if (kind.getValue() instanceof ObjectNode byName) {
                Map<String, JsonNode> sorted = new java.util.TreeMap<>();
                byName.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
                byName.removeAll();
                sorted.forEach(byName::set);
            }
        });
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node::elements;
    }
}
