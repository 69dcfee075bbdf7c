package vn.doingoai.gateway.routing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.doingoai.gateway.config.GatewayConfig;
import vn.doingoai.gateway.limits.RateLimit;

/** Longest-prefix matching of a request path onto a route, on whole path segments. */
public final class RouteTable {

    private final List<Route> routes;

    public RouteTable(List<Route> routes, Set<String> knownServices) {
        Map<String, String> seen = new HashMap<>();
        for (Route route : routes) {
            if (!knownServices.contains(route.service())) {
                throw new IllegalArgumentException("route " + route.name() + " names an unknown service: " + route.service());
            }
            String previous = seen.put(route.prefix(), route.name());
            if (previous != null) {
                throw new IllegalArgumentException("routes " + previous + " and " + route.name() + " share the prefix " + route.prefix());
            }
        }
        this.routes = routes.stream().sorted(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed()).toList();
    }

    /** The table as configured; any mistake in it stops the gateway at start, not at the first request. */
    public static RouteTable from(GatewayConfig config) {
        RateLimit clientLimit = RateLimit.parse("gateway.rate-limits.client", config.rateLimits().client());
        List<Route> routes = config.routes().entrySet().stream().map(e -> {
            GatewayConfig.Service service = config.services().get(e.getValue().service());
            if (service == null) {
                throw new IllegalArgumentException("route " + e.getKey() + " names an unknown service: " + e.getValue().service());
            }
            return Route.of(e.getKey(), e.getValue(), service.responseTimeout(), clientLimit);
        }).toList();
        return new RouteTable(routes, config.services().keySet());
    }

    public Optional<Route> match(String path) {
        for (Route route : routes) {
            String prefix = route.prefix();
            if (path.equals(prefix) || (path.startsWith(prefix) && path.charAt(prefix.length()) == '/')) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    public List<Route> routes() {
        return routes;
    }

    /**
     * Paths with dot segments, encoded slashes or dots, or backslashes are refused outright: the
     * gateway and the service behind it might resolve them differently and reach what routing forbids.
     */
    public static boolean isSuspicious(String rawPath) {
        String lower = rawPath.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("/../") || lower.endsWith("/..") || lower.contains("/./") || lower.endsWith("/.")
                || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\")
                || lower.contains("//") || lower.contains("%00") || lower.contains(";");
    }
}
