package vn.doingoai.commons.calls;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;

/**
 * A call to another service that failed, as the caller's client sees it: 504
 * {@code DEPENDENCY_TIMEOUT} when the service did not answer within its timeout, 503
 * {@code DEPENDENCY_UNAVAILABLE} when it could not be reached, failed, or its circuit is open.
 */
public final class DependencyFailure {

    private static final Logger LOG = Logger.getLogger(DependencyFailure.class);

    private DependencyFailure() {
    }

    public static ProblemException of(String service, Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return problem;
        }
        if (Guards.isTimeout(failure)) {
            LOG.warnf("%s did not answer in time: %s", service, failure.toString());
            return new ProblemException(ProblemCode.GATEWAY_TIMEOUT, "DEPENDENCY_TIMEOUT",
                    Text.of("calls.timeout", "{0} did not answer in time; try again later.", service), List.of());
        }
        if (failure instanceof CircuitBreakerOpenException) {
            LOG.debugf("%s is not called while its circuit is open", service);
            return new ProblemException(ProblemCode.SERVICE_UNAVAILABLE, "DEPENDENCY_UNAVAILABLE",
                    Text.of("calls.circuit-open", "{0} failed repeatedly and is not called for a few seconds; try again later.",
                            service), List.of());
        }
        if (failure instanceof WebApplicationException answer) {
            LOG.warnf("%s answered %d", service, answer.getResponse().getStatus());
            return new ProblemException(ProblemCode.SERVICE_UNAVAILABLE, "DEPENDENCY_UNAVAILABLE",
                    Text.of("calls.failed", "{0} could not answer (status {1}); try again later.", service,
                            answer.getResponse().getStatus()), List.of());
        }
        LOG.warnf("%s unreachable: %s", service, failure.toString());
        return new ProblemException(ProblemCode.SERVICE_UNAVAILABLE, "DEPENDENCY_UNAVAILABLE",
                Text.of("calls.unreachable", "{0} cannot be reached; try again later.", service), List.of());
    }
}
