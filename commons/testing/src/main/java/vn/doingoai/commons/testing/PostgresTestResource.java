package vn.doingoai.commons.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import vn.doingoai.commons.postgres.LocalPostgres;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL. A JDBC URL in {@code DOINGOAI_TEST_JDBC_URL}
 * (with {@code _USERNAME}/{@code _PASSWORD}) names an existing server; otherwise one embedded
 * server is started for the whole test JVM, in the module's {@code target/}, and removed when the
 * JVM ends. Each Quarkus application start gets a fresh database, so test classes with different
 * profiles never see each other's rows.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static LocalPostgres server;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("DOINGOAI_TEST_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return Map.of(
                    "quarkus.datasource.jdbc.url", external,
                    "quarkus.datasource.username", System.getenv().getOrDefault("DOINGOAI_TEST_JDBC_USERNAME", "postgres"),
                    "quarkus.datasource.password", System.getenv().getOrDefault("DOINGOAI_TEST_JDBC_PASSWORD", ""));
        }
        Database database = newDatabase();
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password());
    }

    public record Database(String jdbcUrl, String username, String password) {
    }

    /** A fresh database (and its owner) on the test JVM's server, e.g. for another service started by a test. */
    public static Database newDatabase() {
        LocalPostgres postgres = shared();
        String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        postgres.ensureDatabase(name, name);
        return new Database(postgres.jdbcUrl(name), name, name);
    }

    private static synchronized LocalPostgres shared() {
        if (server == null) {
            Path data = Path.of("target", "embedded-postgres-" + UUID.randomUUID()).toAbsolutePath();
            server = LocalPostgres.start(data, false, 0);
            LocalPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "embedded-postgres-stop"));
        }
        return server;
    }

    @Override
    public void stop() {
        // The server outlives one application start; the shutdown hook removes it with the JVM.
    }
}
