package vn.doingoai.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.awaitility.Awaitility;

/**
 * {@code bench/volume.sh measure}: every scenario of docs/benchmarks/volume.md through the gateway
 * with real tokens, each beside its peer on the raw database in the same round, and the page
 * written with every round shown.
 * <p>
 * Options: {@code --rounds R} (default 3), {@code --requests N} per measurement (default 1 000, the
 * least a p99 means something with), {@code --clients C} (default 4), {@code --budget S} seconds
 * per measurement (default 60; a slower scenario stops early and says so), {@code --deep-page P}
 * (default 1 000, or the last page there is), {@code --warmup S} seconds of load on each scenario before
 * its first round (default 15), {@code --export-rounds R} (default: as many as the others; an export of a
 * million rows takes a minute), {@code --only P2,P3,…}, {@code --out FILE}.
 */
public final class VolumeMeasure {

    private final Suite suite = new Suite();
    private final PgBench pgbench;
    private final int rounds;
    private final int requests;
    private final int clients;
    private final Duration budget;
    private final int deepPage;
    private final Duration warmup;

    private VolumeMeasure(int rounds, int requests, int clients, Duration budget, int deepPage, Duration warmup, String pgbench) {
        this.warmup = warmup;
        this.rounds = rounds;
        this.requests = requests;
        this.clients = clients;
        this.budget = budget;
        this.deepPage = deepPage;
        this.pgbench = new PgBench(pgbench, "127.0.0.1", 15432);
    }

    public static void main(String[] args) throws Exception {
        List<String> list = Arrays.asList(args);
        VolumeMeasure measure = of(list);
        List<String> only = List.of(option(list, "--only", "P2,P3,P4,P5,P6,P7,P8").split(","));
        Path out = Path.of(option(list, "--out", "docs/benchmarks/volume.md"));
        int exportRounds = Integer.parseInt(option(list, "--export-rounds", String.valueOf(measure.rounds)));
        List<Report.Row> rows = measure.measure(only, exportRounds);
        List<String> notes = List.of("P1 (the gateway beside nginx) is measured by `bench/gateway.sh` and written to [gateway.md](gateway.md).",
                "How P3, P4 and P7 grow from 100 000 to 3 000 000 delegations: [volume-growth.md](volume-growth.md).");
        Files.writeString(out, Report.page(rows, measure.rounds, measure.requests, measure.clients, Machine.describe(), notes));
        System.out.println("written " + out);
        if (rows.stream().anyMatch(r -> r.failures() > 0)) {
            System.err.println("some requests failed; see the table");
            System.exit(1);
        }
    }

    /** The measurement the options ask for (see the class comment). */
    static VolumeMeasure of(List<String> list) {
        return new VolumeMeasure(Integer.parseInt(option(list, "--rounds", "3")),
                Integer.parseInt(option(list, "--requests", "1000")), Integer.parseInt(option(list, "--clients", "4")),
                Duration.ofSeconds(Long.parseLong(option(list, "--budget", "60"))),
                Integer.parseInt(option(list, "--deep-page", "1000")), Duration.ofSeconds(Long.parseLong(option(list, "--warmup", "15"))),
                option(list, "--pgbench", "pgbench"));
    }

    int rounds() {
        return rounds;
    }

    int requests() {
        return requests;
    }

    int clients() {
        return clients;
    }

    long warmupSeconds() {
        return warmup.toSeconds();
    }

    /** Every scenario of the goals named in {@code only}, each beside its peer, in the table's order. */
    List<Report.Row> measure(List<String> only, int exportRounds) throws Exception {
        List<Report.Row> rows = new ArrayList<>();
        for (Scenario scenario : scenarios(only)) {
            rows.add(run(scenario));
        }
        if (only.contains("P4")) {
            rows.add(writeReflected());
        }
        if (only.contains("P5")) {
            System.out.println("» P5 transitions");
            rows.addAll(new Transitions(suite, pgbench, clients).measure(rounds, requests));
        }
        if (only.contains("P7")) {
            System.out.println("» P7 exports");
            rows.addAll(new Export(suite).measure(exportRounds, "text/csv", "the national register as CSV (central)"));
            rows.addAll(new Export(suite).measure(exportRounds,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "the national register as XLSX (central)"));
        }
        if (only.contains("P6")) {
            System.out.println("» P6 start and memory");
            rows.addAll(new StartAndMemory(suite).measure());
        }
        rows.sort(Comparator.comparing(Report.Row::goal));
        return rows;
    }

