package vn.doingoai.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** The running suite as the measurements reach it: the gateway, Keycloak's tokens, the databases, the processes. */
final class Suite {

    static final String GATEWAY = System.getenv().getOrDefault("BENCH_GATEWAY", "http://127.0.0.1:8080");
    static final String TOKENS = System.getenv().getOrDefault("BENCH_TOKEN_URL",
            "http://localhost:8180/realms/foreign-affairs/protocol/openid-connect/token");
    static final String DATABASE = "jdbc:postgresql://127.0.0.1:15432/";
    static final Path RUN = Path.of(System.getenv().getOrDefault("DOINGOAI_RUN_DIR", ".run"));
    static final ObjectMapper JSON = new ObjectMapper();

    final HttpLoad http = new HttpLoad();

    String token(String user) throws IOException, InterruptedException {
        HttpResponse<String> response = http.post(TOKENS, "client_id=foreign-affairs-cli&grant_type=password&username=" + user + "&password=demo");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + user + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    static HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(GATEWAY + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).build();
    }

    static HttpRequest post(String path, String token, String json, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(GATEWAY + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder.build();
    }

    static Connection database(String name) throws SQLException {
        return DriverManager.getConnection(DATABASE + name + "?user=postgres&ApplicationName=bench-volume-measure");
    }

    static String one(String database, String sql) throws SQLException {
        try (Connection db = database(database); Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static void execute(String database, String sql) throws SQLException {
        try (Connection db = database(database); Statement st = db.createStatement()) {
            st.execute(sql);
        }
    }

    /** The pid deploy/run.sh recorded for a component. */
    static long pid(String component) throws IOException {
        return Long.parseLong(Files.readString(RUN.resolve("pids").resolve(component + ".pid")).strip());
    }

    /** Resident memory of a process, in MiB. */
    static double rssMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }
}
