package vn.doingoai.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import vn.doingoai.commons.i18n.Language;
import vn.doingoai.commons.i18n.RequestLanguage;
import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.web.RequestIds;

/** Builds problems in the reader's language and writes them on the Vert.x layer (for answers given before any resource runs). */
@ApplicationScoped
public class ProblemWriter {

    public static final String BEARER_CHALLENGE = "Bearer";

    private final ObjectMapper mapper;

    public ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public static Problem problem(ProblemCode kind, String code, Text detail, String path, String requestId,
            List<InvalidField> errors, Language language) {
        return new Problem(ProblemCode.typeUri(code), kind.title(language), kind.status(), detail.in(language), path, code,
                requestId, errors.stream().map(e -> e.in(language)).toList());
    }

    public static Problem problem(ProblemCode code, Text detail, String path, String requestId, Language language) {
        return problem(code, code.name(), detail, path, requestId, List.of(), language);
    }

    /** Ends the exchange with the problem; does nothing if an answer has already started. */
    public void write(RoutingContext rc, ProblemCode code, Text detail) {
        write(rc, code, detail, List.of());
    }

    /** The same with the fields at fault. */
    public void write(RoutingContext rc, ProblemCode code, Text detail, List<InvalidField> errors) {
        HttpServerResponse response = rc.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            return;
        }
        Language language = RequestLanguage.of(rc.request());
        Problem body = problem(code, code.name(), detail, rc.request().path(), rc.request().getHeader(RequestIds.HEADER), errors,
                language);
        String json;
        try {
            json = mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem record always serialises", e);
        }
        response.setStatusCode(code.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (code == ProblemCode.UNAUTHENTICATED) {
            response.putHeader(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        }
        response.end(json);
    }
}
