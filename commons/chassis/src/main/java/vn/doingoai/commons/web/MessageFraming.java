package vn.doingoai.commons.web;

import vn.doingoai.commons.i18n.Text;
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
                Connections.closeAfterAnswer(rc);
                problems.write(rc, ProblemCode.HTTP_VERSION_NOT_SUPPORTED, Text.of("chassis.http-version", "Only HTTP/1.0, HTTP/1.1 and HTTP/2 are spoken here."));
                return;
            }
            // Behind the proxy-forwarding wrapper a missing Host reads as an empty one.
            String host = request.headers().get("Host");
            if (request.version() == HttpVersion.HTTP_1_1 && (host == null || host.isBlank())) {
                Connections.closeAfterAnswer(rc);
                problems.write(rc, ProblemCode.VALIDATION_FAILED, Text.of("chassis.host-required", "An HTTP/1.1 request needs a Host header."));
                return;
            }
            if (request.headers().contains("Transfer-Encoding") && request.version() != HttpVersion.HTTP_2) {
                // The codec has already dropped a Content-Length sent beside it, so the two cannot be
                // told apart from a plain chunked upload here; every chunked request closes its
                // connection after the answer, which is always allowed and costs one reconnect.
                Connections.closeAfterAnswer(rc);
            }
            rc.next();
        });
    }

    private static boolean spoken(HttpServerRequest request) {
        HttpVersion version = request.version();
        return version == HttpVersion.HTTP_1_0 || version == HttpVersion.HTTP_1_1 || version == HttpVersion.HTTP_2;
    }
}
