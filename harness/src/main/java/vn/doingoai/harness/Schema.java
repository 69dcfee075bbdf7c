package vn.doingoai.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One JSON schema of an OpenAPI 3.0 document with its {@code $ref}s and {@code allOf}s resolved into
 * a single node: what the generators read (type, format, enum, pattern, bounds, properties).
 */
public final class Schema {
    private static final Pattern LITERAL_ALTERNATIVES = Pattern.compile("\\^?\\(?[A-Za-z0-9_-]+(\\|[A-Za-z0-9_-]+)+\\)?\\$?");

    private final JsonNode node;
    private final String name;
    private final OpenApiModel.Resolver resolver;

    Schema(JsonNode node, String name, OpenApiModel.Resolver resolver) {
        this.node = node;
        this.name = name;
        this.resolver = resolver;
    }

    /** The component name this schema was referenced by, or null when inline. */
    public String name() {
        return name;
    }

    public JsonNode raw() {
        return node;
    }

    public String type() {
        String t = text("type");
        if (t != null) {
            return t;
        }
        if (node.has("properties")) {
            return "object";
        }
        if (node.has("items")) {
            return "array";
        }
        if (node.has("enum")) {
            return "string";
        }
        return null;
    }

    public String format() {
        return text("format");
    }

    public String pattern() {
        return text("pattern");
    }

    public boolean isString() {
        return "string".equals(type());
    }

    public boolean isInteger() {
        return "integer".equals(type());
    }

    public boolean isNumber() {
        return "number".equals(type());
    }

    public boolean isBoolean() {
        return "boolean".equals(type());
    }

    public boolean isArray() {
        return "array".equals(type());
    }

    public boolean isObject() {
        return "object".equals(type());
    }

    public boolean isUuid() {
        return isString() && "uuid".equals(format());
    }

    public boolean isDate() {
        return isString() && "date".equals(format());
    }

    public boolean isDateTime() {
        return isString() && "date-time".equals(format());
    }

    /** Declared enum values, or the literal alternatives of a pattern such as {@code MERGE|RENAME|UPGRADE}. */
    public List<String> enumValues() {
        List<String> values = new ArrayList<>();
        if (node.has("enum")) {
            node.get("enum").forEach(v -> values.add(v.asText()));
            return values;
        }
        String p = pattern();
        if (p != null && LITERAL_ALTERNATIVES.matcher(p).matches()) {
            String inner = p.replace("^", "").replace("$", "").replace("(", "").replace(")", "");
            for (String alt : inner.split("\\|")) {
                values.add(alt);
            }
        }
        return values;
    }

    public boolean isEnum() {
        return isString() && !enumValues().isEmpty();
    }

    /** Set by the service and ignored in a request (OpenAPI readOnly): no bad input is sent in it. */
    public boolean readOnly() {
        return node.path("readOnly").asBoolean(false);
    }

    public Integer maxLength() {
        return intOrNull("maxLength");
    }

    public Integer minLength() {
        return intOrNull("minLength");
    }

    public Integer maxItems() {
        return intOrNull("maxItems");
    }

    public Integer minItems() {
        return intOrNull("minItems");
    }

    public BigDecimal minimum() {
        return node.has("minimum") ? node.get("minimum").decimalValue() : null;
    }

    public BigDecimal maximum() {
        return node.has("maximum") ? node.get("maximum").decimalValue() : null;
    }

    public JsonNode example() {
        return node.get("example");
    }

    public String description() {
        return text("description");
    }

    public Map<String, Schema> properties() {
        Map<String, Schema> props = new LinkedHashMap<>();
        JsonNode p = node.get("properties");
        if (p != null) {
            p.fields().forEachRemaining(e -> props.put(e.getKey(), resolver.resolve(e.getValue())));
        }
        return props;
    }

    public List<String> required() {
        List<String> req = new ArrayList<>();
        JsonNode r = node.get("required");
        if (r != null) {
            r.forEach(v -> req.add(v.asText()));
        }
        return req;
    }

    public Schema items() {
        JsonNode i = node.get("items");
        return i == null ? null : resolver.resolve(i);
    }

    /** The schema of a map's values ({@code additionalProperties}), or null. */
    public Schema additionalProperties() {
        JsonNode a = node.get("additionalProperties");
        return a == null || !a.isObject() ? null : resolver.resolve(a);
    }

    private String text(String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private Integer intOrNull(String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isNumber() ? null : v.intValue();
    }

    static ObjectNode emptyObject() {
        return JsonNodeFactory.instance.objectNode();
    }

    @Override
    public String toString() {
        return name != null ? name : String.valueOf(type());
    }
}
