package vn.doingoai.commons.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemWriter;

/**
 * A request whose framing two parsers could read differently does not share its connection with
 * the next one, so that nothing left over is read as the start of another request (RFC 9112 §6.3:
 * after a message with both Transfer-Encoding and Content-Length the connection is closed). An HTTP
 * version this server does not speak is refused.
 */
@ApplicationScoped
public class MessageFraming {

    private final ProblemWriter problems;

    public MessageFraming(ProblemWriter problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(RequestIdHandler.ORDER + 2).handler(rc -> {
            HttpServerRequest request = rc.request();
            if (request.version() == null || !spoken(request)) {
                rc.response().putHeader("Connection", "close");
                problems.write(rc, ProblemCode.HTTP_VERSION_NOT_SUPPORTED, "Only HTTP/1.0, HTTP/1.1 and HTTP/2 are spoken here.");
                return;
            }
            if (request.version() == HttpVersion.HTTP_1_1 && !request.headers().contains("Host")) {
                rc.response().putHeader("Connection", "close");
                problems.write(rc, ProblemCode.VALIDATION_FAILED, "An HTTP/1.1 request needs a Host header.");
                return;
            }
            if (request.headers().contains("Transfer-Encoding") && request.version() != HttpVersion.HTTP_2) {
                // The codec has already dropped a Content-Length sent beside it, so the two cannot be
                // told apart from a plain chunked upload here; every chunked request closes its
                // connection after the answer, which is always allowed and costs one reconnect.
                rc.response().putHeader("Connection", "close");
                // A reverse proxy drops hop-by-hop headers from what it relays, so the close is done here.
                rc.addEndHandler(done -> {
                    if (request.connection() != null) {
                        request.connection().close();
                    }
                });
            }
            // An answer given before the body was read (a 403 decided from the token alone) leaves the
            // rest of the body on the connection, paused: the next request on it would wait behind
            // those bytes until a timeout. Such a connection is closed with the answer instead.
            // HTTP/1.x only: an HTTP/2 stream is reset on its own, and an h2c upgrade request is not
            // "ended" while its connection changes protocol.
            if (request.version() != HttpVersion.HTTP_2 && !request.headers().contains("Upgrade")) {
                rc.addHeadersEndHandler(v -> {
                    if (!request.isEnded()) {
                        rc.response().putHeader("Connection", "close");
                    }
                });
                rc.addEndHandler(done -> {
                    if (!request.isEnded() && request.connection() != null) {
                        request.connection().close();
                    }
                });
            }
            rc.next();
        });
    }

    private static boolean spoken(HttpServerRequest request) {
        HttpVersion version = request.version();
        return version == HttpVersion.HTTP_1_0 || version == HttpVersion.HTTP_1_1 || version == HttpVersion.HTTP_2;
    }
}
