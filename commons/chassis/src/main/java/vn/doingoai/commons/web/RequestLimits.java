package vn.doingoai.commons.web;

import vn.doingoai.commons.problem.ProblemMessages;
import vn.doingoai.commons.i18n.Text;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemWriter;

/**
 * The limits on a request's target, headers and declared body size, answered as problem+json like every other refusal.
 * The HTTP codec below has its own, larger, bounds (quarkus.http.limits.*) and answers past them with
 * a bare status: Vert.x gives an application no hook there, so the suite's limits are checked here,
 * well inside the codec's.
 */
@ApplicationScoped
public class RequestLimits {

    private final ProblemWriter problems;
    private final int maxUriLength;
    private final int maxHeaderBytes;
    private final long maxBodyBytes;

    public RequestLimits(ProblemWriter problems,
            @ConfigProperty(name = "doingoai.http.max-uri-length", defaultValue = "8192") int maxUriLength,
            @ConfigProperty(name = "doingoai.http.max-header-bytes", defaultValue = "16384") int maxHeaderBytes,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.problems = problems;
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(RequestIdHandler.ORDER + 1).handler(rc -> {
            HttpServerRequest request = rc.request();
            if (request.uri().length() > maxUriLength) {
                Connections.closeAfterAnswer(rc);
                problems.write(rc, ProblemCode.URI_TOO_LONG, Text.of("chassis.uri-too-long",
                        "The request target is longer than {0} characters; send long filters in a body where the operation takes one.",
                        maxUriLength));
                return;
            }
            if (headerBytes(request) > maxHeaderBytes) {
                Connections.closeAfterAnswer(rc);
                problems.write(rc, ProblemCode.HEADERS_TOO_LARGE, Text.of("chassis.headers-too-large",
                        "The request headers are larger than {0} bytes.", maxHeaderBytes));
                return;
            }
            String length = request.getHeader("Content-Length");
            if (length != null && declaredOver(length, maxBodyBytes)) {
                // Answered before a byte of the body is read; Quarkus' own check would answer bare. The
                // close is only said, not done: closing while the client still sends would reset the
                // connection before it reads this answer.
                rc.response().putHeader("Connection", "close");
                problems.write(rc, ProblemCode.PAYLOAD_TOO_LARGE, ProblemMessages.bodyTooLarge(maxBodyBytes));
                return;
            }
            rc.next();
        });
    }

    /** Whether a declared {@code Content-Length} is over {@code limit} bytes; the codec refuses a malformed one itself. */
    public static boolean declaredOver(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }
}
