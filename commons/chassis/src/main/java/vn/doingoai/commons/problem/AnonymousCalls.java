package vn.doingoai.commons.problem;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A call to the API without a token is 401 before anything else about it is looked at, as at the
 * gateway: otherwise JAX-RS would first tell an anonymous caller that its media type is wrong (415)
 * or its method unknown (405), which says more about an operation than a stranger needs. An
 * {@code OPTIONS} request is left alone. The gateway turns this off: it refuses anonymous calls
 * itself, after its per-address limit and its CORS headers.
 */
@ApplicationScoped
public class AnonymousCalls {

    private final ProblemWriter problems;
    private final boolean enabled;

    public AnonymousCalls(ProblemWriter problems,
            @ConfigProperty(name = "doingoai.http.refuse-anonymous-api", defaultValue = "true") boolean enabled) {
        this.problems = problems;
        this.enabled = enabled;
    }

    void install(@Observes Router router) {
        if (!enabled) {
            return;
        }
        router.route("/api/*").order(Integer.MIN_VALUE + 220).handler(rc -> {
            if (rc.request().method() != HttpMethod.OPTIONS && rc.request().getHeader("Authorization") == null) {
                problems.write(rc, ProblemCode.UNAUTHENTICATED, ProblemMessages.BEARER_REQUIRED);
                return;
            }
            rc.next();
        });
    }
}
