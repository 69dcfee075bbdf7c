package vn.doingoai.gateway.observability;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import vn.doingoai.commons.web.RequestIds;

/**
 * One JSON line per request on the logger {@value #CATEGORY}: method, path (never the query, which
 * may hold names), route, status, duration, client, subject, request id and source address. The
 * token itself is never logged.
 */
@ApplicationScoped
public class AccessLog {

    public static final String CATEGORY = "vn.doingoai.gateway.access";
    /** Set by the proxy routes on the routing context: the name of the route that matched. */
    public static final String ROUTE = "gateway.route";

    private static final Logger LOG = Logger.getLogger(CATEGORY);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 110).handler(rc -> {
            long start = System.nanoTime();
            rc.addEndHandler(done -> LOG.info(line(rc, System.nanoTime() - start).encode()));
            rc.next();
        });
    }

    static JsonObject line(RoutingContext rc, long nanos) {
        JsonObject line = new JsonObject()
                .put("method", rc.request().method().name())
                .put("path", rc.request().path())
                .put("route", rc.get(ROUTE))
                .put("status", rc.response().getStatusCode())
                .put("durationMs", Math.round(nanos / 10_000d) / 100d)
                .put("requestId", rc.request().getHeader(RequestIds.HEADER))
                .put("remote", rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().hostAddress());
        if (rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token) {
            line.put("client", clientOf(token)).put("subject", token.getSubject());
        }
        return line;
    }

    /** Keycloak names the client in {@code azp}; some issuers use {@code client_id}. */
    public static String clientOf(JsonWebToken token) {
        Object azp = token.getClaim("azp");
        if (azp == null) {
            azp = token.getClaim("client_id");
        }
        return azp == null ? null : azp.toString();
    }
}
