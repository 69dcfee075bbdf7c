package vn.doingoai.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The generators of bad inputs, one family per kind, from an operation's parameters and request
 * body schema. Each bad input says how it changes the operation's valid request and what answer it
 * expects: the statuses allowed, the field {@code errors[].field} must name, the enum values the
 * answer must list.
 */
public final class BadInputs {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 3;

    public enum Kind {
        WRONG_TYPE("wrong JSON type"),
        OUT_OF_RANGE("out of range"),
        UNKNOWN_ENUM("unknown enum value"),
        BAD_FORMAT("bad format/pattern"),
        BAD_UUID("blank/garbage uuid"),
        MALFORMED_JSON("malformed JSON"),
        CONTROL_CHARS("control characters"),
        INVALID_UTF8("invalid UTF-8"),
        DEEP_NESTING("deep nesting"),
        BAD_HEADERS("bad headers"),
        BAD_QUERY("invalid query value"),
        BAD_PATH("invalid path value");

        public final String title;

        Kind(String title) {
            this.title = title;
        }
    }

    /** How a bad input sends If-Match. */
    public enum IfMatch { CURRENT, NONE, WEAK_CURRENT, GARBAGE }

    /** One bad input. Null members mean "as in the valid request". */
    public static final class Bad {
        public final Kind kind;
        public final String label;
        public Set<Integer> expected = Set.of(400);
        public String field;
        public List<String> enumValues;
        public byte[] body;
        public boolean noBody;
        public String contentType;
        public boolean removeContentType;
        public final Map<String, String> query = new LinkedHashMap<>();
        public final List<String> dropQuery = new ArrayList<>();
        public final Map<String, String> path = new LinkedHashMap<>();
        public final Map<String, String> headers = new LinkedHashMap<>();
        public IfMatch ifMatch = IfMatch.CURRENT;
        /** Declared Content-Length far over the limit, sent on a raw connection. */
        public long declaredLength = -1;
        /** Sent on a fresh raw connection (the server may close it after answering). */
        public boolean raw;
        /** Changes the record only if the server wrongly accepts it: only on the harness's own records. */
        public boolean onlyOwnRecords;

        Bad(Kind kind, String label) {
            this.kind = kind;
            this.label = label;
        }

        Bad expect(Integer... statuses) {
            this.expected = Set.of(statuses);
            return this;
        }

        Bad field(String f) {
            this.field = f;
            return this;
        }

        @Override
        public String toString() {
            return kind.title + ": " + label;
        }
    }

    /** Places a leaf value in the valid body and returns the whole body. */
    private interface Placer {
        JsonNode place(JsonNode leaf);
    }

    private final ValueGen values;
    private final Raw raw = new Raw();

    public BadInputs(ValueGen values) {
        this.values = values;
    }

    /** Raw fragments in a JSON tree: a marker text replaced by bytes when written. */
    static final class Raw {
        private final Map<String, byte[]> fragments = new LinkedHashMap<>();
        private int next;

        synchronized JsonNode fragment(byte[] bytes) {
            String marker = "\uE000RAW" + (next++) + "\uE001";
            fragments.put(marker, bytes);
            return F.textNode(marker);
        }