    /** An API call and its peer: the SQL the service runs for it, on the raw tables. */
    record Scenario(String goal, String name, String user, String database, String sql, int peerClients, int peerTransactions, Call call,
            Goal target) {
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
        String first = suite.token(s.user());
        // The path is warmed (JIT, plans, caches) before the first round counts, as a service in use is.
        suite.http.run(clients, 1_000_000, warmup, 200, i -> s.call().request(first, i));
        for (int r = 0; r < rounds; r++) {
            String token = suite.token(s.user());
            Latencies a = suite.http.run(clients, requests, budget, 200, i -> s.call().request(token, i));
            Latencies p = pgbench.run(s.database(), s.sql(), s.peerClients(), s.peerTransactions());
            api.add(a);
            peer.add(p);
            System.out.printf(Locale.ROOT, "  round %d: API %d requests, %.0f/s, p50 %.1f ms, p99 %.1f ms; peer %.0f/s, p50 %.1f ms, p99 %.1f ms%s%n",
                    r + 1, a.count(), a.throughput(), a.p50(), a.p99(), p.throughput(), p.p50(), p.p99(),
                    a.failures() > 0 ? "; " + a.failures() + " failed: " + a.firstFailure() : "");
        }
        return Report.latencies(s.goal(), s.name(), s.target(), api, peer);
    }

    private List<Scenario> scenarios(List<String> only) throws Exception {
        List<Scenario> list = new ArrayList<>();
        if (only.contains("P2")) {
            String id = Suite.one("delegation", "select id from delegation where province_code = '38' and " + BenchIds.loaded("id")
                    + " order by id limit 1");
            if (id == null) {
                throw new IllegalStateException("no loaded delegations of province 38; run bench/volume.sh load first");
            }
            list.add(new Scenario("P2", "GET one delegation by id (province officer)", "th.officer", "delegation",
                    "select * from delegation where id = '" + id + "';\n"
                            + "select country_code from delegation_country where delegation_id = '" + id + "' order by position;\n"
                            + "select count(*) from delegation_member where delegation_id = '" + id + "';\n",
                    clients, requests, (t, i) -> Suite.get("/api/v1/delegations/" + id, t), new Goal(Double.NaN, 0.5, "≥ 0.5× pgbench throughput")));
        }
        if (only.contains("P3")) {
            list.addAll(lists());
        }
        if (only.contains("P4")) {
            list.addAll(statistics());
        }
        if (only.contains("P8")) {
            list.addAll(reports());
        }
        return list;
    }

    private List<Scenario> lists() throws IOException, InterruptedException {
        List<Scenario> list = new ArrayList<>();
        String page = """
                select c.* from delegation_country c where c.delegation_id in (
                  select d.id from delegation d where %s order by d.start_on desc, d.id limit 21);
                """;
        for (boolean central : new boolean[] {false, true}) {
            String scope = central ? "central" : "province";
            String user = central ? "central.auditor" : "th.officer";
            String where = central ? "true" : "d.province_code in ('38')";
            for (String q : new String[] {null, "hop tac"}) {
                String query = q == null ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
                String condition = where + (q == null ? "" : " and d.search_text like '%hop%' and d.search_text like '%tac%'");
                String what = q == null ? "list" : "search q=" + q;
                list.add(new Scenario("P3", what + ", " + scope + ", page 1", user, "delegation", String.format(page, condition), clients, requests,
                        (t, i) -> Suite.get("/api/v1/delegations?limit=20" + query, t), new Goal(50, Double.NaN, "p99 < 50 ms")));
                Deep deep = deepPage(suite.token(user), "/api/v1/delegations?limit=20" + query, deepPage);
                list.add(new Scenario("P3", what + ", " + scope + ", page " + deep.page(), user, "delegation",
                        String.format(page, condition + " and d.start_on <= '" + deep.startOn() + "' and (d.start_on < '" + deep.startOn()
                                + "' or (d.start_on = '" + deep.startOn() + "' and d.id > '" + deep.id() + "'))"), clients, requests,
                        (t, i) -> Suite.get("/api/v1/delegations?limit=20" + query + "&cursor=" + deep.cursor(), t),
                        new Goal(50, Double.NaN, "p99 < 50 ms; ≤ 1.2× page 1")));
            }
        }
        return list;
    }

    private List<Scenario> statistics() {
        List<Scenario> list = new ArrayList<>();
        // The peer is the aggregation over the raw tables the question is about, as an analyst would write it in psql.
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
        for (boolean central : new boolean[] {false, true}) {
            for (String[] dimension : dimensions) {
                String join = dimension[0].equals("country") ? "join delegation_country c on c.delegation_id = d.id" : "";
                String scope = central ? "" : "and d.province_code in ('38')";
                list.add(new Scenario("P4", "statistics groupBy=" + dimension[0] + ", " + (central ? "central (national)" : "province"),
                        central ? "central.auditor" : "th.officer", "delegation", String.format(raw, dimension[1], join, scope), 1, 1,
                        (t, i) -> Suite.get("/api/v1/delegations/statistics?groupBy=" + dimension[0], t),
                        new Goal(100, Double.NaN, "p99 < 100 ms")));
            }
        }
        return list;
    }

