package vn.doingoai.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The route table, the backends and the edge's limits, all from configuration: adding a path never needs code. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Backends by name, e.g. {@code agreement}. */
    Map<String, Service> services();

    /** Routes by name; a request goes to the route with the longest matching prefix. */
    Map<String, Route> routes();

    RateLimits rateLimits();

    OpenApi openapi();


    /**
     * The address clients reach the suite at ({@code DOINGOAI_PUBLIC_URL}): what the services are
     * told they were reached at, so that a Location names it whatever Host a client sent.
     */
    URI publicUrl();

    /** Largest request body the gateway forwards; larger ones get 413. */
    @WithDefault("10M")
    MemorySize maxBodySize();

    interface Service {
        /** Base URL of the service, scheme, host and port only. */
        URI url();

        @WithDefault("2s")
        Duration connectTimeout();

        /**
         * Longest silence allowed while waiting for the service's answer (a route may set its own):
         * well above what a service's own calls may take (docs/architecture.md, "Time budget").
         */
        @WithDefault("10s")
        Duration responseTimeout();

        /** Pooled connections to this service per event loop (small pools hang under aborted load). */
        @WithDefault("50")
        int maxConnections();

        /** Pooled connections unused this long are closed, so a stuck one cannot block the pool for good. */
        @WithDefault("5s")
        Duration idleTimeout();

        /** Consecutive failures to connect or to answer in time after which calls stop for {@link #openFor()}. */
        @WithDefault("5")
        int failuresToOpen();

        /** How long an open circuit answers 503 at once before one trial call is let through. */
        @WithDefault("10s")
        Duration openFor();
    }

    interface Route {
        /** Path prefix, matched on whole segments: {@code /api/v1/partners} matches {@code /api/v1/partners/x}, not {@code /api/v1/partnership}. */
        String prefix();

        /** Name of the backend in {@link #services()}. */
        String service();

        /** Roles of which the caller needs one for any call; absent: every authenticated caller. */
        Optional<List<String>> roles();

        /** Roles of which the caller needs one for POST, PUT, PATCH and DELETE; absent: as {@link #roles()}. */
        Optional<List<String>> writeRoles();

        /** The methods the route answers; others get 405 with an {@code Allow} header. */
        @WithDefault("GET,HEAD,POST,PUT,PATCH,DELETE")
        List<String> methods();

        /** Overrides the service's response timeout for this route (exports and reports take longer). */
        Optional<Duration> responseTimeout();

        /** Overrides {@link RateLimits#client()} for this route, e.g. {@code 60/1m}. */
        Optional<String> rateLimit();
    }

    interface RateLimits {
        @WithDefault("true")
        boolean enabled();

        /** Per client and subject of a valid token: {@code requests/period}. */
        @WithDefault("1200/1m")
        String client();

        /** Per source address, for requests that carry no token. */
        @WithDefault("120/1m")
        String anonymous();

        /** Most keys remembered at once; beyond it the idlest are forgotten (a flood of addresses cannot exhaust memory). */
        @WithDefault("100000")
        int maxKeys();
    }

    interface OpenApi {
        /** The services whose committed documents are packed into the gateway and merged, e.g. {@code agreement-service}. */
        List<String> documents();

        /** The gateway's public address, the document's server. */
        String serverUrl();

        /** The Keycloak realm as browsers and other systems reach it; the token and authorization URLs hang off it. */
        String issuerUrl();
    }
}
