package vn.doingoai.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.doingoai.gateway.limits.RateLimit;

class RouteTableTest {

    private static final RateLimit LIMIT = new RateLimit(10, Duration.ofMinutes(1));

    private static Route route(String name, String prefix, String service) {
        return new Route(name, prefix, service, Set.of("viewer"), Set.of("officer"), Set.of("GET", "POST"), Duration.ofSeconds(1),
                LIMIT);
    }

    private final RouteTable table = new RouteTable(List.of(
            route("reference", "/api/v1/reference", "agreement"),
            route("units", "/api/v1/reference/units", "reporting"),
            route("agreements", "/api/v1/agreements", "agreement")), Set.of("agreement", "reporting"));

    private Optional<String> serviceFor(String path) {
        return table.match(path).map(Route::service);
    }

    @Test
    void longestPrefixWinsOnWholeSegments() {
        assertEquals(Optional.of("reporting"), serviceFor("/api/v1/reference/units"));
        assertEquals(Optional.of("reporting"), serviceFor("/api/v1/reference/units/x"));
        assertEquals(Optional.of("agreement"), serviceFor("/api/v1/reference/unitsx"));
        assertEquals(Optional.of("agreement"), serviceFor("/api/v1/agreements"));
        assertEquals(Optional.empty(), serviceFor("/api/v1/agreementsx"));
        assertEquals(Optional.empty(), serviceFor("/api/v1"));
    }

    @Test
    void routeToUnknownServiceIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class,
                () -> new RouteTable(List.of(route("x", "/api/v1/x", "nowhere")), Set.of("agreement")));
        assertThrows(IllegalArgumentException.class, () -> route("x", "/api/v1/x/", "agreement"));
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(
                List.of(route("x", "/api/v1/x", "agreement"), route("y", "/api/v1/x", "agreement")), Set.of("agreement")));
    }

    @Test
    void readsNeedTheRouteRolesAndWritesTheWriteRoles() {
        Route route = route("agreements", "/api/v1/agreements", "agreement");
        assertTrue(route.admits("GET", Set.of("viewer")));
        assertFalse(route.admits("GET", Set.of("officer")));
        assertTrue(route.admits("POST", Set.of("officer", "x")));
        assertFalse(route.admits("DELETE", Set.of("viewer")));
        assertTrue(new Route("open", "/api/v1/open", "agreement", Set.of(), Set.of(), Set.of("GET"), Duration.ofSeconds(1), LIMIT)
                .admits("GET", Set.of()));
        assertEquals("GET, POST", route.allowHeader());
    }

    @Test
    void traversalShapesAreSuspicious() {
        assertTrue(RouteTable.isSuspicious("/api/v1/agreements/../q/metrics"));
        assertTrue(RouteTable.isSuspicious("/api/v1/agreements/%2E%2E/q"));
        assertTrue(RouteTable.isSuspicious("/api/v1/agreements/..%2fq"));
        assertTrue(RouteTable.isSuspicious("/api/v1//agreements"));
        assertTrue(RouteTable.isSuspicious("/api/v1/agreements/.."));
        assertTrue(RouteTable.isSuspicious("/api/v1/agreements/..;/q/metrics"));
        assertTrue(RouteTable.isSuspicious("/api/v1/agreements/%5c..%5cq"));
        assertFalse(RouteTable.isSuspicious("/api/v1/agreements/5f1c0a0e-7a55-4c1b-9e7e-2f1f0b7c8a11/transitions"));
    }
}
