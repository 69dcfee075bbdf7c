package vn.doingoai.gateway.routing;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.doingoai.gateway.config.GatewayConfig;
import vn.doingoai.gateway.limits.RateLimit;

/**
 * One row of the route table, checked once at start: where a path prefix goes, who may call it
 * with which methods, and how long and how often.
 */
public record Route(String name, String prefix, String service, Set<String> roles, Set<String> writeRoles,
        Set<String> methods, Duration responseTimeout, RateLimit rateLimit) {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    public Route {
        if (!prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("route " + name + ": prefix must start and not end with '/': " + prefix);
        }
    }

    static Route of(String name, GatewayConfig.Route config, Duration serviceTimeout, RateLimit defaultLimit) {
        Set<String> roles = Set.copyOf(config.roles().orElse(java.util.List.of()));
        return new Route(name, config.prefix(), config.service(), roles,
                config.writeRoles().map(Set::copyOf).orElse(roles),
                config.methods().stream().map(m -> m.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()),
                config.responseTimeout().orElse(serviceTimeout),
                config.rateLimit().map(spec -> RateLimit.parse("gateway.routes." + name + ".rate-limit", spec)).orElse(defaultLimit));
    }

    public boolean allows(String method) {
        return methods.contains(method);
    }

    /** Whether a caller with these roles may make this call; an empty rule lets every authenticated caller through. */
    public boolean admits(String method, Set<String> callerRoles) {
        Set<String> needed = rolesFor(method);
        return needed.isEmpty() || needed.stream().anyMatch(callerRoles::contains);
    }

    public Set<String> rolesFor(String method) {
        return WRITES.contains(method) ? writeRoles : roles;
    }

    /** The {@code Allow} header of a 405, in a stable order. */
    public String allowHeader() {
        return methods.stream().sorted().collect(Collectors.joining(", "));
    }
}
