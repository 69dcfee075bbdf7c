package vn.doingoai.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Longest-prefix matching of a request path onto a backend name, on whole path segments. */
public final class RouteTable {

    private final List<Map.Entry<String, String>> prefixToService;

    public RouteTable(Map<String, String> prefixToService, Set<String> knownServices) {
        for (Map.Entry<String, String> route : prefixToService.entrySet()) {
            if (!route.getKey().startsWith("/") || route.getKey().endsWith("/")) {
                throw new IllegalArgumentException("route prefix must start and not end with '/': " + route.getKey());
            }
            if (!knownServices.contains(route.getValue())) {
                throw new IllegalArgumentException(
                        "route " + route.getKey() + " names an unknown service: " + route.getValue());
            }
        }
        this.prefixToService = prefixToService.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList();
    }

    public Optional<String> serviceFor(String path) {
        for (Map.Entry<String, String> route : prefixToService) {
            String prefix = route.getKey();
            if (path.equals(prefix) || (path.startsWith(prefix) && path.charAt(prefix.length()) == '/')) {
                return Optional.of(route.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * Paths with dot segments, encoded slashes or dots, or backslashes are refused outright: the
     * gateway and the service behind it might resolve them differently and reach what routing forbids.
     */
    public static boolean isSuspicious(String rawPath) {
        String lower = rawPath.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("/../") || lower.endsWith("/..") || lower.contains("/./") || lower.endsWith("/.")
                || lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("\\")
                || lower.contains("//") || lower.contains("%00");
    }
}
