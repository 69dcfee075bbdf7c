package vn.doingoai.gateway.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import vn.doingoai.commons.problem.Problem;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemWriter;
import vn.doingoai.commons.web.RequestIds;

/**
 * When the service behind a route cannot be reached or does not answer in time, the caller gets a
 * problem+json naming what happened (503 down, 504 too slow, 502 broken answer) instead of the
 * proxy library's bare 502.
 */
final class BackendFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(BackendFailures.class);

    private final String service;
    private final ObjectMapper mapper;

    BackendFailures(String service, ObjectMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(problemResponse(context, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        // The gateway already put its X-Request-Id on the answer; the service echoes the same one.
        context.response().headers().remove(RequestIds.HEADER);
        return context.sendResponse();
    }

    private ProxyResponse problemResponse(ProxyContext context, Throwable failure) {
        ProblemCode code = classify(failure);
        String requestId = context.request().headers().get(RequestIds.HEADER);
        // The proxy's callbacks run outside the request's logging context, so the id is named here.
        LOG.warnf("%s from %s for %s %s (request %s): %s", code.status(), service, context.request().getMethod(),
                context.request().getURI(), requestId, failure.toString());
        String detail = switch (code) {
            case SERVICE_UNAVAILABLE -> "The " + service + " service cannot be reached; try again later.";
            case GATEWAY_TIMEOUT -> "The " + service + " service did not answer in time.";
            default -> "The " + service + " service gave no usable answer.";
        };
        Problem problem = ProblemWriter.problem(code, detail, context.request().proxiedRequest().path(), requestId);
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem record always serialises", e);
        }
        ProxyResponse response = context.request().response();
        response.headers().clear();
        return response.setStatusCode(code.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .setBody(Body.body(Buffer.buffer(json)));
    }

    static ProblemCode classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return ProblemCode.SERVICE_UNAVAILABLE;
            }
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return ProblemCode.GATEWAY_TIMEOUT;
            }
        }
        return ProblemCode.BAD_GATEWAY;
    }
}
