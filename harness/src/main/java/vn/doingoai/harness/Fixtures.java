package vn.doingoai.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The harness's own records and how valid requests are made: bodies from the schemas (with the
 * recipes' additions), path parameters from the records it created or from the lists the suite
 * serves, If-Match from the record's current ETag, and the "stored change" snapshot of a record.
 */
public final class Fixtures {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)(\\+(\\d+))?}");
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Identifiers the harness holds, whether it made them, and the province of each record. */
    public static final class Ctx {
        public final Map<String, String> ids = new ConcurrentHashMap<>();
        public final Set<String> ownedValues = Collections.newSetFromMap(new ConcurrentHashMap<>());
        public final Map<String, String> provinceOfValue = new ConcurrentHashMap<>();

        public Ctx copy() {
            Ctx c = new Ctx();
            c.ids.putAll(ids);
            c.ownedValues.addAll(ownedValues);
            c.provinceOfValue.putAll(provinceOfValue);
            return c;
        }
    }

    private final Suite suite;
    public final JsonNode recipes;
    public final Ctx base = new Ctx();
    private final Map<String, JsonNode> collections = new ConcurrentHashMap<>();
    private final AtomicInteger unique = new AtomicInteger();
    private String reportProgrammeId;

    public Fixtures(Suite suite) throws Exception {
        this.suite = suite;
        try (InputStream in = Fixtures.class.getResourceAsStream("/recipes.json")) {
            this.recipes = Http.JSON.readTree(in);
        }
    }

    public OpenApiModel.Operation op(String operationId) {
        for (OpenApiModel m : suite.models.values()) {
            OpenApiModel.Operation op = m.byId(operationId);
            if (op != null) {
                return op;
            }
        }
        return null;
    }

    public ValueGen gen(Ctx ctx) {
        return new ValueGen(name -> ctx.ids.get(name), name -> {
            JsonNode recipe = recipes.path("bodies").get(name);
            return recipe == null ? null : expand(recipe, ctx);
        });
    }

    // ------------------------------------------------------------------ bodies

    public ObjectNode body(OpenApiModel.Operation op, Ctx ctx) {
        if (op.body() == null) {
            return null;
        }
        JsonNode generated = gen(ctx).valid(op.body(), null);
        return generated instanceof ObjectNode o ? o : Http.JSON.createObjectNode();
    }

    public JsonNode expand(JsonNode node, Ctx ctx) {
        if (node.isTextual() && node.asText().equals("{reportEntries}")) {
            return reportEntries();
        }
        if (node.isTextual()) {
            return TextNode.valueOf(expand(node.asText(), ctx));
        }
        if (node.isObject()) {
            ObjectNode o = Http.JSON.createObjectNode();
            node.fields().forEachRemaining(e -> o.set(e.getKey(), expand(e.getValue(), ctx)));
            return o;
        }
        if (node.isArray()) {
            var a = Http.JSON.createArrayNode();
            node.forEach(n -> a.add(expand(n, ctx)));
            return a;
        }
        return node;
    }

    private String expand(String s, Ctx ctx) {
        Matcher m = PLACEHOLDER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "run" -> suite.run;
                case "RUN" -> suite.run.toUpperCase();
                case "unique" -> "H" + suite.run.toUpperCase() + unique.incrementAndGet();
                case "today" -> LocalDate.now().plusDays(m.group(3) == null ? 0 : Integer.parseInt(m.group(3))).toString();
                case "reportProgrammeId" -> reportProgrammeId();
                case "freeReportPeriod" -> freeReportPeriod();
                default -> ctx.ids.get(name);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A recipe placeholder left in a body: a value the suite could not give (no free report period). */
    public static String unresolved(JsonNode body) {
        if (body == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(body.toString());
        return m.find() ? m.group() : null;
    }

    /** An issued programme of the unit reporter's province, for its reports. */
    private synchronized String reportProgrammeId() {
        if (reportProgrammeId == null) {
            Tokens.Grant g = suite.tokens.of("db.reporter");
            Http.Res r = suite.http.send(new Http.Req("GET", suite.services.get("reporting") + "/api/v1/programmes?limit=200")
                    .bearer(g.access()));
            JsonNode j = r.json();
            if (j != null) {
                for (JsonNode p : j.path("items")) {
                    if (p.path("status").asText().equals("ISSUED") && p.path("provinceCode").asText().equals(g.province())) {
                        reportProgrammeId = p.path("id").asText();
                        break;
                    }
                }
            }
        }
        return reportProgrammeId;
    }

    /** An entry for each open task of the reporter's unit in that programme (a report needs them to be submitted). */
    private JsonNode reportEntries() {
        var entries = Http.JSON.createArrayNode();
        String programme = reportProgrammeId();
        if (programme == null) {
            return entries;
        }
        Tokens.Grant g = suite.tokens.of("db.reporter");
        String unit = g.claims().path("unit").asText("");
        JsonNode tasks = suite.http.send(new Http.Req("GET", suite.services.get("reporting") + "/api/v1/programmes/"
                + programme + "/tasks").bearer(g.access())).json();
        String status = "NOT_STARTED";
        OpenApiModel m = suite.models.get("reporting");
        if (m != null) {
            Schema entry = m.resolver().resolve(m.root().at("/components/schemas/ReportEntry"));
            Schema st = entry.properties().get("status");
            if (st != null && !st.enumValues().isEmpty()) {
                status = st.enumValues().get(0);
            }
        }
        if (tasks != null) {
            for (JsonNode t : tasks.path("items")) {
                boolean mine = t.path("leadUnitCode").asText().equals(unit);
                for (JsonNode c : t.path("coordinatingUnitCodes")) {
                    mine |= c.asText().equals(unit);
                }
                if (mine && !t.path("closed").asBoolean(false)) {
                    entries.addObject().put("taskId", t.path("id").asText()).put("status", status);
                }
            }
        }
        return entries;
    }

    /** The first period of that programme for which the reporter's unit has no report yet. */
    private String freeReportPeriod() {
        String programme = reportProgrammeId();
        if (programme == null) {
            return null;
        }
        String token = suite.tokens.access("db.reporter");
        String base = suite.services.get("reporting");
        JsonNode p = suite.http.send(new Http.Req("GET", base + "/api/v1/programmes/" + programme).bearer(token)).json();
        JsonNode list = suite.http.send(new Http.Req("GET", base + "/api/v1/reports?programmeId=" + programme)
                .bearer(token)).json();
        if (p == null || list == null) {
            return null;
        }
        Set<String> used = new LinkedHashSet<>();
        list.path("items").forEach(i -> used.add(i.path("period").asText()));
        String cadence = p.path("cadence").asText("QUARTER");
        int to = Math.min(p.path("toYear").asInt(), LocalDate.now().getYear());
        for (int y = p.path("fromYear").asInt(); y <= to; y++) {
            List<String> periods = switch (cadence) {
                case "YEAR" -> List.of(String.valueOf(y));
                case "HALF_YEAR" -> List.of(y + "-H1", y + "-H2");
                default -> List.of(y + "-Q1", y + "-Q2", y + "-Q3", y + "-Q4");
            };
            for (String period : periods) {
                if (!used.contains(period)) {
                    return period;
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ paths

    /** Values for the operation's path parameters, or null when one cannot be found. */
    public Map<String, String> resolvePath(OpenApiModel.Operation op, Ctx ctx, String reader) {
        return resolvePath(op, ctx, reader, false);
    }

    /**
     * Values for the operation's path parameters: the harness's own identifiers first, then the
     * recipes' defaults, an enum's first value, the first item of the list one segment up (several
     * parameters from the same item), else a generated value. With {@code ownOnly}, a uuid the harness
     * does not hold is not looked up (a step never acts on someone else's record). Null when one
     * cannot be found.
     */
    public Map<String, String> resolvePath(OpenApiModel.Operation op, Ctx ctx, String reader, boolean ownOnly) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(op.path());
        JsonNode item = null;
        while (m.find()) {
            String name = m.group(1);
            OpenApiModel.Param p = op.pathParams().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            boolean uuid = p != null && p.schema() != null && p.schema().isUuid();
            String v = ctx.ids.get(name);
            if (v == null && recipes.path("pathDefaults").has(name)) {
                v = recipes.path("pathDefaults").get(name).asText();
            }
            if (v == null && p != null && p.schema() != null && !p.schema().enumValues().isEmpty()) {
                v = p.schema().enumValues().get(0);
            }
            if (v == null && item != null && item.hasNonNull(name)) {
                v = item.get(name).asText();
            }
            if (v == null && ownOnly && uuid) {
                return null;
            }
            if (v == null) {
                String prefix = op.path().substring(0, m.start() - 1);
                item = collectionItem(op, fill(prefix, values), name, reader, null);
                v = item == null ? null : valueOf(item, name);
                if (v != null && item.hasNonNull("provinceCode")) {
                    ctx.provinceOfValue.putIfAbsent(v, item.get("provinceCode").asText());
                }
            }
            if (v == null && p != null && p.schema() != null) {
                v = URLEncoder.encode(gen(ctx).validText(p.schema(), name), StandardCharsets.UTF_8).replace("+", "%20");
            }
            if (v == null) {
                return null;
            }
            values.put(name, v);
        }
        return values;
    }

    private static String valueOf(JsonNode item, String name) {
        if (item.hasNonNull(name)) {
            return item.get(name).asText();
        }
        if (name.endsWith("Id") && item.hasNonNull("id")) {
            return item.get("id").asText();
        }
        if (item.hasNonNull("code")) {
            return item.get("code").asText();
        }
        return null;
    }

    /** A value for a path parameter from the first item of the list one segment up. */
    public String fromCollection(OpenApiModel.Operation op, String collectionPath, String name, String reader,
                                 String province) {
        JsonNode item = collectionItem(op, collectionPath, name, reader, province);
        return item == null ? null : valueOf(item, name);
    }

    private JsonNode collectionItem(OpenApiModel.Operation op, String collectionPath, String name, String reader,
                                    String province) {
        OpenApiModel model = suite.model(op);
        OpenApiModel.Operation list = model.find("GET", collectionPath);
        if (list == null) {
            String template = collectionTemplate(op, collectionPath);
            list = template == null ? null : model.find("GET", template);
        }
        if (list == null) {
            return null;
        }
        String query = province == null ? "" : "?province=" + province
                + (list.queryParams().stream().anyMatch(q -> q.name().equals("limit")) ? "&limit=50" : "");
        String url = suite.directUrl(op) + collectionPath + query;
        String token = suite.tokens.access(reader);
        JsonNode j = collections.computeIfAbsent(reader + " " + url, k -> {
            JsonNode r = suite.http.send(new Http.Req("GET", url).bearer(token)).json();
            return r == null ? Http.JSON.createObjectNode() : r;
        });
        for (JsonNode item : j.path("items")) {
            if (province != null && !item.path("provinceCode").asText().equals(province)) {
                continue;
            }
            if (valueOf(item, name) != null) {
                return item;
            }
        }
        return null;
    }

    /** The template of the operation's path that a filled-in prefix corresponds to. */
    private static String collectionTemplate(OpenApiModel.Operation op, String filledPrefix) {
        int segments = filledPrefix.split("/").length;
        String[] parts = op.path().split("/");
        if (segments > parts.length) {
            return null;
        }
        return String.join("/", java.util.Arrays.copyOf(parts, segments));
    }

    public static String fill(String template, Map<String, String> values) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    public boolean owned(Ctx ctx, Map<String, String> values) {
        return values.values().stream().allMatch(ctx.ownedValues::contains);
    }

    /** The province of the record the path names (the innermost record whose province is known). */
    public String province(Ctx ctx, Map<String, String> values) {
        String province = null;
        for (String v : values.values()) {
            String p = ctx.provinceOfValue.get(v);
            if (p != null) {
                province = p;
            }
        }
        return province;
    }

    // ------------------------------------------------------------------ requests

    /** Values of an operation's required query parameters, from the body's fields first. */
    public Map<String, String> queryValues(OpenApiModel.Operation op, Ctx ctx, JsonNode body) {
        Map<String, String> q = new LinkedHashMap<>();
        for (OpenApiModel.Param p : op.queryParams()) {
            if (!p.required()) {
                continue;
            }
            String v = body != null && body.hasNonNull(p.name()) ? body.get(p.name()).asText() : null;
            if (v == null) {
                v = gen(ctx).validText(p.schema(), p.name());
            }
            q.put(p.name(), v);
        }
        return q;
    }

    /** The valid query string of an operation: its required parameters, then the overrides (encoded). */
    public String query(OpenApiModel.Operation op, Ctx ctx, JsonNode body, Map<String, String> overrides,
                        List<String> drop) {
        Map<String, String> q = new LinkedHashMap<>();
        queryValues(op, ctx, body).forEach((k, v) -> {
            if (!drop.contains(k)) {
                q.put(k, URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        q.putAll(overrides);
        StringBuilder s = new StringBuilder();
        q.forEach((k, v) -> s.append(s.length() == 0 ? "?" : "&").append(k).append('=').append(v));
        return s.toString();
    }

    /** The GET whose ETag an operation's If-Match carries: the innermost record on its path. */
    public OpenApiModel.Operation owner(OpenApiModel.Operation op) {
        OpenApiModel model = suite.model(op);
        String[] parts = op.path().split("/");
        for (int n = parts.length; n > 1; n--) {
            if (!parts[n - 1].startsWith("{")) {
                continue;
            }
            String prefix = String.join("/", java.util.Arrays.copyOf(parts, n));
            OpenApiModel.Operation get = model.find("GET", prefix);
            if (get != null) {
                return get;
            }
        }
        return null;
    }

    /** For a POST on a collection, the GET that lists it. */
    public OpenApiModel.Operation collection(OpenApiModel.Operation op) {
        return op.method().equals("POST") ? suite.model(op).find("GET", op.path()) : null;
    }

    public String etag(OpenApiModel.Operation op, Map<String, String> values, String token) {
        OpenApiModel.Operation owner = owner(op);
        if (owner == null) {
            return null;
        }
        Http.Res r = suite.http.send(new Http.Req("GET", suite.directUrl(op) + fill(owner.path(), values)).bearer(token));
        return r.ok() ? r.header("etag") : null;
    }

    /**
     * What "stored state" means for an operation: the owning record's ETag (or a digest of it) and,
     * for a POST on a collection, how many items the list holds. Null when nothing can be read.
     */
    public String snapshot(OpenApiModel.Operation op, Ctx ctx, Map<String, String> values, JsonNode body, String token) {
        StringBuilder s = new StringBuilder();
        OpenApiModel.Operation owner = owner(op);
        if (owner != null) {
            Http.Res r = suite.http.send(new Http.Req("GET", suite.directUrl(op) + fill(owner.path(), values)).bearer(token));
            if (r.ok()) {
                s.append("etag=").append(r.header("etag") != null ? r.header("etag") : digest(r.body()));
            } else {
                s.append("owner=").append(r.status());
            }
        }
        OpenApiModel.Operation list = collection(op);
        if (list != null) {
            Map<String, String> extra = new LinkedHashMap<>();
            if (list.queryParams().stream().anyMatch(q -> q.name().equals("includeTotal"))) {
                extra.put("includeTotal", "true");
                extra.put("limit", "1");
            } else if (list.queryParams().stream().anyMatch(q -> q.name().equals("limit"))) {
                extra.put("limit", "200");
            }
            String url = suite.directUrl(op) + fill(list.path(), values) + query(list, ctx, body, extra, List.of());
            Http.Res r = suite.http.send(new Http.Req("GET", url).bearer(token));
            JsonNode j = r.json();
            if (r.ok() && j != null) {
                s.append(" count=").append(j.has("totalItems") ? j.get("totalItems").asText() : j.path("items").size());
            }
        }
        return s.length() == 0 ? null : s.toString();
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 16);
        } catch (Exception e) {
            return "?";
        }
    }

    /** Sends an operation's request with the given parts; the body is sent as is. */
    public Http.Res send(OpenApiModel.Operation op, String baseUrl, Map<String, String> values, String query,
                         byte[] body, String token, String ifMatch, String idempotencyKey) {
        Http.Req req = new Http.Req(op.method(), baseUrl + fill(op.path(), values) + (query == null ? "" : query))
                .bearer(token).header("If-Match", ifMatch).header("Idempotency-Key", idempotencyKey);
        if (body != null) {
            req.json(body);
        }
        return suite.http.send(req);
    }

    // ------------------------------------------------------------------ set-up

    public record StepResult(OpenApiModel.Operation op, Map<String, String> values, byte[] body, Http.Res res) {
    }

    /** Runs one recipe step (through the gateway, as the step's caller) and binds what it created. */
    public StepResult step(JsonNode step, Ctx ctx, String idempotencyKey) {
        OpenApiModel.Operation op = op(step.path("op").asText());
        if (op == null) {
            return null;
        }
        String caller = step.path("as").asText("th.officer");
        String token = suite.tokens.access(caller);
        Map<String, String> values = resolvePath(op, ctx, caller, true);
        if (values == null) {
            return new StepResult(op, Map.of(), null, null);
        }
        ObjectNode body = body(op, ctx);
        byte[] bytes = body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8);
        String ifMatch = op.takesIfMatch() ? etag(op, values, token) : null;
        Http.Res r = send(op, suite.gateway, values, query(op, ctx, body, Map.of(), List.of()), bytes, token, ifMatch,
                idempotencyKey);
        if (r.ok()) {
            bind(op, step, ctx, values, r);
        }
        return new StepResult(op, values, bytes, r);
    }

    public void bind(OpenApiModel.Operation op, JsonNode step, Ctx ctx, Map<String, String> values, Http.Res r) {
        JsonNode j = r.json();
        if (j == null) {
            return;
        }
        String parentProvince = province(ctx, values);
        if (parentProvince == null) {
            // A record is made in its creator's province when it does not say otherwise.
            parentProvince = suite.tokens.of(step.path("as").asText("th.officer")).province();
        }
        if (op.method().equals("POST") && j.has("id")) {
            String child = childParam(op);
            if (child != null) {
                String id = j.get("id").asText();
                ctx.ids.put(child, id);
                ctx.ownedValues.add(id);
                String p = j.path("provinceCode").asText(parentProvince);
                if (p != null) {
                    ctx.provinceOfValue.put(id, p);
                }
            }
        }
        // Other identifiers the answer names that the documents use as path parameters (personId).
        for (String param : pathParamNames()) {
            if (j.hasNonNull(param) && j.get(param).isTextual() && !values.containsKey(param)
                    && !ctx.ids.containsKey(param) && UUID_TEXT.matcher(j.get(param).asText()).matches()) {
                String v = j.get(param).asText();
                ctx.ids.put(param, v);
                ctx.ownedValues.add(v);
                if (parentProvince != null) {
                    ctx.provinceOfValue.put(v, parentProvince);
                }
            }
        }
        step.path("capture").fields().forEachRemaining(e -> {
            JsonNode v = j.at(e.getValue().asText());
            if (!v.isMissingNode()) {
                ctx.ids.put(e.getKey(), v.asText());
            }
        });
    }

    /** {@code /api/v1/partners} → {@code partnerId}, when {@code /api/v1/partners/{partnerId}} exists. */
    public String childParam(OpenApiModel.Operation op) {
        Pattern child = Pattern.compile(Pattern.quote(op.path()) + "/\\{([^}]+)}(/.*)?");
        for (OpenApiModel.Operation other : suite.model(op).operations) {
            Matcher m = child.matcher(other.path());
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    private Set<String> pathParamNames() {
        Set<String> names = new LinkedHashSet<>();
        for (OpenApiModel.Operation op : suite.serviceOperations()) {
            op.pathParams().forEach(p -> names.add(p.name()));
        }
        return names;
    }

    /** Creates the harness's records (recipes' fixtures) and returns what went wrong. */
    public List<String> setUp() {
        List<String> problems = new ArrayList<>();
        for (JsonNode step : recipes.path("fixtures")) {
            StepResult r = step(step, base, null);
            if (r == null) {
                problems.add(step.path("op").asText() + ": no such operation in the documents");
            } else if (r.res() == null) {
                problems.add(r.op().operationId() + ": a path parameter could not be resolved");
            } else if (!r.res().ok()) {
                problems.add(r.op().operationId() + " → " + r.res().status() + " " + r.res().excerpt());
            } else {
                LocationCheck.check(suite, r.op(), r.res(), "set-up");
            }
        }
        // Without a report of its own, the harness uses one of the unit's (changes it never).
        if (!base.ids.containsKey("reportId") && reportProgrammeId() != null) {
            JsonNode list = suite.http.send(new Http.Req("GET", suite.services.get("reporting")
                    + "/api/v1/reports?programmeId=" + reportProgrammeId()).bearer(suite.tokens.access("db.reporter"))).json();
            if (list != null && list.path("items").size() > 0) {
                JsonNode item = list.path("items").get(0);
                for (JsonNode i : list.path("items")) {
                    if (i.path("status").asText().equals("DRAFT")) {
                        item = i;
                        break;
                    }
                }
                base.ids.put("reportId", item.path("id").asText());
                String province = suite.tokens.of("db.reporter").province();
                if (province != null) {
                    base.provinceOfValue.put(item.path("id").asText(), province);
                }
                problems.add("using the existing report " + item.path("id").asText() + " (not the harness's own)");
            }
        }
        return problems;
    }
}
