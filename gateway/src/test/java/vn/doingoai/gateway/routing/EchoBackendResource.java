package vn.doingoai.gateway.routing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server standing behind the gateway under test. It answers with what reached it
 * (method, path, query, the headers the gateway must forward, the body's size and digest) so the
 * tests can see exactly what the proxy sent. Paths containing {@code /slow} answer after 3 s.
 * A second backend name points at a port nobody listens on.
 */
public class EchoBackendResource implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("authorization", request.getHeader("Authorization"))
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("traceparent", request.getHeader("traceparent"))
                    .put("forwardedProto", request.getHeader("X-Forwarded-Proto"))
                    .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                    .put("forwardedPort", request.getHeader("X-Forwarded-Port"))
                    .put("forwardedFor", request.getHeader("X-Forwarded-For"))
                    .put("bodyLength", body.length())
                    .put("bodySha256", sha256(body.getBytes()));
            if (request.path().contains("/close")) {
                request.connection().close();
                return;
            }
            if (request.path().startsWith("/api/v1/hung")) {
                return; // a hung service: the connection stays open and nothing is answered
            }
            Runnable answer = () -> {
                if (!request.response().closed()) {
                    request.response()
                            .putHeader("Content-Type", "application/json")
                            // A service must not answer CORS; the gateway drops this.
                            .putHeader("Access-Control-Allow-Origin", "*")
                            .putHeader("X-Request-Id", request.getHeader("X-Request-Id"))
                            // As every service answers: its body depends on the language asked for.
                            .putHeader("Vary", "Accept-Language")
                            .end(echo.encode());
                }
            };
            if (request.path().contains("/slow")) {
                vertx.setTimer(3000, id -> answer.run());
            } else {
                answer.run();
            }
        }));
        int port;
        try {
            port = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
                    .actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("echo backend did not start", e);
        }
        return Map.ofEntries(
                Map.entry("gateway.services.agreement.url", "http://127.0.0.1:" + port),
                Map.entry("gateway.services.reporting.url", "http://127.0.0.1:" + port),
                Map.entry("gateway.services.reporting.response-timeout", "500ms"),
                Map.entry("gateway.routes.reports.response-timeout", "500ms"),
                Map.entry("gateway.services.reporting.max-connections", "4"),
                // The slow and aborted calls of the tests must not open the circuit of the echo backend.
                Map.entry("gateway.services.reporting.failures-to-open", "1000"),
                Map.entry("gateway.services.agreement.failures-to-open", "1000"),
                // Shorter than the slow answer: the pool's idle timeout must not cut a call in flight.
                Map.entry("gateway.services.agreement.idle-timeout", "1s"),
                Map.entry("gateway.services.delegation.url", "http://127.0.0.1:" + unusedPort()),
                Map.entry("gateway.services.delegation.connect-timeout", "1s"),
                Map.entry("gateway.services.delegation.failures-to-open", "1000"),
                Map.entry("gateway.services.flaky.url", "http://127.0.0.1:" + unusedPort()),
                Map.entry("gateway.services.flaky.failures-to-open", "3"),
                Map.entry("gateway.services.flaky.open-for", "2s"),
                Map.entry("gateway.services.hung.url", "http://127.0.0.1:" + port),
                Map.entry("gateway.services.hung.response-timeout", "6s"),
                Map.entry("gateway.services.hung.failures-to-open", "3"),
                Map.entry("gateway.services.hung.open-for", "30s"),
                Map.entry("gateway.routes.hung.prefix", "/api/v1/hung"),
                Map.entry("gateway.routes.hung.service", "hung"),
                Map.entry("gateway.routes.flaky.prefix", "/api/v1/flaky"),
                Map.entry("gateway.routes.flaky.service", "flaky"),
                Map.entry("gateway.routes.limited.prefix", "/api/v1/limited"),
                Map.entry("gateway.routes.limited.service", "agreement"),
                Map.entry("gateway.routes.limited.rate-limit", "3/1m"),
                Map.entry("gateway.max-body-size", "4M"),
                Map.entry("gateway.rate-limits.anonymous", "100000/1m"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
