package vn.doingoai.commons.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The rows of a query read through a database cursor, for an export written after the resource
 * method has returned: iterating opens a transaction of its own and the query's result stream,
 * {@link #close()} ends both. Rows are scalar (never managed entities) and fetched a thousand at a
 * time, so a million of them pass through in constant memory.
 */
public final class CursorRows implements Iterable<List<Object>>, AutoCloseable {

    /** Rows fetched from PostgreSQL per round trip (the driver streams only inside a transaction). */
    public static final int FETCH_SIZE = 1000;
    /** An export of a million rows takes tens of seconds; the transaction must outlive it. */
    private static final int TIMEOUT_SECONDS = 3600;

    private final Supplier<Stream<Object[]>> query;
    private final Function<Object[], List<Object>> row;
    private Stream<Object[]> stream;
    private boolean began;

    public CursorRows(Supplier<Stream<Object[]>> query, Function<Object[], List<Object>> row) {
        this.query = query;
        this.row = row;
    }

    @Override
    public Iterator<List<Object>> iterator() {
        if (stream != null) {
            throw new IllegalStateException("the rows of a cursor are read once");
        }
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(TIMEOUT_SECONDS));
        began = true;
        stream = query.get();
        return stream.map(row).iterator();
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
        } finally {
            if (began) {
                began = false;
                // Nothing was written: rolling back ends the read-only transaction at least cost.
                QuarkusTransaction.rollback();
            }
        }
    }
}
