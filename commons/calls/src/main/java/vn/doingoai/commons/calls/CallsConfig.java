package vn.doingoai.commons.calls;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithDefaults;
import io.smallrye.config.WithParentName;
import java.time.Duration;
import java.util.Map;

/**
 * The tunables of a service's calls to the others, by the called service's name:
 * {@code doingoai.calls.agreement-service.timeout=2s}. Every value has a default chosen so that a
 * dependency's worst case stays well inside the gateway's 10 s route timeout (docs/architecture.md,
 * "Time budget").
 */
@ConfigMapping(prefix = "doingoai.calls")
public interface CallsConfig {

    @WithParentName
    @WithDefaults
    Map<String, Dependency> services();

    default Dependency of(String service) {
        return services().get(service);
    }

    interface Dependency {

        /**
         * Longest wait for one answer; past it the call fails with 504 {@code DEPENDENCY_TIMEOUT}. The
         * REST client's read timeout ({@code quarkus.rest-client.<name>.read-timeout}) is set to the same:
         * it ends the wait without interrupting the caller's thread, which may be inside a transaction.
         * The guard's own timeout, which does interrupt, is a second longer, a backstop only.
         */
        @WithDefault("2s")
        Duration timeout();

        /**
         * Tries of a read (never of a write) when the service could not be reached or answered 502,
         * 503 or 504; a timeout is not tried again, so a silent service costs one timeout.
         */
        @WithDefault("2")
        int readAttempts();

        @WithDefault("150ms")
        Duration retryDelay();

        Circuit circuit();
    }

    interface Circuit {

        /** Calls looked at together: the circuit opens when at least {@link #failureRatio()} of them failed. */
        @WithDefault("4")
        int window();

        @WithDefault("0.75")
        double failureRatio();

        /** How long an open circuit refuses calls at once (503) before one trial call is let through. */
        @WithDefault("10s")
        Duration openFor();
    }
}
