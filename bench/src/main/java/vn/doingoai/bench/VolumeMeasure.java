package vn.doingoai.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench/volume.sh measure}: every scenario of docs/benchmarks/volume.md through the gateway
 * with real tokens, each beside its peer on the raw database in the same round, rounds taking
 * turns, and the page written with every round shown.
 * <p>
 * Options: {@code --rounds R} (default 3), {@code --requests N} per measurement (default 1 000, the
 * least a p99 means something with), {@code --clients C} (default 4), {@code --budget S} seconds
 * per measurement (default 60; a slower scenario stops early and says so), {@code --deep-page P} (default
 * 1 000, or the last page there is), {@code --out FILE}.
 */
public final class VolumeMeasure {

    static final String GATEWAY = System.getenv().getOrDefault("BENCH_GATEWAY", "http://127.0.0.1:8080");
    static final String TOKENS = System.getenv().getOrDefault("BENCH_TOKEN_URL",
            "http://localhost:8180/realms/foreign-affairs/protocol/openid-connect/token");
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpLoad http = new HttpLoad();
    private final PgBench pgbench;
    private final int rounds;
    private final int requests;
    private final int clients;
    private final Duration budget;
    private final int deepPage;

    private VolumeMeasure(int rounds, int requests, int clients, Duration budget, int deepPage, String pgbench) {
        this.deepPage = deepPage;
        this.rounds = rounds;
        this.requests = requests;
        this.clients = clients;
        this.budget = budget;
        this.pgbench = new PgBench(pgbench, "127.0.0.1", 15432);
    }

