package vn.doingoai.commons.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LostConnectionsTest {

    @Test
    void aConnectionClosedUnderACommitIsLostAndAStatementsOwnErrorIsNot() {
        RollbackException atCommit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        atCommit.initCause(new SQLException("This connection has been closed.", "08003"));
        assertTrue(LostConnections.isLost(new ArcUndeclaredThrowableException("Error invoking subclass method", atCommit)));
        assertTrue(LostConnections.isLost(new SQLException("terminating connection due to administrator command", "57P01")));
        RollbackException suppressedOnly = new RollbackException("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        suppressedOnly.addSuppressed(xa);
        assertTrue(LostConnections.isLost(new ArcUndeclaredThrowableException("Error invoking subclass method", suppressedOnly)),
                "the driver's error only among the suppressed, as Narayana reports a failed commit");
        assertFalse(LostConnections.isLost(new SQLException("duplicate key value", "23505")));
        assertFalse(LostConnections.isLost(new IllegalStateException("no SQL at all")));
    }
}
