package vn.doingoai.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of conventions.md that a linter does not check, over the suite's committed document:
 * verb-noun operationIds, one summary and one tag each, security on every operation, Idempotency-Key
 * on every POST, a success
 * answer and problem+json errors with examples, bounds on every string and array, a format on every
 * number, and enums only as named schemas.
 */
class ContractRulesTest {

    private static final List<String> VERBS = List.of("list", "get", "create", "update", "delete", "transition", "add", "remove",
            "replace", "submit", "complete", "compare", "save", "record");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void everyOperationAndSchemaFollowsTheConventions() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi.yaml").toFile());
        List<String> problems = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode op = entry.getValue();
            String where = entry.getKey().toUpperCase() + " " + path.getKey();
            String id = op.path("operationId").asText("");
            if (VERBS.stream().noneMatch(v -> id.matches(v + "[A-Z][A-Za-z]+"))) {
                problems.add(where + ": operationId '" + id + "' is not verb+Noun");
            }
            if (op.path("summary").asText("").isBlank()) {
                problems.add(where + ": no summary");
            }
            if (op.path("tags").size() != 1) {
                problems.add(where + ": " + op.path("tags").size() + " tags");
            }
            if (op.path("security").isEmpty()) {
                problems.add(where + ": no security requirement");
            }
            boolean success = false;
            for (Map.Entry<String, JsonNode> response : iterable(op.path("responses"))) {
                success |= response.getKey().startsWith("2");
                if (response.getKey().matches("[45]\\d\\d") && !response.getValue().has("$ref")) {
                    JsonNode problem = response.getValue().path("content").path("application/problem+json");
                    if (problem.isMissingNode()) {
                        problems.add(where + ": " + response.getKey() + " is not problem+json");
                    } else if (!problem.has("example") && !problem.has("examples")) {
                        problems.add(where + ": " + response.getKey() + " has no example");
                    }
                }
            }
            if (!success) {
                problems.add(where + ": no success answer");
            }
            boolean idempotent = false;
            for (JsonNode parameter : op.path("parameters")) {
                schema(parameter.path("schema"), where + " parameter " + parameter.path("name").asText(), false, problems);
                idempotent |= "header".equals(parameter.path("in").asText()) && "Idempotency-Key".equals(parameter.path("name").asText());
            }
            if ("post".equals(entry.getKey()) && !idempotent) {
                problems.add(where + ": a POST that does not take Idempotency-Key");
            }
        }));
        doc.path("components").path("schemas").fields()
                .forEachRemaining(e -> schema(e.getValue(), "schema " + e.getKey(), true, problems));
        assertEquals(List.of(), problems);
    }

    private static void schema(JsonNode schema, String where, boolean named, List<String> problems) {
        if (schema.isMissingNode() || schema.has("$ref")) {
            return;
        }
        String type = schema.path("type").asText("");
        boolean wrapsReference = false;
        for (JsonNode part : schema.path("allOf")) {
            wrapsReference |= part.has("$ref");
        }
        if (type.equals("string") && !schema.has("maxLength") && !schema.has("enum") && !wrapsReference) {
            problems.add(where + ": string without maxLength");
        }
        if (type.equals("array") && !schema.has("maxItems")) {
            problems.add(where + ": array without maxItems");
        }
        if ((type.equals("integer") || type.equals("number")) && !schema.has("format")) {
            problems.add(where + ": " + type + " without format");
        }
        if (schema.has("enum") && !named) {
            problems.add(where + ": inline enum (enums are named schemas)");
        }
        for (Map.Entry<String, JsonNode> property : iterable(schema.path("properties"))) {
            schema(property.getValue(), where + "." + property.getKey(), false, problems);
        }
        schema(schema.path("items"), where + "[]", false, problems);
        if (schema.path("additionalProperties").isObject()) {
            schema(schema.path("additionalProperties"), where + "{}", false, problems);
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
