package vn.doingoai.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * P5: a lifecycle transition. Inbound requests of province 38 made for the purpose are cancelled
 * through the API (closed loop, then an open loop at half the rate it reached), and pgbench runs
 * the statements of a transition (read the delegation, update it under its version, record the
 * transition; the tally's triggers fire in both) on a pool of its own.
 */
final class Transitions {

    static final int API_POOL = 0x63;
    static final int PEER_POOL = 0x64;

    private final Suite suite;
    private final PgBench pgbench;
    private final int clients;

    Transitions(Suite suite, PgBench pgbench, int clients) {
        this.suite = suite;
        this.pgbench = pgbench;
        this.clients = clients;
    }

    static String id(int pool, long n) {
        return String.format("b1b1b1b1-%04x-4000-8000-%012x", pool, n);
    }

    /** Fresh REQUESTED delegations: {@code n} in each pool (none: the pools removed); earlier pools are removed first. */
    void pools(int apiRows, int peerRows) throws Exception {
        for (int pool : new int[] {API_POOL, PEER_POOL}) {
            String range = "between '" + id(pool, 0) + "' and '" + id(pool, 0xffffffffffffL) + "'";
            Suite.execute("delegation", "delete from delegation_transition where delegation_id " + range);
            Suite.execute("delegation", "delete from delegation where id " + range);
            Suite.execute("delegation", String.format("""
                    insert into delegation (id, province_code, version, direction, status, title, purpose, start_on, end_on,
                                            partner_name, search_text, created_at, created_by, updated_at, updated_by)
                    select ('b1b1b1b1-%04x-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, '38', 0, 'INBOUND', 'REQUESTED',
                           'Đoàn đo thời gian chuyển trạng thái ' || g, 'WORKING_VISIT', date '%2$s' + (g %% 300), date '%2$s' + (g %% 300) + 2,
                           'Đoàn tỉnh Hủa Phăn', 'doan do thoi gian chuyen trang thai ' || g, now(), 'bench', now(), 'bench'
                      from generate_series(1, %3$d) g""", pool, LocalDate.now().plusYears(1).withDayOfYear(1), pool == API_POOL ? apiRows : peerRows));
        }
    }

    /** Saturation (closed loop) and half of it (open loop), each beside pgbench. */
    List<Report.Row> measure(int rounds, int requests) throws Exception {
        // As many transitions again before the first round, unmeasured: the other scenarios are warmed up too.
        pools((rounds * 2 + 1) * requests + 10, requests);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String body = "{\"action\":\"CANCEL\",\"effectiveOn\":\"" + today + "\",\"comment\":\"Đo thời gian chuyển trạng thái\"}";
        String peer = """
                \\set k random(1, %d)
                begin;
                select id, version, status, direction, start_on, end_on from delegation where id = ('b1b1b1b1-%04x-4000-8000-' || lpad(to_hex(:k::bigint), 12, '0'))::uuid;
                select count(*) from delegation_member where delegation_id = ('b1b1b1b1-%2$04x-4000-8000-' || lpad(to_hex(:k::bigint), 12, '0'))::uuid;
                update delegation set status = 'CANCELLED', version = version + 1, updated_at = now(), updated_by = 'bench'
                 where id = ('b1b1b1b1-%2$04x-4000-8000-' || lpad(to_hex(:k::bigint), 12, '0'))::uuid;
                insert into delegation_transition (id, delegation_id, action, from_status, to_status, actor, acted_at, comment, effective_on, overrides)
                values (gen_random_uuid(), ('b1b1b1b1-%2$04x-4000-8000-' || lpad(to_hex(:k::bigint), 12, '0'))::uuid, 'CANCEL', 'REQUESTED',
                        'CANCELLED', 'bench', now(), 'Đo thời gian chuyển trạng thái', current_date, '[]');
                commit;
                """.formatted(requests, PEER_POOL);
        List<Latencies> saturated = new ArrayList<>();
        List<Latencies> half = new ArrayList<>();
        List<Latencies> peers = new ArrayList<>();
        String warmToken = suite.token("th.officer");
        suite.http.run(clients, requests, java.time.Duration.ofSeconds(120), 200,
                i -> Suite.post("/api/v1/delegations/" + id(API_POOL, 1 + i) + "/transitions", warmToken, body, "If-Match", "\"0\""));
        int next = 1 + requests;
        for (int r = 0; r < rounds; r++) {
            String token = suite.token("th.officer");
            int base = next;
            Latencies s = suite.http.run(clients, requests, java.time.Duration.ofSeconds(120), 200,
                    i -> Suite.post("/api/v1/delegations/" + id(API_POOL, base + i) + "/transitions", token, body, "If-Match", "\"0\""));
            int halfBase = base + requests;
            Latencies h = suite.http.runAtRate(clients, requests, s.throughput() / 2, 200,
                    i -> Suite.post("/api/v1/delegations/" + id(API_POOL, halfBase + i) + "/transitions", token, body, "If-Match", "\"0\""));
            next = halfBase + requests;
            Latencies p = pgbench.run("delegation", peer, clients, requests);
            saturated.add(s);
            half.add(h);
            peers.add(p);
            System.out.printf(Locale.ROOT, "  round %d: saturated %.0f/s p99 %.1f ms; half rate p99 %.1f ms; pgbench %.0f/s p99 %.1f ms%n",
                    r + 1, s.throughput(), s.p99(), h.p99(), p.throughput(), p.p99());
        }
        // The pools' rows start next year and would head every later list of province 38 (and the
        // national one) until the next load: a search's page 1 then skips thousands of them.
        pools(0, 0);
        List<Report.Row> rows = new ArrayList<>();
        rows.add(Report.latencies("P5", "transition (POST CANCEL), saturated", new VolumeMeasure.Goal(Double.NaN, 0.5, "≥ 0.5× pgbench throughput"),
                saturated, peers));
        rows.add(Report.latencies("P5", "transition at half the saturated rate (open loop)", new VolumeMeasure.Goal(20, Double.NaN, "p99 < 20 ms"),
                half, List.of()));
        return rows;
    }
}
