package vn.doingoai.gateway.routing;

import vn.doingoai.commons.problem.ProblemMessages;
import vn.doingoai.commons.i18n.Language;
import vn.doingoai.commons.i18n.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import vn.doingoai.commons.problem.Problem;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemWriter;
import vn.doingoai.commons.web.RequestIds;
import vn.doingoai.gateway.limits.BodyLimit;

/**
 * Everything between the gateway and one service for one route: the request body held to the size
 * limit as it streams, the service's circuit (a service that keeps failing to connect or answer is
 * not called again until its open period ends), and a problem+json naming what happened when the
 * call fails (503 down or circuit open, 504 too slow, 502 broken answer, 413 body too large) instead
 * of the proxy library's bare 502. On the way back, CORS headers are the gateway's alone.
 */
final class BackendFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(BackendFailures.class);

    private final String service;
    private final CircuitBreaker circuit;
    private final long openForSeconds;
    private final long maxBodySize;
    private final ObjectMapper mapper;

    BackendFailures(String service, CircuitBreaker circuit, long openForSeconds, long maxBodySize, ObjectMapper mapper) {
        this.service = service;
        this.circuit = circuit;
        this.openForSeconds = openForSeconds;
        this.maxBodySize = maxBodySize;
        this.mapper = mapper;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        // Only a chunked body has no declared length to check up front; a GET has no body at all.
        Body body = context.request().getBody();
        BodyLimit limited = body != null && body.length() < 0
                && context.request().proxiedRequest().headers().contains("Transfer-Encoding")
                ? new BodyLimit(body.stream(), maxBodySize) : null;
        if (limited != null) {
            context.request().setBody(Body.body(limited, -1));
        }
        // Only failures of the service itself count against its circuit; a client that aborts or
        // sends too much does not. The call's own outcome travels inside the circuit's result.
        Future<AsyncResult<ProxyResponse>> call = circuit.execute(promise -> context.sendRequest().onComplete(outcome -> {
            if (outcome.failed() && countsAgainstService(outcome.cause())) {
                promise.fail(outcome.cause());
            } else {
                promise.complete(outcome);
            }
        }));
        return call.transform(result -> {
            if (result.succeeded() && result.result().succeeded()) {
                return Future.succeededFuture(result.result().result());
            }
            Throwable failure = result.failed() ? result.cause() : result.result().cause();
            // The proxy reports the aborted upload as a reset stream; the limit is the real cause.
            if (limited != null && limited.exceeded()) {
                failure = new BodyLimit.TooLarge(maxBodySize);
            }
            return Future.succeededFuture(problemResponse(context, failure));
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        // The gateway already put its X-Request-Id on the answer; the service echoes the same one.
        context.response().headers().remove(RequestIds.HEADER);
        // CORS is answered at the edge only; a service's own headers would be duplicates or contradictions.
        List<String> cors = context.response().headers().names().stream()
                .filter(name -> name.regionMatches(true, 0, "Access-Control-", 0, 15)).toList();
        cors.forEach(name -> context.response().headers().remove(name));
        return context.sendResponse();
    }

    private ProxyResponse problemResponse(ProxyContext context, Throwable failure) {
        ProblemCode code = classify(failure);
        String requestId = context.request().headers().get(RequestIds.HEADER);
        // The proxy's callbacks run outside the request's logging context, so the id is named here.
        LOG.warnf("%s from %s for %s %s (request %s): %s", code.status(), service, context.request().getMethod(),
                context.request().getURI(), requestId, failure.toString());
        Text detail = switch (code) {
            case SERVICE_UNAVAILABLE -> failure instanceof OpenCircuitException
                    ? Text.of("gateway.circuit-open",
                            "The {0} service failed repeatedly and is not being called for now; try again later.", service)
                    : Text.of("gateway.unreachable", "The {0} service cannot be reached; try again later.", service);
            case GATEWAY_TIMEOUT -> Text.of("gateway.timeout", "The {0} service did not answer in time.", service);
            case PAYLOAD_TOO_LARGE -> ProblemMessages.bodyTooLarge(maxBodySize);
            default -> Text.of("gateway.no-usable-answer", "The {0} service gave no usable answer.", service);
        };
        Language language = Language.forRequest(context.request().headers().get("Accept-Language"),
                context.request().headers().get("Authorization"));
        Problem problem = ProblemWriter.problem(code, detail, context.request().proxiedRequest().path(), requestId, language);
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem record always serialises", e);
        }
        ProxyResponse response = context.request().response();
        response.headers().clear();
        response.setStatusCode(code.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Content-Language", language.tag())
                .putHeader("Cache-Control", "no-store");
        if (failure instanceof OpenCircuitException) {
            response.putHeader("Retry-After", Long.toString(openForSeconds));
        } else if (code == ProblemCode.SERVICE_UNAVAILABLE) {
            // Down (connection refused): as long as a restart takes, at least; the circuit may open meanwhile.
            response.putHeader("Retry-After", Long.toString(Math.min(openForSeconds, 2)));
        }
        if (code == ProblemCode.PAYLOAD_TOO_LARGE) {
            response.putHeader("Connection", "close");
        }
        return response.setBody(Body.body(Buffer.buffer(json)));
    }

    static boolean countsAgainstService(Throwable failure) {
        ProblemCode code = classify(failure);
        return code == ProblemCode.SERVICE_UNAVAILABLE || code == ProblemCode.GATEWAY_TIMEOUT;
    }

    static ProblemCode classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyLimit.TooLarge) {
                return ProblemCode.PAYLOAD_TOO_LARGE;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof OpenCircuitException) {
                return ProblemCode.SERVICE_UNAVAILABLE;
            }
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return ProblemCode.GATEWAY_TIMEOUT;
            }
        }
        return ProblemCode.BAD_GATEWAY;
    }
}