    public static void main(String[] args) throws Exception {
        List<String> list = Arrays.asList(args);
        VolumeMeasure measure = new VolumeMeasure(Integer.parseInt(option(list, "--rounds", "3")),
                Integer.parseInt(option(list, "--requests", "1000")), Integer.parseInt(option(list, "--clients", "4")),
                Duration.ofSeconds(Long.parseLong(option(list, "--budget", "60"))),
                Integer.parseInt(option(list, "--deep-page", "1000")), option(list, "--pgbench", "pgbench"));
        Path out = Path.of(option(list, "--out", "docs/benchmarks/volume.md"));
        List<Scenario> scenarios = measure.scenarios();
        List<Report.Row> rows = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            rows.add(measure.run(scenario));
        }
        Files.writeString(out, Report.page(rows, measure.rounds, measure.requests, measure.clients, Machine.describe()));
        System.out.println("written " + out);
        if (rows.stream().anyMatch(r -> r.failures() > 0)) {
            System.err.println("some requests failed; see the table");
            System.exit(1);
        }
    }

    /** An API call and its peer: the SQL the service runs for it, on the raw tables. */
    record Scenario(String goal, String name, String database, String sql, int peerTransactions, Call call, Goal target) {
    }

    interface Call {
        HttpRequest request(String token, int i);
    }

    /** What the goal compares: the API's p99 against a bound, and/or its throughput against the peer's. */
    record Goal(double p99Below, double throughputRatio, String text) {
    }

    private Report.Row run(Scenario s) throws Exception {
        System.out.printf("» %s %s%n", s.goal(), s.name());
        List<Latencies> api = new ArrayList<>();
        List<Latencies> peer = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            String token = token(s.name().contains("central") ? "central.auditor" : "th.officer");
            // Warm the path (JIT, plans, caches) before each round counts.
            http.run(clients, Math.min(50, requests), Duration.ofSeconds(20), 200, i -> s.call().request(token, i));
            Latencies a = http.run(clients, requests, budget, 200, i -> s.call().request(token, i));
            Latencies p = s.sql() == null ? null : pgbench.run(s.database(), s.sql(), clients, s.peerTransactions());
            api.add(a);
            if (p != null) {
                peer.add(p);
            }
            System.out.printf("  round %d: API %d requests, %.0f/s, p50 %.1f ms, p99 %.1f ms%s%s%n", r + 1, a.count(), a.throughput(),
                    a.p50(), a.p99(), p == null ? "" : String.format(Locale.ROOT, "; peer %.0f/s, p50 %.1f ms, p99 %.1f ms",
                            p.throughput(), p.p50(), p.p99()), a.failures() > 0 ? "; " + a.failures() + " failed: " + a.firstFailure() : "");
        }
        return new Report.Row(s.goal(), s.name(), s.target(), api, peer);
    }

    private List<Scenario> scenarios() throws IOException, InterruptedException, SQLException {
        String officer = token("th.officer");
        String central = token("central.auditor");
        List<Scenario> list = new ArrayList<>();
        String delegationId;
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:15432/delegation?user=postgres");
                Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select id from delegation where province_code = '38' and " + BenchIds.loaded("id")
                        + " order by id limit 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("no loaded delegations of province 38; run bench/volume.sh load first");
            }
            delegationId = rs.getString(1);
        }
        list.add(new Scenario("P2", "GET one delegation by id (province officer)", "delegation",
                "select * from delegation where id = '" + delegationId + "';\n"
                        + "select country_code from delegation_country where delegation_id = '" + delegationId + "' order by position;\n",
                requests, (t, i) -> get("/api/v1/delegations/" + delegationId, t), new Goal(Double.NaN, 0.5, "≥ 0.5× pgbench throughput")));

        String pageSql = """
                select c.* from delegation_country c where c.delegation_id in (
                  select d.id from delegation d where %s order by d.start_on desc, d.id desc limit 21);
                """;
        for (boolean isCentral : new boolean[] {false, true}) {
            String scope = isCentral ? "central" : "province";
            String token = isCentral ? central : officer;
            String where = isCentral ? "true" : "d.province_code in ('38')";
            for (String q : new String[] {null, "hop tac"}) {
                String query = q == null ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
                String condition = where + (q == null ? "" : " and d.search_text like '%hop%' and d.search_text like '%tac%'");
                String what = q == null ? "list" : "search q=" + q;
                list.add(new Scenario("P3", what + ", " + scope + ", page 1", "delegation",
                        String.format(pageSql, condition), requests, (t, i) -> get("/api/v1/delegations?limit=20" + query, t),
                        new Goal(50, Double.NaN, "p99 < 50 ms")));
                Deep deep = deepPage(token, "/api/v1/delegations?limit=20" + query, deepPage);
                list.add(new Scenario("P3", what + ", " + scope + ", page " + deep.page(), "delegation",
                        String.format(pageSql, condition + " and (d.start_on < '" + deep.startOn() + "' or (d.start_on = '" + deep.startOn()
                                + "' and d.id < '" + deep.id() + "'))"), requests,
                        (t, i) -> get("/api/v1/delegations?limit=20" + query + "&cursor=" + deep.cursor(), t),
                        new Goal(50, Double.NaN, "p99 < 50 ms; ≤ 1.2× page 1")));
            }
        }
        String raw = """
                select %1$s, count(distinct d.id), coalesce(sum(mc.members), 0), coalesce(sum(mc.members * (d.end_on - d.start_on + 1)), 0),
                       coalesce(sum(d.cost_estimate_vnd), 0)
                  from delegation d
                  left join (select delegation_id, count(*) as members from delegation_member group by delegation_id) mc on mc.delegation_id = d.id
                  %2$s
                 where d.status in ('SUBMITTED','APPRAISED','PARTY_OPINION','APPROVED','TRAVELLING','RETURNED','REPORT_SUBMITTED','REQUESTED','HELD','REPORTED','CLOSED')
                   %3$s
                 group by 1 order by 1;
                """;
        String[][] dimensions = {{"year", "extract(year from d.start_on)"}, {"country", "c.country_code"},
                {"province", "d.province_code"}, {"purpose", "d.purpose"}};
        for (boolean isCentral : new boolean[] {false, true}) {
            for (String[] dimension : dimensions) {
                String join = dimension[0].equals("country") ? "join delegation_country c on c.delegation_id = d.id" : "";
                String scope = isCentral ? "" : "and d.province_code in ('38')";
                list.add(new Scenario("P4", "statistics groupBy=" + dimension[0] + ", " + (isCentral ? "central (national)" : "province"),
                        "delegation", String.format(raw, dimension[1], join, scope), clients,
                        (t, i) -> get("/api/v1/delegations/statistics?groupBy=" + dimension[0], t),
                        new Goal(100, Double.NaN, "p99 < 100 ms")));
            }
        }
        return list;
    }

    record Deep(int page, String cursor, String startOn, String id) {
    }

    /** Walks the pages as a client does, up to page {@code page} or the last one there is. */
    private Deep deepPage(String token, String path, int page) throws IOException, InterruptedException {
        String cursor = null;
        JsonNode last = null;
        int n = 1;
        for (; n < page; n++) {
            HttpResponse<String> response = http.get(GATEWAY + path + (cursor == null ? "" : "&cursor=" + cursor), token);
            JsonNode body = JSON.readTree(response.body());
            String next = body.path("nextCursor").asText(null);
            if (next == null) {
                break;
            }
            JsonNode items = body.path("items");
            last = items.get(items.size() - 1);
            cursor = next;
        }
        if (cursor == null) {
            throw new IllegalStateException("fewer than two pages at " + path);
        }
        return new Deep(n, URLEncoder.encode(cursor, StandardCharsets.UTF_8), last.path("startOn").asText(), last.path("id").asText());
    }

    private static HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(GATEWAY + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).build();
    }

    private String token(String user) throws IOException, InterruptedException {
        HttpResponse<String> response = http.post(TOKENS, "client_id=foreign-affairs-cli&grant_type=password&username=" + user + "&password=demo");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + user + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static String option(List<String> args, String name, String otherwise) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : otherwise;
    }
}
