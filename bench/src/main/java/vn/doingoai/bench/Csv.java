package vn.doingoai.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.postgresql.copy.CopyIn;
import org.postgresql.PGConnection;

/**
 * One table's rows streamed into PostgreSQL with {@code COPY … FROM STDIN (FORMAT csv)}: the fastest
 * way in that still runs every constraint. An unquoted empty field is NULL, a quoted one is text.
 */
public final class Csv implements AutoCloseable {

    private static final int FLUSH_BYTES = 1 << 20;

    private final CopyIn copy;
    private final String table;
    private final Progress progress;
    private final StringBuilder row = new StringBuilder(512);
    private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
    private final long began = System.nanoTime();
    private boolean first = true;
    private long rows;

    public Csv(Connection connection, String table, String columns, Progress progress) throws SQLException {
        this.table = table;
        this.progress = progress;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin (format csv)");
    }

    public Csv text(String value) {
        separate();
        if (value != null) {
            row.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    row.append('"');
                }
                row.append(c);
            }
            row.append('"');
        }
        return this;
    }

    public Csv raw(Object value) {
        separate();
        if (value != null) {
            row.append(value);
        }
        return this;
    }

    public Csv id(UUID value) {
        return raw(value);
    }

    public Csv date(LocalDate value) {
        return raw(value);
    }

    public Csv bool(boolean value) {
        return raw(value ? "t" : "f");
    }

    public void end() throws SQLException {
        buffer.append(row).append('\n');
        row.setLength(0);
        first = true;
        rows++;
        if (buffer.length() >= FLUSH_BYTES) {
            flush();
        }
        if (rows % 100_000 == 0) {
            progress.rows(table, rows, began);
        }
    }

    public long rows() {
        return rows;
    }

    private void separate() {
        if (!first) {
            row.append(',');
        }
        first = false;
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
        progress.done(table, rows, began);
    }
}
