package vn.doingoai.commons.persistence;

import vn.doingoai.commons.i18n.Text;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.JDBCException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.problem.ProblemMappers;

/**
 * Database outcomes a client can cause: a concurrent change that won the race (412, like a stale
 * If-Match) and a unique rule the request broke (409); and a database out of reach (503). None
 * reveals SQL or constraint names.
 */
public class PersistenceProblemMappers {

    private static final Logger LOG = Logger.getLogger(PersistenceProblemMappers.class);
    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentChange(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return problems.problem(new ProblemException(ProblemCode.PRECONDITION_FAILED,
                Text.of("persistence.concurrent-change",
                "Someone changed this resource at the same time; read it again and reapply your change.")), uri, headers);
    }

    @ServerExceptionMapper
    public Response uniqueRule(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        return problems.problem(new ProblemException(ProblemCode.CONFLICT,
                Text.of("persistence.conflict", "The request conflicts with an existing record.")), uri, headers);
    }

    /**
     * The database could not be reached or dropped the connection mid-request (a restart or failover):
     * 503, nothing stored, worth trying again in a moment.
     */
    @ServerExceptionMapper
    public Response databaseFailed(JDBCException e, UriInfo uri, HttpHeaders headers) {
        return LostConnections.isLost(e) ? databaseUnavailable(e, uri, headers) : problems.unexpected(e, uri, headers);
    }

    private Response databaseUnavailable(Throwable e, UriInfo uri, HttpHeaders headers) {
        LOG.warnf("Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), e.getMessage());
        return problems.problem(new ProblemException(ProblemCode.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE",
                Text.of("persistence.database-unavailable", "The database cannot be reached at the moment; nothing was "
                        + "changed. Try again in a few seconds."), java.util.List.of()), uri, headers);
    }

    /**
     * A failure at commit reaches us wrapped (the transaction interceptor's undeclared-throwable
     * and rollback exceptions); what the client caused is found in the causes.
     */
    @ServerExceptionMapper
    public Response atCommit(io.quarkus.arc.ArcUndeclaredThrowableException e, UriInfo uri, HttpHeaders headers) {
        if (LostConnections.isLost(e)) {
            return databaseUnavailable(e, uri, headers);
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return concurrentChange((RuntimeException) cause, uri, headers);
            }
            if (cause instanceof ConstraintViolationException violation) {
                return uniqueRule(violation, uri, headers);
            }
            if (cause instanceof ProblemException problem) {
                return problems.problem(problem, uri, headers);
            }
        }
        return problems.unexpected(e, uri, headers);
    }
}
