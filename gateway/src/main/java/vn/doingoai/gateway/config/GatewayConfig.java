package vn.doingoai.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** The route table and the backends, all from configuration: adding a path never needs code. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Backends by name, e.g. {@code agreement}. */
    Map<String, Service> services();

    /** Routes by name; a request goes to the route with the longest matching prefix. */
    Map<String, Route> routes();

    interface Service {
        /** Base URL of the service, scheme, host and port only. */
        URI url();

        @WithDefault("2s")
        Duration connectTimeout();

        /** Longest silence allowed while waiting for the service's answer. */
        @WithDefault("30s")
        Duration responseTimeout();

        /** Pooled connections to this service (small pools hang under aborted load). */
        @WithDefault("50")
        int maxConnections();

        /** Pooled connections unused this long are closed, so a stuck one cannot block the pool for good. */
        @WithDefault("5s")
        Duration idleTimeout();
    }

    interface Route {
        /** Path prefix, matched on whole segments: {@code /api/v1/partners} matches {@code /api/v1/partners/x}, not {@code /api/v1/partnership}. */
        String prefix();

        /** Name of the backend in {@link #services()}. */
        String service();
    }
}
