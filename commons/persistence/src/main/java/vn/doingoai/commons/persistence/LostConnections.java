package vn.doingoai.commons.persistence;

import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether a failure is the database going away rather than the statement: a connection refused or
 * broken (SQL state class 08) or the server shutting down or restarting (57P01–57P03), as in a
 * restart or failover. Such a failure changed nothing and may be tried again.
 */
public final class LostConnections {

    private LostConnections() {
    }

    /** Looks through causes and suppressed exceptions: a failed commit carries the driver's error as suppressed. */
    public static boolean isLost(Throwable failure) {
        return isLost(failure, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean isLost(Throwable t, java.util.Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof JDBCConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isLost(suppressed, seen)) {
                return true;
            }
        }
        return isLost(t.getCause(), seen);
    }
}
