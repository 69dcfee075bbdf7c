package vn.doingoai.commons.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server run from the binaries published on Maven Central. PostgreSQL refuses
 * to run as root; the library then starts it inside a user namespace (unshare) so it runs
 * unprivileged, which keeps CI (root) and a developer's laptop (normal user) on one code path.
 */
public final class LocalPostgres implements AutoCloseable {

    /** Where the binaries are unpacked once and reused by every test run and the run command. */
    public static final String HOME_PROPERTY = "doingoai.postgres.home";
    public static final String HOME_ENV = "DOINGOAI_POSTGRES_HOME";

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts a server.
     *
     * @param dataDirectory where the cluster lives
     * @param persistent keep the data directory after {@link #close()} and reuse it on the next start
     * @param port the port on 127.0.0.1, or 0 for any free one
     */
    public static LocalPostgres start(Path dataDirectory, boolean persistent, int port) {
        try {
            Path home = binariesHome();
            Files.createDirectories(home);
            Files.createDirectories(dataDirectory.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(home.toFile())
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!persistent)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    // Test clusters are thrown away, so they skip durability; the run command's keeps it.
                    .setServerConfig("fsync", persistent ? "on" : "off")
                    .setServerConfig("synchronous_commit", persistent ? "on" : "off");
            if (port > 0) {
                builder.setPort(port);
            }
            return new LocalPostgres(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    static Path binariesHome() {
        String configured = System.getProperty(HOME_PROPERTY, System.getenv(HOME_ENV));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "doingoai", "postgres");
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /**
     * Creates, when missing, a login role and a database it owns, both named {@code name}: each
     * service gets a database of its own and no other service's credentials.
     */
    public void ensureDatabase(String name, String password) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", name)) {
                s.execute("create role " + name + " login password '" + password.replace("'", "''") + "'");
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", name)) {
                s.execute("create database " + name + " owner " + name + " encoding 'UTF8' template template0");
                s.execute("revoke all on database " + name + " from public");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
