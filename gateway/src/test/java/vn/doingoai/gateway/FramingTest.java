package vn.doingoai.gateway;

import vn.doingoai.commons.testing.RawHttp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.net.URL;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.TestTokens;
import vn.doingoai.gateway.routing.EchoBackendResource;

/**
 * Requests whose framing could be read two ways are refused and their connection closed, so that a
 * leftover byte is never glued to the next request; what is not HTTP/1.x is not answered as if it were.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoBackendResource.class)
class FramingTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aRequestWithBothContentLengthAndTransferEncodingIsAnsweredOnceAndTheConnectionClosed() throws Exception {
        String token = TestTokens.user("o").roles("officer").province("38").sign();
        String smuggled = "POST /api/v1/partners HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "2\r\n{}\r\n0\r\n\r\n"
                + "GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String answer = RawHttp.untilClosed(gateway, smuggled, java.time.Duration.ofSeconds(10));
        assertTrue(answer.toLowerCase().contains("connection: close"), answer);
        assertEquals(1, answer.toLowerCase().split("connection: close", -1).length - 1, "said once: " + answer);
        assertFalse(answer.contains(RawHttp.STAYED_OPEN.strip()), answer);
        assertEquals(1, answer.split("HTTP/1.1 ", -1).length - 1, "one answer only, the connection closed: " + answer);
    }

    @Test
    void anHttpVersionThatIsNotSpokenIsRefusedAndTheConnectionClosed() throws Exception {
        for (String version : java.util.List.of("HTTP/9.9", "HTTP/1.9", "HTTP/0.9")) {
            String answer = RawHttp.untilClosed(gateway, "GET /q/health/live " + version + "\r\nHost: localhost\r\n\r\n", java.time.Duration.ofSeconds(10));
            assertTrue(answer.matches("(?s)HTTP/\\S+ (400|501|505) .*"), version + ": " + answer);
            assertFalse(answer.contains("\"UP\""), answer);
            assertFalse(answer.contains(RawHttp.STAYED_OPEN.strip()), answer);
        }
    }

    @Test
    void anHttp11RequestWithoutHostIsAProblemAndTheConnectionClosed() throws Exception {
        String answer = RawHttp.untilClosed(gateway, "GET /q/health/live HTTP/1.1\r\n\r\n", java.time.Duration.ofSeconds(10));
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertFalse(answer.contains(RawHttp.STAYED_OPEN.strip()), answer);
    }
}
