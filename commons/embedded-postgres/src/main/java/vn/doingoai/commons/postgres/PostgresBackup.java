package vn.doingoai.commons.postgres;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;

/**
 * Backs up and restores the run command's PostgreSQL cluster (the three services' databases) while
 * it serves: an online physical backup with the server's own low-level API ({@code pg_backup_start}
 * and {@code pg_backup_stop}), the data files copied between the two, the WAL written meanwhile
 * copied after, and the backup label written beside them. A restored copy starts as the cluster was
 * when the backup ended (PostgreSQL replays the WAL from the label's checkpoint). No client tool is
 * needed: the embedded distribution has none of version 18 (docs/decisions/0017).
 *
 * <pre>
 * java PostgresBackup backup --port 15432 --data .run/postgres --to DIR
 * java PostgresBackup restore --from DIR --data .run/postgres      (the server stopped)
 * </pre>
 */
public final class PostgresBackup {

    /** What PostgreSQL's documentation says a base backup leaves out: recreated at start, or this server's alone. */
    private static final Set<String> LEFT_OUT_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    private static final Set<String> LEFT_OUT_FILES = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
            "tablespace_map", "backup_label.old");

    private PostgresBackup() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "";
        Path data = null;
        Path target = null;
        int port = 15432;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]).toAbsolutePath();
                case "--to", "--from" -> target = Path.of(args[i + 1]).toAbsolutePath();
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (data == null || target == null) {
            throw new IllegalArgumentException("usage: backup --port P --data DIR --to DIR | restore --from DIR --data DIR");
        }
        switch (command) {
            case "backup" -> System.out.println(backup(port, data, target));
            case "restore" -> System.out.println(restore(target, data));
            default -> throw new IllegalArgumentException("backup or restore");
        }
    }

    /** Copies the running cluster into {@code target/postgres}; answers what was copied. */
    static String backup(int port, Path data, Path target) throws SQLException, IOException {
        Path copy = target.resolve("postgres");
        if (Files.exists(copy)) {
            throw new IllegalStateException(copy + " exists already");
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            // The WAL from the start of the copy to its end must still be there when the copy ends.
            s.execute("alter system set wal_keep_size = '2GB'");
            s.execute("select pg_reload_conf()");
            String startLsn;
            try (ResultSet r = s.executeQuery("select pg_backup_start('doingoai " + Instant.now() + "', true)")) {
                r.next();
                startLsn = r.getString(1);
            }
            long bytes;
            String label;
            String stopLsn;
            try {
                bytes = copyTree(data, copy, true);
            } finally {
                try (ResultSet r = s.executeQuery("select lsn, labelfile, spcmapfile from pg_backup_stop(false)")) {
                    r.next();
                    stopLsn = r.getString(1);
                    label = r.getString(2);
                }
            }
            Files.writeString(copy.resolve("backup_label"), label);
            Path wal = copy.resolve("pg_wal");
            Files.createDirectories(wal);
            try (var segments = Files.list(data.resolve("pg_wal"))) {
                for (Path segment : segments.filter(Files::isRegularFile).toList()) {
                    Files.copy(segment, wal.resolve(segment.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                    bytes += Files.size(segment);
                }
            }
            s.execute("alter system reset wal_keep_size");
            s.execute("select pg_reload_conf()");
            // The copy keeps the settings as they are again, not the backup's own.
            Files.copy(data.resolve("postgresql.auto.conf"), copy.resolve("postgresql.auto.conf"),
                    StandardCopyOption.REPLACE_EXISTING);
            return String.format("PostgreSQL backed up to %s: %.1f MB, WAL %s to %s", copy, bytes / 1e6, startLsn, stopLsn);
        }
    }

    /**
     * Replaces a stopped cluster's data directory with a backup; the directory it replaces is kept
     * beside it ({@code <data>.before-restore-<time>}) until an operator removes it.
     */
    static String restore(Path from, Path data) throws IOException {
        Path copy = from.resolve("postgres");
        if (!Files.exists(copy.resolve("backup_label"))) {
            throw new IllegalStateException(copy + " is not a backup (no backup_label)");
        }
        if (Files.exists(data.resolve("postmaster.pid"))) {
            throw new IllegalStateException("PostgreSQL is running on " + data + " (postmaster.pid): stop it first");
        }
        Path kept = null;
        if (Files.exists(data)) {
            kept = data.resolveSibling(data.getFileName() + ".before-restore-" + Instant.now().toString().replace(':', '-'));
            Files.move(data, kept);
        }
        long bytes = copyTree(copy, data, false);
        return String.format("PostgreSQL restored from %s (%.1f MB)%s", copy, bytes / 1e6,
                kept == null ? "" : "; the data it replaced is in " + kept);
    }

    /** Copies a directory tree with its permissions (PostgreSQL refuses a data directory others may read). */
    private static long copyTree(Path from, Path to, boolean leaveOut) throws IOException {
        long[] bytes = { 0 };
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(dir).toString());
                Files.createDirectories(target);
                Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(dir));
                if (leaveOut && !dir.equals(from) && dir.getParent().equals(from)
                        && LEFT_OUT_DIRECTORIES.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (leaveOut && (LEFT_OUT_FILES.contains(name) || name.startsWith("pgsql_tmp"))) {
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                            LinkOption.NOFOLLOW_LINKS);
                    bytes[0] += attrs.size();
                } catch (java.nio.file.NoSuchFileException gone) {
                    // Removed by the server while copying (a temporary file): the WAL replay does not need it.
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof java.nio.file.NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return bytes[0];
    }
}