    private List<Scenario> reports() throws Exception {
        String programme = Suite.one("reporting", "select id from programme where province_code = '38' and status = 'ISSUED' and "
                + BenchIds.loaded("id") + " order by id limit 1");
        if (programme == null) {
            throw new IllegalStateException("no loaded programme of province 38; run bench/volume.sh load first");
        }
        String period = "2023-Q2";
        String common = """
                select * from programme where id = '%1$s';
                select * from reporting_unit where province_code = '38';
                select t.*, c.unit_id from task t left join task_coordinator c on c.task_id = t.id where t.programme_id = '%1$s' and not t.closed;
                """.formatted(programme);
        return List.of(
                new Scenario("P8", "completeness of a programme's period (40 units × 20 periods)", "th.officer", "reporting",
                        common + "select * from unit_report where programme_id = '%s' and period = '%s';\n".formatted(programme, period), clients, requests,
                        (t, i) -> Suite.get("/api/v1/reports/completeness?programmeId=" + programme + "&period=" + period, t),
                        new Goal(200, Double.NaN, "p99 < 200 ms")),
                new Scenario("P8", "consolidated report of a programme's period", "th.officer", "reporting",
                        common + "select * from content_area where programme_id = '%s' order by position;\n".formatted(programme)
                                + "select * from unit_report where programme_id = '%s' and period = '%s' and status in ('SUBMITTED', 'ACCEPTED');\n"
                                        .formatted(programme, period), clients, requests,
                        (t, i) -> Suite.get("/api/v1/reports/consolidated?programmeId=" + programme + "&period=" + period, t),
                        new Goal(200, Double.NaN, "p99 < 200 ms")));
    }

    /**
     * P4's second half: an inbound request counts from the moment it is registered, so after the POST
     * the province's statistics must show one more delegation that year. How long until they do.
     */
    private Report.Row writeReflected() throws Exception {
        System.out.println("» P4 a write reflected in the statistics");
        List<Double> waits = new ArrayList<>();
        int year = LocalDate.now().getYear() + 1;
        for (int r = 0; r < rounds; r++) {
            String token = suite.token("th.officer");
            long before = delegationsIn(token, year);
            String body = """
                    {"direction":"INBOUND","title":"Đoàn đo độ trễ thống kê %d","purpose":"WORKING_VISIT","startOn":"%d-05-04",
                     "endOn":"%d-05-06","partnerName":"Đoàn tỉnh Hủa Phăn","originCountries":["LA"]}""".formatted(r + 1, year, year);
            HttpResponse<String> created = suite.http.send(Suite.post("/api/v1/delegations", token, body), HttpResponse.BodyHandlers.ofString());
            long posted = System.nanoTime();
            if (created.statusCode() != 201) {
                throw new IllegalStateException("creating the delegation answered " + created.statusCode() + ": " + created.body());
            }
            Awaitility.await("the new delegation in the statistics").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                    .until(() -> delegationsIn(token, year) == before + 1);
            double ms = (System.nanoTime() - posted) / 1e6;
            waits.add(ms);
            String id = Suite.JSON.readTree(created.body()).path("id").asText();
            suite.http.send(Suite.post("/api/v1/delegations/" + id + "/transitions", token,
                    "{\"action\":\"CANCEL\",\"effectiveOn\":\"" + LocalDate.now() + "\",\"comment\":\"Đo xong\"}", "If-Match", "\"0\""),
                    HttpResponse.BodyHandlers.discarding());
            System.out.printf(Locale.ROOT, "  round %d: shown after %.0f ms%n", r + 1, ms);
        }
        double median = Report.median(waits.stream().mapToDouble(Double::doubleValue).toArray());
        return new Report.Row("P4", "a new delegation shown in the province's statistics", "within 1 s",
                String.format(Locale.ROOT, "%.0f ms after the POST answered", median), "–", waits.stream().allMatch(w -> w < 1000), 0,
                String.join(" · ", waits.stream().map(w -> String.format(Locale.ROOT, "%.0f ms", w)).toList()), "–");
    }

    private long delegationsIn(String token, int year) throws IOException, InterruptedException {
        HttpResponse<String> response = suite.http.send(Suite.get("/api/v1/delegations/statistics?groupBy=year", token),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode item : Suite.JSON.readTree(response.body()).path("items")) {
            if (item.path("keys").path("year").asInt() == year) {
                return item.path("delegations").asLong();
            }
        }
        return 0;
    }

    record Deep(int page, String cursor, String startOn, String id) {
    }

    /** Walks the pages as a client does, up to page {@code page} or the last one there is. */
    private Deep deepPage(String token, String path, int page) throws IOException, InterruptedException {
        String cursor = null;
        JsonNode last = null;
        int n = 1;
        for (; n < page; n++) {
            HttpResponse<String> response = suite.http.get(Suite.GATEWAY + path + (cursor == null ? "" : "&cursor=" + cursor), token);
            JsonNode body = Suite.JSON.readTree(response.body());
            String next = body.path("nextCursor").asText(null);
            if (next == null) {
                break;
            }
            JsonNode items = body.path("items");
            last = items.get(items.size() - 1);
            cursor = URLEncoder.encode(next, StandardCharsets.UTF_8);
        }
        if (cursor == null) {
            throw new IllegalStateException("fewer than two pages at " + path);
        }
        return new Deep(n, cursor, last.path("startOn").asText(), last.path("id").asText());
    }

    private static String option(List<String> args, String name, String otherwise) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : otherwise;
    }
}
