package vn.doingoai.commons.problem;

import vn.doingoai.commons.i18n.Text;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Token checks happen on the HTTP layer before any resource runs (proactive authentication and
 * path permissions), so their failures never reach JAX-RS exception mappers. This failure
 * handler turns them into the same problem+json the rest of the API answers with, and so does any
 * other failure that reaches the router (instead of Quarkus' own error page).
 */
@ApplicationScoped
public class SecurityFailureHandler {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SecurityFailureHandler.class);

    private final ProblemWriter writer;

    public SecurityFailureHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationCompletionException
                || failure instanceof UnauthorizedException) {
            writer.write(rc, ProblemCode.UNAUTHENTICATED, ProblemMessages.BEARER_REQUIRED);
        } else if (failure instanceof ForbiddenException) {
            writer.write(rc, ProblemCode.FORBIDDEN, ProblemMessages.ROLES_FORBID);
        } else if (rc.statusCode() == 401) {
            writer.write(rc, ProblemCode.UNAUTHENTICATED, ProblemMessages.BEARER_REQUIRED);
        } else if (rc.statusCode() == 403) {
            writer.write(rc, ProblemCode.FORBIDDEN, ProblemMessages.ROLES_FORBID);
        } else if (rc.statusCode() >= 400 && rc.statusCode() < 500) {
            // Refused by the HTTP layer itself (a request Vert.x could not route, a missing Host): what
            // follows on the connection cannot be trusted to start a request, so it is closed.
            vn.doingoai.commons.web.Connections.closeAfterAnswer(rc);
            writer.write(rc, ProblemCode.forStatus(rc.statusCode()), Text.of("chassis.not-http", "The request could not be read as HTTP."));
        } else {
            LOG.errorf(failure, "Unexpected failure on %s", rc.request().path());
            writer.write(rc, ProblemCode.INTERNAL_ERROR, ProblemMessages.SERVER_FAILED);
        }
    }
}
