package vn.doingoai.commons.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.GET;
import org.jboss.logging.Logger;

/**
 * Runs a GET again (up to three times in all) when its database connection was lost mid-way. Outside every transaction
 * (its priority is below the transaction interceptor's), so the second run has a transaction and a
 * connection of its own; a read changes nothing, so running it twice is safe. Writes are never run
 * twice: they answer 503 {@code DATABASE_UNAVAILABLE} and the client tries again with its
 * Idempotency-Key.
 */
@ReadsRetried
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ReadRetry {

    private static final Logger LOG = Logger.getLogger(ReadRetry.class);
    /** A failover drops every connection at once, and a fresh one may meet the next drop of it. */
    static final int ATTEMPTS = 3;

    @AroundInvoke
    Object retried(InvocationContext invocation) throws Exception {
        if (!invocation.getMethod().isAnnotationPresent(GET.class)) {
            return invocation.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !LostConnections.isLost(e)) {
                    throw e;
                }
                LOG.warnf("A read lost its database connection (%s); running it again", e.getMessage());
            }
        }
    }
}
