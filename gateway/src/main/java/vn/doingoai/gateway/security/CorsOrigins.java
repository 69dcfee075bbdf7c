package vn.doingoai.gateway.security;

import vn.doingoai.commons.i18n.Text;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemWriter;

/**
 * A browser's request or preflight from an origin that may not call the API is refused with a
 * problem and nothing of the CORS policy: Quarkus' own refusal still lists the allowed methods, headers and
 * max-age, which tells a foreign page what it could do and lets a browser cache the refusal's terms.
 */
@ApplicationScoped
public class CorsOrigins {

    private final Set<String> allowed;
    private final ProblemWriter problems;

    public CorsOrigins(@ConfigProperty(name = "quarkus.http.cors.origins") List<String> allowed, ProblemWriter problems) {
        this.allowed = Set.copyOf(allowed);
        this.problems = problems;
    }

    /** The gateway's own pages (Swagger UI) call it from its own origin, which needs no CORS. */
    private static boolean sameOrigin(HttpServerRequest request, String origin) {
        return request.authority() != null && origin.equalsIgnoreCase(request.scheme() + "://" + request.authority());
    }

    void install(@Observes Router router) {
        // After the request id and the address limit, before Quarkus' CORS handling.
        router.route().order(Integer.MIN_VALUE + 211).handler(rc -> {
            String origin = rc.request().getHeader("Origin");
            if (origin != null && !allowed.contains(origin) && !sameOrigin(rc.request(), origin)) {
                problems.write(rc, ProblemCode.FORBIDDEN, Text.of("gateway.origin-refused", "Pages from {0} may not call this API.", origin));
                return;
            }
            rc.next();
        });
    }
}
