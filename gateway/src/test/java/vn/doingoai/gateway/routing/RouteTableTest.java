package vn.doingoai.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable(Map.of(
            "/api/v1/reference", "agreement",
            "/api/v1/reference/units", "reporting",
            "/api/v1/agreements", "agreement"), Set.of("agreement", "reporting"));

    @Test
    void longestPrefixWinsOnWholeSegments() {
        assertEquals(Optional.of("reporting"), table.serviceFor("/api/v1/reference/units"));
        assertEquals(Optional.of("reporting"), table.serviceFor("/api/v1/reference/units/x"));
        assertEquals(Optional.of("agreement"), table.serviceFor("/api/v1/reference/unitsx"));
        assertEquals(Optional.of("agreement"), table.serviceFor("/api/v1/agreements"));
        assertEquals(Optional.empty(), table.serviceFor("/api/v1/agreementsx"));
        assertEquals(Optional.empty(), table.serviceFor("/api/v1"));
    }

    @Test
    void routeToUnknownServiceIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class,
                () -> new RouteTable(Map.of("/api/v1/x", "nowhere"), Set.of("agreement")));
        assertThrows(IllegalArgumentException.class,
                () -> new RouteTable(Map.of("/api/v1/x/", "agreement"), Set.of("agreement")));
    }

    @Test
    void traversalShapesAreSuspicious() {
        assertTrue(RouteTable.isSuspicious("/api/v1/agreements/../q/metrics"));
        assertTrue(RouteTable.isSuspicious("/api/v1/agreements/%2E%2E/q"));
        assertTrue(RouteTable.isSuspicious("/api/v1/agreements/..%2fq"));
        assertTrue(RouteTable.isSuspicious("/api/v1//agreements"));
        assertTrue(RouteTable.isSuspicious("/api/v1/agreements/.."));
        assertFalse(RouteTable.isSuspicious("/api/v1/agreements/5f1c0a0e-7a55-4c1b-9e7e-2f1f0b7c8a11/transitions"));
    }
}
