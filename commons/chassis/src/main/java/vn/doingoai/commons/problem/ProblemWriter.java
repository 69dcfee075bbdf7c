package vn.doingoai.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import vn.doingoai.commons.web.RequestIds;

/** Builds problems and writes them on the Vert.x layer (for answers given before any resource runs). */
@ApplicationScoped
public class ProblemWriter {

    public static final String BEARER_CHALLENGE = "Bearer";

    private final ObjectMapper mapper;

    public ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public static Problem problem(int status, String code, String title, String detail, String path, String requestId,
            List<Problem.FieldError> errors) {
        return new Problem(ProblemCode.typeUri(code), title, status, detail, path, code, requestId, errors);
    }

    public static Problem problem(ProblemCode code, String detail, String path, String requestId) {
        return problem(code.status(), code.name(), code.title(), detail, path, requestId, List.of());
    }

    /** Ends the exchange with the problem; does nothing if an answer has already started. */
    public void write(RoutingContext rc, ProblemCode code, String detail) {
        HttpServerResponse response = rc.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        Problem body = problem(code, detail, rc.request().path(), rc.request().getHeader(RequestIds.HEADER));
        String json;
        try {
            json = mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem record always serialises", e);
        }
        response.setStatusCode(code.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (code == ProblemCode.UNAUTHENTICATED) {
            response.putHeader(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        }
        response.end(json);
    }
}
