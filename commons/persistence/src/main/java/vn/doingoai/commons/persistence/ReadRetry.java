package vn.doingoai.commons.persistence;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.GET;
import org.jboss.logging.Logger;

/**
 * Runs a GET once more when its database connection was lost mid-way. Outside every transaction
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

    @AroundInvoke
    Object retryOnce(InvocationContext invocation) throws Exception {
        if (!invocation.getMethod().isAnnotationPresent(GET.class)) {
            return invocation.proceed();
        }
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            if (!LostConnections.isLost(e)) {
                throw e;
            }
            LOG.infof("A read lost its database connection (%s); running it once more", e.getMessage());
            return invocation.proceed();
        }
    }
}