        byte[] write(JsonNode body) {
            byte[] json;
            try {
                json = Http.JSON.writeValueAsBytes(body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            String s = new String(json, StandardCharsets.UTF_8);
            if (s.indexOf('\uE000') < 0) {
                return json;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int i = 0;
            while (i < s.length()) {
                int start = s.indexOf("\"\uE000RAW", i);
                if (start < 0) {
                    out.writeBytes(s.substring(i).getBytes(StandardCharsets.UTF_8));
                    break;
                }
                int end = s.indexOf("\uE001\"", start);
                out.writeBytes(s.substring(i, start).getBytes(StandardCharsets.UTF_8));
                String marker = s.substring(start + 1, end + 1);
                byte[] frag = fragments.get(marker);
                out.writeBytes(frag == null ? new byte[0] : frag);
                i = end + 2;
            }
            return out.toByteArray();
        }
    }

    public byte[] write(JsonNode body) {
        return raw.write(body);
    }

    // ------------------------------------------------------------------ bodies

    /** Bad bodies: every property (nested to a few levels) with every kind that applies to its schema. */
    public List<Bad> bodies(OpenApiModel.Operation op, ObjectNode base) {
        List<Bad> out = new ArrayList<>();
        Schema s = op.body();
        if (s == null) {
            return out;
        }
        if (s.isObject()) {
            walkObject(s, base, b -> b, "", 0, out);
        }
        malformed(op, base, out);
        deep(s, base, out);
        return out;
    }

    private void walkObject(Schema s, JsonNode current, Placer placeObject, String prefix, int depth, List<Bad> out) {
        ObjectNode obj = current instanceof ObjectNode o ? o : (ObjectNode) values.valid(s, null);
        for (Map.Entry<String, Schema> e : s.properties().entrySet()) {
            String name = e.getKey();
            Schema ps = e.getValue();
            if (ps != null && ps.readOnly()) {
                continue;
            }
            String field = prefix.isEmpty() ? name : prefix + "." + name;
            Placer placer = leaf -> {
                ObjectNode copy = obj.deepCopy();
                copy.set(name, leaf);
                return placeObject.place(copy);
            };
            leaf(ps, name, field, obj.get(name), placer, depth, out);
        }
    }

    private void leaf(Schema s, String name, String field, JsonNode current, Placer placer, int depth, List<Bad> out) {
        if (s == null || s.type() == null) {
            return;
        }
        switch (s.type()) {
            case "string" -> string(s, name, field, current, placer, out);
            case "integer", "number" -> number(s, field, placer, out);
            case "boolean" -> {
                add(out, Kind.WRONG_TYPE, field + ": 2 for a boolean", field, placer.place(F.numberNode(2)));
                add(out, Kind.WRONG_TYPE, field + ": \"true\" for a boolean", field, placer.place(F.textNode("true")));
                add(out, Kind.WRONG_TYPE, field + ": 0 for a boolean", field, placer.place(F.numberNode(0)));
            }
            case "array" -> array(s, name, field, current, placer, depth, out);
            case "object" -> {
                add(out, Kind.WRONG_TYPE, field + ": string for an object", field, placer.place(F.textNode("x")));
                add(out, Kind.WRONG_TYPE, field + ": array for an object", field, placer.place(F.arrayNode().add(1)));
                Schema values = s.additionalProperties();
                if (values != null && (values.isNumber() || values.isInteger())) {
                    ObjectNode m = F.objectNode().put("2026", "abc");
                    add(out, Kind.WRONG_TYPE, field + ": text for a number in a map", field + ".2026", placer.place(m));
                }
                if (depth < MAX_DEPTH && !s.properties().isEmpty()) {
                    walkObject(s, current, placer::place, field, depth + 1, out);
                }
            }
            default -> {
            }
        }
    }

    private void string(Schema s, String name, String field, JsonNode current, Placer placer, List<Bad> out) {
        List<String> enums = s.enumValues();
        String valid = current != null && current.isTextual() ? current.asText() : values.validText(s, name);
        if (s.isUuid()) {
            add(out, Kind.BAD_UUID, field + ": blank uuid", field, placer.place(F.textNode("")));
            add(out, Kind.BAD_UUID, field + ": spaces for a uuid", field, placer.place(F.textNode("   ")));
            add(out, Kind.BAD_UUID, field + ": garbage uuid", field, placer.place(F.textNode("not-a-uuid")));
            add(out, Kind.BAD_UUID, field + ": uuid with a non-hex digit", field,
                    placer.place(F.textNode("00000000-0000-4000-8000-00000000000g")));
            add(out, Kind.WRONG_TYPE, field + ": number for a uuid", field, placer.place(F.numberNode(12345)));
            add(out, Kind.CONTROL_CHARS, field + ": NUL in a uuid", field, placer.place(F.textNode(valid + "\u0000")));
            return;
        }
        if (s.isDate() || s.isDateTime()) {
            add(out, Kind.WRONG_TYPE, field + ": integer for a date", field, placer.place(F.numberNode(20260101)));
            add(out, Kind.WRONG_TYPE, field + ": boolean for a date", field, placer.place(F.booleanNode(true)));
            add(out, Kind.BAD_FORMAT, field + ": 01/12/2026", field, placer.place(F.textNode("01/12/2026")));
            add(out, Kind.BAD_FORMAT, field + ": 2026-02-30", field, placer.place(F.textNode("2026-02-30")));
            add(out, Kind.BAD_FORMAT, field + ": blank date", field, placer.place(F.textNode("")));
            add(out, Kind.CONTROL_CHARS, field + ": NUL in a date", field, placer.place(F.textNode(valid + "\u0000")));
            return;
        }
        if (!enums.isEmpty()) {
            Bad b = add(out, Kind.UNKNOWN_ENUM, field + ": unknown value HARNESS_UNKNOWN", field,
                    placer.place(F.textNode("HARNESS_UNKNOWN")));
            b.enumValues = enums;
            String lower = enums.get(0).toLowerCase(Locale.ROOT);
            if (!lower.equals(enums.get(0))) {
                Bad l = add(out, Kind.UNKNOWN_ENUM, field + ": lower-case " + lower, field, placer.place(F.textNode(lower)));
                l.enumValues = enums;
            }
            add(out, Kind.WRONG_TYPE, field + ": number for an enum", field, placer.place(F.numberNode(1)));
            add(out, Kind.WRONG_TYPE, field + ": boolean for an enum", field, placer.place(F.booleanNode(true)));
            add(out, Kind.CONTROL_CHARS, field + ": NUL after an enum value", field,
                    placer.place(F.textNode(enums.get(0) + "\u0000")));
            return;
        }
        add(out, Kind.WRONG_TYPE, field + ": number for a string", field, placer.place(F.numberNode(12345)));
        add(out, Kind.WRONG_TYPE, field + ": boolean for a string", field, placer.place(F.booleanNode(true)));
        add(out, Kind.WRONG_TYPE, field + ": object for a string", field, placer.place(F.objectNode().put("a", 1)));
        add(out, Kind.WRONG_TYPE, field + ": array for a string", field, placer.place(F.arrayNode().add("x")));
        Integer max = s.maxLength();
        if (max != null && max < 100_000) {
            String seed = valid.isEmpty() ? "a" : valid;
            StringBuilder sb = new StringBuilder();
            while (sb.length() < max + 1) {
                sb.append(seed);
            }
            add(out, Kind.OUT_OF_RANGE, field + ": maxLength+1 (" + (max + 1) + ")", field,
                    placer.place(F.textNode(sb.substring(0, max + 1))));
        }
        String p = s.pattern();
        if (p != null && p.equals("\\S")) {
            add(out, Kind.BAD_FORMAT, field + ": blank text", field, placer.place(F.textNode("   ")));
        } else if (p != null) {
            add(out, Kind.BAD_FORMAT, field + ": not matching " + p, field, placer.place(F.textNode("!!")));
        }
        add(out, Kind.CONTROL_CHARS, field + ": \\u0000 in text", field, placer.place(F.textNode("a\u0000b")));
        add(out, Kind.CONTROL_CHARS, field + ": \\u0007 in text", field, placer.place(F.textNode("a\u0007b")));
        add(out, Kind.CONTROL_CHARS, field + ": raw 0x01 byte in a JSON string", null,
                placer.place(raw.fragment(new byte[] { '"', 'a', 0x01, 'b', '"' })));
        add(out, Kind.INVALID_UTF8, field + ": bytes C3 28", null,
                placer.place(raw.fragment(new byte[] { '"', 'a', (byte) 0xC3, 0x28, 'b', '"' })));
        add(out, Kind.INVALID_UTF8, field + ": bytes FF FE", null,
                placer.place(raw.fragment(new byte[] { '"', (byte) 0xFF, (byte) 0xFE, '"' })));
        add(out, Kind.INVALID_UTF8, field + ": overlong C0 AF", null,
                placer.place(raw.fragment(new byte[] { '"', 'a', (byte) 0xC0, (byte) 0xAF, '"' })));
        add(out, Kind.INVALID_UTF8, field + ": UTF-8 surrogate ED A0 80", null,
                placer.place(raw.fragment(new byte[] { '"', 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"' })));
    }

    private void number(Schema s, String field, Placer placer, List<Bad> out) {
        add(out, Kind.WRONG_TYPE, field + ": text for a number", field, placer.place(F.textNode("abc")));
        add(out, Kind.WRONG_TYPE, field + ": boolean for a number", field, placer.place(F.booleanNode(true)));
        if (s.isInteger()) {
            add(out, Kind.WRONG_TYPE, field + ": 1.5 for an integer", field, placer.place(F.numberNode(new BigDecimal("1.5"))));
            add(out, Kind.WRONG_TYPE, field + ": \"1\" for an integer", field, placer.place(F.textNode("1")));
        }
        BigDecimal min = s.minimum();
        BigDecimal max = s.maximum();
        boolean int64 = "int64".equals(s.format());
        if (min != null && !isExtreme(min, int64)) {
            add(out, Kind.OUT_OF_RANGE, field + ": minimum-1 (" + min.subtract(BigDecimal.ONE) + ")", field,
                    placer.place(num(s, min.subtract(BigDecimal.ONE))));
        }
        if (max != null && !isExtreme(max, int64)) {
            add(out, Kind.OUT_OF_RANGE, field + ": maximum+1 (" + max.add(BigDecimal.ONE) + ")", field,
                    placer.place(num(s, max.add(BigDecimal.ONE))));
        }
        if (s.isInteger()) {
            BigInteger over = int64 ? new BigInteger("9223372036854775808") : new BigInteger("2147483648");
            add(out, Kind.OUT_OF_RANGE, field + ": " + over + " (over " + (int64 ? "int64" : "int32") + ")", field,
                    placer.place(F.numberNode(over)));
        }
    }

    private static boolean isExtreme(BigDecimal v, boolean int64) {
        BigDecimal limit = int64 ? new BigDecimal("9223372036854775000") : new BigDecimal("2147483647");
        return v.abs().compareTo(limit) >= 0;
    }

    private static JsonNode num(Schema s, BigDecimal v) {
        return s.isInteger() ? F.numberNode(v.toBigInteger()) : F.numberNode(v);
    }

    private void array(Schema s, String name, String field, JsonNode current, Placer placer, int depth, List<Bad> out) {
        add(out, Kind.WRONG_TYPE, field + ": string for an array", field, placer.place(F.textNode("x")));
        add(out, Kind.WRONG_TYPE, field + ": object for an array", field, placer.place(F.objectNode().put("a", 1)));
        Schema items = s.items();
        String itemName = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        JsonNode first = current instanceof ArrayNode a && a.size() > 0 ? a.get(0) : values.valid(items, itemName);
        Integer max = s.maxItems();
        if (max != null && max < 1000) {
            ArrayNode big = F.arrayNode();
            for (int k = 0; k <= max; k++) {
                big.add(items != null && items.isUuid() ? F.textNode(UUID.randomUUID().toString()) : first.deepCopy());
            }
            add(out, Kind.OUT_OF_RANGE, field + ": maxItems+1 (" + (max + 1) + ")", field, placer.place(big));
        }
        Integer min = s.minItems();
        if (min != null && min > 0) {
            add(out, Kind.OUT_OF_RANGE, field + ": minItems-1 (" + (min - 1) + ")", field, placer.place(F.arrayNode()));
        }
        if (items == null || depth >= MAX_DEPTH) {
            return;
        }
        Placer itemPlacer = leaf -> {
            ArrayNode a = current instanceof ArrayNode c && c.size() > 0 ? c.deepCopy() : F.arrayNode().add(first.deepCopy());
            a.set(0, leaf);
            return placer.place(a);
        };
        leaf(items, itemName, field + "[0]", first, itemPlacer, depth + 1, out);
    }

    private Bad add(List<Bad> out, Kind kind, String label, String field, JsonNode body) {
        Bad b = new Bad(kind, label).field(field);
        b.body = raw.write(body);
        out.add(b);
        return b;
    }

    private void malformed(OpenApiModel.Operation op, ObjectNode base, List<Bad> out) {
        byte[] b = raw.write(base);
        String json = new String(b, StandardCharsets.UTF_8);
        rawBody(out, Kind.MALFORMED_JSON, "truncated", json.substring(0, Math.max(1, json.length() - 3)));
        rawBody(out, Kind.MALFORMED_JSON, "trailing content ` x`", json + " x");
        rawBody(out, Kind.MALFORMED_JSON, "a second JSON value after the first", json + "{}");
        rawBody(out, Kind.MALFORMED_JSON, "top-level array", "[]");
        rawBody(out, Kind.MALFORMED_JSON, "top-level string", "\"x\"");
        rawBody(out, Kind.MALFORMED_JSON, "comment", "{/* harness */}");
        rawBody(out, Kind.MALFORMED_JSON, "single quotes", "{'a':'b'}");
        rawBody(out, Kind.MALFORMED_JSON, "unquoted key", "{a:1}");
        if (op.bodyRequired()) {
            rawBody(out, Kind.MALFORMED_JSON, "empty body", "");
            rawBody(out, Kind.MALFORMED_JSON, "null body", "null");
        }
        // A key given twice: the first property of each JSON type again, with the same value.
        if (base.size() == 0 && !op.body().properties().isEmpty()) {
            Map.Entry<String, Schema> e = op.body().properties().entrySet().iterator().next();
            String key = e.getKey();
            JsonNode value = values.valid(e.getValue(), key);
            Bad d = rawBody(out, Kind.MALFORMED_JSON, "duplicated key " + key,
                    "{" + quote(key) + ":" + value + "," + quote(key) + ":" + value + "}");
            d.field = key;
        }
        Set<com.fasterxml.jackson.databind.node.JsonNodeType> seen = new java.util.HashSet<>();
        for (Map.Entry<String, JsonNode> e : iterable(base)) {
            if (!seen.add(e.getValue().getNodeType())) {
                continue;
            }
            String dup = "{" + quote(e.getKey()) + ":" + e.getValue() + "," + json.substring(1);
            Bad d = rawBody(out, Kind.MALFORMED_JSON, "duplicated key " + e.getKey() + " ("
                    + e.getValue().getNodeType().name().toLowerCase(Locale.ROOT) + ")", dup);
            d.field = e.getKey();
        }
        // The same nested: the first object-valued property's first key twice.
        for (Map.Entry<String, JsonNode> e : iterable(base)) {
            if (e.getValue() instanceof ObjectNode inner && inner.size() > 0) {
                String k = inner.fieldNames().next();
                ObjectNode copy = base.deepCopy();
                String innerJson = inner.toString();
                String dupInner = "{" + quote(k) + ":" + inner.get(k) + "," + innerJson.substring(1);
                copy.set(e.getKey(), raw.fragment(dupInner.getBytes(StandardCharsets.UTF_8)));
                Bad n = new Bad(Kind.MALFORMED_JSON, "duplicated key " + e.getKey() + "." + k);
                n.body = raw.write(copy);
                n.field = e.getKey() + "." + k;
                out.add(n);
                break;
            }
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(ObjectNode o) {
        List<Map.Entry<String, JsonNode>> l = new ArrayList<>();
        o.fields().forEachRemaining(l::add);
        return l;
    }

    private static String quote(String s) {
        return F.textNode(s).toString();
    }

    private Bad rawBody(List<Bad> out, Kind kind, String label, String body) {
        Bad b = new Bad(kind, label);
        b.body = body.getBytes(StandardCharsets.UTF_8);
        out.add(b);
        return b;
    }

    private void deep(Schema s, ObjectNode base, List<Bad> out) {
        int n = 2000;
        Bad arrays = rawBody(out, Kind.DEEP_NESTING, n + " nested arrays", "[".repeat(n) + "]".repeat(n));
        arrays.expect(400, 413);
        StringBuilder objs = new StringBuilder();
        for (int k = 0; k < n; k++) {
            objs.append("{\"a\":");
        }
        objs.append("1").append("}".repeat(n));
        rawBody(out, Kind.DEEP_NESTING, n + " nested objects", objs.toString()).expect(400, 413);
        if (!s.properties().isEmpty()) {
            String first = s.properties().keySet().iterator().next();
            ObjectNode copy = base.deepCopy();
            copy.set(first, raw.fragment(("[".repeat(n) + "]".repeat(n)).getBytes(StandardCharsets.UTF_8)));
            Bad b = new Bad(Kind.DEEP_NESTING, n + " nested arrays in " + first);
            b.body = raw.write(copy);
            b.expect(400, 413);
            out.add(b);
        }
    }

    // ------------------------------------------------------------------ headers

    public List<Bad> headers(OpenApiModel.Operation op) {
        List<Bad> out = new ArrayList<>();
        if (op.takesIfMatch()) {
            Bad none = new Bad(Kind.BAD_HEADERS, "If-Match missing");
            none.ifMatch = IfMatch.NONE;
            out.add(none.expect(428));
            Bad weak = new Bad(Kind.BAD_HEADERS, "If-Match weak W/\"<current>\"");
            weak.ifMatch = IfMatch.WEAK_CURRENT;
            weak.onlyOwnRecords = true;
            out.add(weak.expect(412));
            Bad garbage = new Bad(Kind.BAD_HEADERS, "If-Match garbage");
            garbage.ifMatch = IfMatch.GARBAGE;
            out.add(garbage.expect(412, 400));
        }
        if (op.body() != null) {
            Bad text = new Bad(Kind.BAD_HEADERS, "Content-Type text/plain");
            text.contentType = "text/plain";
            out.add(text.expect(415));
            Bad xml = new Bad(Kind.BAD_HEADERS, "Content-Type application/xml");
            xml.contentType = "application/xml";
            out.add(xml.expect(415));
            Bad big = new Bad(Kind.BAD_HEADERS, "declared Content-Length 64 MiB (over the limit)");
            big.declaredLength = 64L * 1024 * 1024;
            big.raw = true;
            out.add(big.expect(413));
        }
        if (op.method().equals("POST") && op.takesIdempotencyKey()) {
            Bad longKey = new Bad(Kind.BAD_HEADERS, "Idempotency-Key of 201 characters");
            longKey.headers.put("Idempotency-Key", "k".repeat(201));
            out.add(longKey.expect(400).field("Idempotency-Key"));
            Bad space = new Bad(Kind.BAD_HEADERS, "Idempotency-Key with a space (not visible ASCII)");
            space.headers.put("Idempotency-Key", "harness key " + UUID.randomUUID());
            out.add(space.expect(400).field("Idempotency-Key"));
        }
        Bad huge = new Bad(Kind.BAD_HEADERS, "64 KB header");
        huge.headers.put("X-Harness-Padding", "a".repeat(64 * 1024));
        huge.raw = true;
        out.add(huge.expect(431));
        Bad uri = new Bad(Kind.BAD_HEADERS, "24 KB URI");
        uri.query.put("harnessPadding", "a".repeat(24 * 1024));
        uri.raw = true;
        out.add(uri.expect(414));
        return out;
    }

    // ------------------------------------------------------------------ path and query

    public List<Bad> path(OpenApiModel.Operation op, Function<String, String> validValue) {
        List<Bad> out = new ArrayList<>();
        for (OpenApiModel.Param p : op.pathParams()) {
            Schema s = p.schema();
            String n = p.name();
            if (s != null && s.isUuid()) {
                add(out, Kind.BAD_PATH, n + ": garbage uuid", n, "not-a-uuid");
                add(out, Kind.BAD_PATH, n + ": blank uuid", n, "%20");
            } else if (s != null && s.isDate()) {
                add(out, Kind.BAD_PATH, n + ": 2026-13-45", n, "2026-13-45");
                add(out, Kind.BAD_PATH, n + ": 01/12/2026", n, "01%2F12%2F2026");
            } else if (s != null && s.maxLength() != null) {
                add(out, Kind.BAD_PATH, n + ": maxLength+1", n, "A".repeat(s.maxLength() + 1));
            }
            if (s != null && s.pattern() != null && !s.isUuid()) {
                add(out, Kind.BAD_PATH, n + ": not matching " + s.pattern(), n, "%21%21");
            }
            String valid = validValue.apply(n);
            add(out, Kind.CONTROL_CHARS, n + ": %00 in the path", n, (valid == null ? "x" : valid) + "%00");
            add(out, Kind.CONTROL_CHARS, n + ": %07 in the path", n, "a%07b");
        }
        return out;
    }

    private static void add(List<Bad> out, Kind kind, String label, String param, String value) {
        Bad b = new Bad(kind, label);
        b.path.put(param, value);
        b.expect(400, 404);
        out.add(b);
    }

    public List<Bad> query(OpenApiModel.Operation op, Function<String, String> validValue) {
        List<Bad> out = new ArrayList<>();
        for (OpenApiModel.Param p : op.queryParams()) {
            Schema s = p.schema();
            String n = p.name();
            if (p.required()) {
                Bad b = new Bad(Kind.BAD_QUERY, n + ": required, missing").field(n);
                b.dropQuery.add(n);
                out.add(b);
            }
            if (s == null) {
                continue;
            }
            List<String> enums = s.enumValues();
            if (s.isBoolean()) {
                q(out, Kind.BAD_QUERY, n, "maybe");
                q(out, Kind.BAD_QUERY, n, "2");
            } else if (s.isInteger() || s.isNumber()) {
                q(out, Kind.BAD_QUERY, n, "abc");
                if (s.isInteger()) {
                    q(out, Kind.BAD_QUERY, n, "1.5");
                }
                BigDecimal min = s.minimum();
                BigDecimal max = s.maximum();
                if (min != null && !isExtreme(min, false)) {
                    q(out, Kind.BAD_QUERY, n, min.subtract(BigDecimal.ONE).toPlainString());
                }
                if (min != null && min.signum() > 0) {
                    q(out, Kind.BAD_QUERY, n, "-1");
                }
                if (max != null && !isExtreme(max, false)) {
                    q(out, Kind.BAD_QUERY, n, max.add(BigDecimal.ONE).toPlainString());
                }
                if (s.isInteger()) {
                    q(out, Kind.BAD_QUERY, n, "int64".equals(s.format()) ? "9223372036854775808" : "2147483648");
                }
            } else if (s.isDate()) {
                q(out, Kind.BAD_QUERY, n, "01%2F12%2F2026");
                q(out, Kind.BAD_QUERY, n, "2026-02-30");
            } else if (s.isDateTime()) {
                q(out, Kind.BAD_QUERY, n, "yesterday");
            } else if (s.isUuid()) {
                q(out, Kind.BAD_QUERY, n, "not-a-uuid");
            } else if (!enums.isEmpty()) {
                Bad b = q(out, Kind.BAD_QUERY, n, "HARNESS_UNKNOWN");
                b.enumValues = enums;
                String lower = enums.get(0).toLowerCase(Locale.ROOT);
                if (!lower.equals(enums.get(0))) {
                    q(out, Kind.BAD_QUERY, n, lower).enumValues = enums;
                }
            } else if (s.isString()) {
                if (s.pattern() != null && !s.pattern().equals("\\S")) {
                    q(out, Kind.BAD_QUERY, n, "%21%21");
                }
                if (s.maxLength() != null && s.maxLength() < 10_000) {
                    q(out, Kind.BAD_QUERY, n, "a".repeat(s.maxLength() + 1));
                }
            }
            String valid = validValue.apply(n);
            Bad nul = new Bad(Kind.CONTROL_CHARS, n + "=…%00 in the query").field(n);
            nul.query.put(n, (valid == null ? "a" : valid) + "%00");
            out.add(nul);
            if (s.isString() && s.enumValues().isEmpty() && !s.isUuid() && !s.isDate()) {
                Bad bel = new Bad(Kind.CONTROL_CHARS, n + "=a%07b in the query").field(n);
                bel.query.put(n, "a%07b");
                out.add(bel);
            }
        }
        return out;
    }

    private static Bad q(List<Bad> out, Kind kind, String name, String value) {
        String shown = value.length() > 40 ? value.substring(0, 12) + "…(" + value.length() + " chars)" : value;
        Bad b = new Bad(kind, name + "=" + shown).field(name);
        b.query.put(name, value);
        out.add(b);
        return b;
    }
}
