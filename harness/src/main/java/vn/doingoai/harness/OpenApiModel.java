package vn.doingoai.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operations of a committed OpenAPI 3.0 document: method, path, parameters and request body,
 * with schemas resolved. Everything the harness generates starts here, so a new operation in a
 * document is covered without new code.
 */
public final class OpenApiModel {
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    /** Where a document came from: {@code agreement} for {@code agreement-service/openapi.yaml}. */
    public final String service;
    public final List<Operation> operations = new ArrayList<>();
    private final JsonNode root;

    public record Param(String name, String in, boolean required, Schema schema, String description) {
    }

    public record Operation(String service, String method, String path, String operationId, String summary,
                            String description, List<Param> params, Schema body, boolean bodyRequired,
                            Set<String> responses) {

        public List<Param> pathParams() {
            return params.stream().filter(p -> p.in().equals("path")).toList();
        }

        public List<Param> queryParams() {
            return params.stream().filter(p -> p.in().equals("query")).toList();
        }

        public Param header(String name) {
            return params.stream().filter(p -> p.in().equals("header") && p.name().equalsIgnoreCase(name))
                    .findFirst().orElse(null);
        }

        public boolean takesIfMatch() {
            return header("If-Match") != null;
        }

        public boolean takesIdempotencyKey() {
            return header("Idempotency-Key") != null;
        }

        public boolean isRead() {
            return method.equals("GET") || method.equals("HEAD");
        }

        public String label() {
            return method + " " + path + " (" + operationId + ")";
        }
    }

    /** Resolves {@code $ref} and merges {@code allOf} parts into one schema node. */
    public final class Resolver {
        public Schema resolve(JsonNode schema) {
            return resolve(schema, 0);
        }

        private Schema resolve(JsonNode schema, int depth) {
            if (schema == null) {
                return null;
            }
            String name = null;
            JsonNode current = schema;
            if (current.has("$ref")) {
                String ref = current.get("$ref").asText();
                name = ref.substring(ref.lastIndexOf('/') + 1);
                JsonNode target = root.at(ref.substring(1));
                ObjectNode merged = Schema.emptyObject();
                merged.setAll((ObjectNode) target.deepCopy());
                // Siblings of a $ref (description, maxLength, …) are kept; OpenAPI 3.0 tools differ here.
                current.fields().forEachRemaining(e -> {
                    if (!e.getKey().equals("$ref")) {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
                current = merged;
                if (current.has("$ref") && depth < 10) {
                    Schema again = resolve(current, depth + 1);
                    return new Schema(again.raw(), name, this);
                }
            }
            if (current.has("allOf")) {
                ObjectNode merged = Schema.emptyObject();
                for (JsonNode part : current.get("allOf")) {
                    Schema resolved = resolve(part, depth + 1);
                    if (name == null && current.size() == 1) {
                        name = resolved.name();
                    }
                    mergeInto(merged, (ObjectNode) resolved.raw());
                }
                Iterator<Map.Entry<String, JsonNode>> it = current.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!e.getKey().equals("allOf")) {
                        merged.set(e.getKey(), e.getValue());
                    }
                }
                current = merged;
            }
            return new Schema(current, name, this);
        }

        private void mergeInto(ObjectNode into, ObjectNode part) {
            part.fields().forEachRemaining(e -> {
                if (e.getKey().equals("properties") && into.has("properties")) {
                    ((ObjectNode) into.get("properties")).setAll((ObjectNode) e.getValue());
                } else if (e.getKey().equals("required") && into.has("required")) {
                    ((com.fasterxml.jackson.databind.node.ArrayNode) into.get("required")).addAll(
                            (com.fasterxml.jackson.databind.node.ArrayNode) e.getValue());
                } else {
                    into.set(e.getKey(), e.getValue());
                }
            });
        }
    }

    private final Resolver resolver = new Resolver();

    public OpenApiModel(Path file, String service) throws IOException {
        this.service = service;
        this.root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        JsonNode paths = root.path("paths");
        paths.fields().forEachRemaining(pathEntry -> {
            String path = pathEntry.getKey();
            JsonNode item = pathEntry.getValue();
            List<JsonNode> shared = new ArrayList<>();
            item.path("parameters").forEach(shared::add);
            for (String m : METHODS) {
                JsonNode op = item.get(m);
                if (op == null) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                List<JsonNode> all = new ArrayList<>(shared);
                op.path("parameters").forEach(all::add);
                for (JsonNode p : all) {
                    JsonNode param = p.has("$ref") ? root.at(p.get("$ref").asText().substring(1)) : p;
                    params.add(new Param(param.path("name").asText(), param.path("in").asText(),
                            param.path("required").asBoolean(false) || param.path("in").asText().equals("path"),
                            resolver.resolve(param.get("schema")), param.path("description").asText(null)));
                }
                Schema body = null;
                boolean bodyRequired = false;
                JsonNode rb = op.get("requestBody");
                if (rb != null) {
                    JsonNode json = rb.path("content").path("application/json").get("schema");
                    if (json == null && rb.path("content").size() > 0) {
                        json = rb.path("content").elements().next().get("schema");
                    }
                    body = resolver.resolve(json);
                    bodyRequired = rb.path("required").asBoolean(false);
                }
                Set<String> responses = new LinkedHashSet<>();
                op.path("responses").fieldNames().forEachRemaining(responses::add);
                operations.add(new Operation(service, m.toUpperCase(Locale.ROOT), path,
                        op.path("operationId").asText(m + path), op.path("summary").asText(""),
                        op.path("description").asText(""), List.copyOf(params), body, bodyRequired, responses));
            }
        });
    }

    public Resolver resolver() {
        return resolver;
    }

    public JsonNode root() {
        return root;
    }

    /** The declared methods of one path template. */
    public Set<String> methodsOf(String path) {
        Set<String> methods = new LinkedHashSet<>();
        for (Operation op : operations) {
            if (op.path().equals(path)) {
                methods.add(op.method());
            }
        }
        return methods;
    }

    public Operation find(String method, String path) {
        for (Operation op : operations) {
            if (op.method().equals(method) && op.path().equals(path)) {
                return op;
            }
        }
        return null;
    }

    public Operation byId(String operationId) {
        for (Operation op : operations) {
            if (op.operationId().equals(operationId)) {
                return op;
            }
        }
        return null;
    }

    /** The client-credentials token URL of the first OAuth2 security scheme, or null. */
    public String tokenUrl() {
        for (JsonNode scheme : root.path("components").path("securitySchemes")) {
            JsonNode flows = scheme.path("flows");
            for (JsonNode flow : flows) {
                if (flow.has("tokenUrl")) {
                    return flow.get("tokenUrl").asText();
                }
            }
        }
        return null;
    }
}
