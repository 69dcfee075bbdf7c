package vn.doingoai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * P7: the national register as a file (central.auditor, every delegation) through the gateway,
 * beside {@code psql \copy} of the same rows from the same SQL. delegation-service's resident
 * memory is sampled while it streams: growth over its level before is what the export holds.
 */
final class Export {

    /** The SQL of the export (DelegationService.export), as psql runs it. */
    static final String SQL = """
            select d.province_code, d.direction, d.status, d.reference_number, d.title, p.name_vi, d.start_on, d.end_on,
                   (select string_agg(c.country_code, ', ') from delegation_country c where c.delegation_id = d.id),
                   d.partner_name, l.name_vi, (select count(*) from delegation_member m where m.delegation_id = d.id),
                   d.cost_estimate_vnd, d.id
              from delegation d left join delegation_purpose p on p.code = d.purpose
                   left join delegation_level l on l.code = d.head_level
             order by d.start_on desc, d.id""".replace('\n', ' ');

    private final Suite suite;

    Export(Suite suite) {
        this.suite = suite;
    }

    record Run(long rows, double seconds, double rssGrowth) {
        double rate() {
            return rows / seconds;
        }
    }

    List<Report.Row> measure(int rounds, String accept, String name) throws Exception {
        List<Run> api = new ArrayList<>();
        List<Double> peer = new ArrayList<>();
        long pid = Suite.pid("delegation-service");
        for (int r = 0; r < rounds; r++) {
            Run run = export(suite.token("central.auditor"), accept, pid);
            api.add(run);
            double copy = accept.contains("csv") ? psqlCopy() : Double.NaN;
            peer.add(copy);
            System.out.printf(Locale.ROOT, "  round %d: %s %,d rows in %.1f s (%.0f rows/s), RSS +%.0f MiB; \\copy %.0f rows/s%n",
                    r + 1, name, run.rows(), run.seconds(), run.rate(), run.rssGrowth(), copy);
        }
        double rate = Report.median(api.stream().mapToDouble(Run::rate).toArray());
        double growth = Report.median(api.stream().mapToDouble(Run::rssGrowth).toArray());
        double copyRate = Report.median(peer.stream().mapToDouble(Double::doubleValue).toArray());
        boolean hasPeer = !Double.isNaN(copyRate);
        boolean met = growth < 50 && (!hasPeer || rate >= 0.5 * copyRate);
        String every = String.join(" · ", api.stream().map(x -> String.format(Locale.ROOT, "%,d rows %.1f s, %.0f rows/s, +%.0f MiB",
                x.rows(), x.seconds(), x.rate(), x.rssGrowth())).toList());
        String peers = hasPeer ? String.join(" · ", peer.stream().map(x -> String.format(Locale.ROOT, "%.0f rows/s", x)).toList()) : "–";
        return List.of(new Report.Row("P7", name, "RSS growth < 50 MB; ≥ 0.5× `\\copy` rows/s",
                String.format(Locale.ROOT, "%.0f rows/s, RSS +%.0f MiB%s", rate, growth,
                        hasPeer ? String.format(Locale.ROOT, " (%.2f× `\\copy`)", rate / copyRate) : ""),
                hasPeer ? String.format(Locale.ROOT, "`psql \\copy`: %.0f rows/s", copyRate) : "– (no XLSX peer)", met, 0, every, peers));
    }

    private Run export(String token, String accept, long pid) throws Exception {
        double before = Suite.rssMiB(pid);
        double[] peak = {before};
        // Sampled at a fixed rate while the file streams; a sample that cannot be read is skipped.
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            try {
                peak[0] = Math.max(peak[0], Suite.rssMiB(pid));
            } catch (IOException e) {
                // the next sample reads it
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
        HttpRequest request = HttpRequest.newBuilder(Suite.get("/api/v1/delegations/register", token).uri())
                .header("Authorization", "Bearer " + token).header("Accept", accept).timeout(java.time.Duration.ofMinutes(10)).build();
        long began = System.nanoTime();
        HttpResponse<InputStream> response = suite.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long newlines = 0;
        long bytes = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        sampler.shutdown();
        sampler.awaitTermination(5, TimeUnit.SECONDS);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the export answered " + response.statusCode());
        }
        // CSV: one line a row after the header. XLSX is compressed: count the rows the database has instead.
        long rows = accept.contains("csv") ? newlines - 1 : Long.parseLong(Suite.one("delegation", "select count(*) from delegation"));
        if (bytes == 0) {
            throw new IllegalStateException("an empty export");
        }
        return new Run(rows, seconds, peak[0] - before);
    }

    /** Rows per second of {@code psql \copy} of the same SQL to nothing. */
    private static double psqlCopy() throws Exception {
        long rows = Long.parseLong(Suite.one("delegation", "select count(*) from delegation"));
        long began = System.nanoTime();
        Process p = new ProcessBuilder("psql", "-h", "127.0.0.1", "-p", "15432", "-U", "postgres", "-d", "delegation", "-q",
                "-c", "\\copy (" + SQL + ") to '/dev/null' with (format csv)").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + out);
        }
        return rows / ((System.nanoTime() - began) / 1e9);
    }
}
