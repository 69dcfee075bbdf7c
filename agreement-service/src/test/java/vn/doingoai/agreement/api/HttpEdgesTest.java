package vn.doingoai.agreement.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;

/** What a service answers to requests malformed at the HTTP level, when called directly. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class HttpEdgesTest {

    @TestHTTPResource("/")
    URL service;

    @Test
    void anHttp11RequestWithoutHostIs400ProblemAndTheConnectionClosed() throws IOException {
        String answer = exchange("GET /api/v1/partners HTTP/1.1\r\nAccept: */*\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertFalse(answer.contains("[the connection stayed open]"), answer);
    }

    @Test
    void aLongTargetIs414Problem() throws IOException {
        String answer = exchange("GET /api/v1/partners?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 414"), answer);
        assertTrue(answer.contains("URI_TOO_LONG"), answer);
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket(service.getHost(), service.getPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                answer.write("\n[the connection stayed open]".getBytes(StandardCharsets.US_ASCII));
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
