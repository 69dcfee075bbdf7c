package vn.doingoai.commons.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemWriter;

/**
 * The limits on a request's target and headers, answered as problem+json like every other refusal.
 * The HTTP codec below has its own, larger, bounds (quarkus.http.limits.*) and answers past them with
 * a bare status: Vert.x gives an application no hook there, so the suite's limits are checked here,
 * well inside the codec's.
 */
@ApplicationScoped
public class RequestLimits {

    private final ProblemWriter problems;
    private final int maxUriLength;
    private final int maxHeaderBytes;

    public RequestLimits(ProblemWriter problems,
            @ConfigProperty(name = "doingoai.http.max-uri-length", defaultValue = "8192") int maxUriLength,
            @ConfigProperty(name = "doingoai.http.max-header-bytes", defaultValue = "16384") int maxHeaderBytes) {
        this.problems = problems;
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    void install(@Observes Router router) {
        router.route().order(RequestIdHandler.ORDER + 1).handler(rc -> {
            HttpServerRequest request = rc.request();
            if (request.uri().length() > maxUriLength) {
                rc.response().putHeader("Connection", "close");
                problems.write(rc, ProblemCode.URI_TOO_LONG, "The request target is longer than " + maxUriLength
                        + " characters; send long filters in a body where the operation takes one.");
                return;
            }
            if (headerBytes(request) > maxHeaderBytes) {
                rc.response().putHeader("Connection", "close");
                problems.write(rc, ProblemCode.HEADERS_TOO_LARGE, "The request headers are larger than "
                        + maxHeaderBytes + " bytes.");
                return;
            }
            rc.next();
        });
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }
}
