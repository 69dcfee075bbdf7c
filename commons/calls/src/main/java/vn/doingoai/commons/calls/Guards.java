package vn.doingoai.commons.calls;

import io.smallrye.faulttolerance.api.Guard;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The guards of the calls to one service, built from {@link CallsConfig}: a service declares one
 * bean per dependency and kind with {@code @Identifier} and its client beans apply them with
 * {@code @ApplyGuard}. Reads and writes share nothing but the tunables: each has its circuit.
 */
public final class Guards {

    private Guards() {
    }

    /** Timeout, circuit breaker and, when the service could not be reached or answered 502–504, another try. */
    public static Guard reads(String service, CallsConfig.Dependency dependency) {
        return Guard.create().withDescription(service + " reads")
                .withRetry().maxRetries(Math.max(0, dependency.readAttempts() - 1))
                .delay(dependency.retryDelay().toMillis(), ChronoUnit.MILLIS).jitter(0, ChronoUnit.MILLIS)
                .whenException(Guards::worthAnotherTry).done()
                .with(builder -> circuit(builder, service + "-reads", dependency))
                .withTimeout().duration(backstop(dependency), ChronoUnit.MILLIS).done()
                .build();
    }

    /** Past the REST client's read timeout, which ends a call without interrupting its thread. */
    private static long backstop(CallsConfig.Dependency dependency) {
        return dependency.timeout().toMillis() + 1000;
    }

    /** Timeout and circuit breaker, never a second try: the first may have been applied. */
    public static Guard writes(String service, CallsConfig.Dependency dependency) {
        return Guard.create().withDescription(service + " writes")
                .with(builder -> circuit(builder, service + "-writes", dependency))
                .withTimeout().duration(backstop(dependency), ChronoUnit.MILLIS).done()
                .build();
    }

    private static void circuit(Guard.Builder builder, String name, CallsConfig.Dependency dependency) {
        builder.withCircuitBreaker().name(name)
                .requestVolumeThreshold(dependency.circuit().window())
                .failureRatio(dependency.circuit().failureRatio())
                .delay(dependency.circuit().openFor().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(1)
                .when(Guards::isServiceFailure).done();
    }

    /** What says the service is unwell; an answer the caller caused (4xx) says nothing about it. */
    static boolean isServiceFailure(Throwable failure) {
        if (failure instanceof WebApplicationException answer) {
            return answer.getResponse().getStatus() >= 500;
        }
        return failure instanceof ProcessingException || failure instanceof TimeoutException;
    }

    static boolean worthAnotherTry(Throwable failure) {
        if (failure instanceof WebApplicationException answer) {
            int status = answer.getResponse().getStatus();
            return status == 502 || status == 503 || status == 504;
        }
        // Refused, reset or closed: a read is safe to send again. A silent service is not asked twice.
        return failure instanceof ProcessingException && !isTimeout(failure);
    }

    static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof java.net.SocketTimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }
}
