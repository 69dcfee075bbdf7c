package vn.doingoai.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Valid values from schemas: the example when there is one, else the first enum value, a string
 * matching the pattern, today for a date, an identifier the harness knows for a uuid of that name
 * (partnerId, partnerIds → the harness's partner), the minimum for a number.
 */
public final class ValueGen {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Identifiers by property name (partnerId → a uuid), null when unknown. */
    private final Function<String, String> ids;
    /** Additions by schema name (the recipes), merged over what a schema generates; null when none. */
    private final Function<String, JsonNode> recipes;

    public ValueGen(Function<String, String> ids) {
        this(ids, name -> null);
    }

    public ValueGen(Function<String, String> ids, Function<String, JsonNode> recipes) {
        this.ids = ids;
        this.recipes = recipes;
    }

    public JsonNode valid(Schema s, String name) {
        return valid(s, name, 0);
    }

    private JsonNode valid(Schema s, String name, int depth) {
        if (s == null) {
            return F.textNode("x");
        }
        JsonNode ex = s.example();
        String type = s.type();
        if (type == null) {
            return F.textNode("x");
        }
        switch (type) {
            case "string" -> {
                if (s.isUuid()) {
                    String id = name == null ? null : ids.apply(name);
                    return F.textNode(id != null ? id : UUID.randomUUID().toString());
                }
                if (ex != null && ex.isValueNode()) {
                    return F.textNode(ex.asText());
                }
                if (!s.enumValues().isEmpty()) {
                    return F.textNode(s.enumValues().get(0));
                }
                if (s.isDate()) {
                    return F.textNode(LocalDate.now().toString());
                }
                if (s.isDateTime()) {
                    return F.textNode(Instant.now().toString());
                }
                if (name != null && ids.apply(name) != null) {
                    return F.textNode(ids.apply(name));
                }
                String p = s.pattern();
                if (p != null && !p.equals("\\S")) {
                    String g = PatternGen.generate(p);
                    if (g != null) {
                        return F.textNode(g);
                    }
                }
                String v = "HARNESS " + (name == null ? "text" : name);
                Integer max = s.maxLength();
                return F.textNode(max != null && v.length() > max ? v.substring(0, Math.max(1, max)) : v);
            }
            case "integer", "number" -> {
                if (ex != null && ex.isNumber()) {
                    return ex;
                }
                BigDecimal min = s.minimum();
                BigDecimal max = s.maximum();
                BigDecimal v = BigDecimal.ONE;
                if (name != null && name.toLowerCase().contains("year")) {
                    v = BigDecimal.valueOf(LocalDate.now().getYear());
                }
                if (min != null && v.compareTo(min) < 0) {
                    v = min;
                }
                if (max != null && v.compareTo(max) > 0) {
                    v = max;
                }
                return s.isInteger() ? F.numberNode(v.toBigInteger()) : F.numberNode(v);
            }
            case "boolean" -> {
                return ex != null && ex.isBoolean() ? ex : F.booleanNode(false);
            }
            case "array" -> {
                ArrayNode a = F.arrayNode();
                Schema items = s.items();
                int n = s.minItems() == null ? 0 : s.minItems();
                String itemName = name != null && name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
                if (n == 0 && items != null && items.isUuid() && itemName != null && ids.apply(itemName) != null) {
                    n = 1;
                }
                for (int k = 0; k < n; k++) {
                    a.add(valid(items, itemName, depth + 1));
                }
                return a;
            }
            case "object" -> {
                ObjectNode o = F.objectNode();
                if (depth > 6) {
                    return o;
                }
                Map<String, Schema> props = s.properties();
                for (Map.Entry<String, Schema> e : props.entrySet()) {
                    Schema p = e.getValue();
                    // Required properties, and numbers with an example: services often need those
                    // although the schema marks them optional (a rule's limits, a setting).
                    boolean numberWithExample = (p.isInteger() || p.isNumber()) && p.example() != null;
                    if (s.required().contains(e.getKey()) || numberWithExample) {
                        o.set(e.getKey(), valid(p, e.getKey(), depth + 1));
                    }
                }
                JsonNode recipe = s.name() == null ? null : recipes.apply(s.name());
                return recipe == null ? o : merge(o, recipe);
            }
            default -> {
                return F.textNode("x");
            }
        }
    }

    /** A valid value of a property, written into a query string or a path. */
    public String validText(Schema s, String name) {
        JsonNode v = valid(s, name);
        return v.isTextual() ? v.asText() : v.toString();
    }

    /** Deep merge: values of {@code over} replace those of {@code base}; objects merge. */
    public static JsonNode merge(JsonNode base, JsonNode over) {
        if (over == null) {
            return base;
        }
        if (base instanceof ObjectNode b && over instanceof ObjectNode o) {
            ObjectNode out = b.deepCopy();
            o.fields().forEachRemaining(e -> out.set(e.getKey(), merge(out.get(e.getKey()), e.getValue())));
            return out;
        }
        return over.deepCopy();
    }
}
