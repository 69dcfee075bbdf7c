package vn.doingoai.gateway.observability;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
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
            rc.addEndHandler(done -> LOG.info(line(rc, System.nanoTime() - start)));
            rc.next();
        });
    }

    static String line(RoutingContext rc, long nanos) {
        // Written by hand rather than through a JSON tree: this runs for every request.
        StringBuilder line = new StringBuilder(256).append('{');
        field(line, "method", rc.request().method().name()).append(',');
        field(line, "path", rc.request().path()).append(',');
        field(line, "route", rc.get(ROUTE)).append(',');
        line.append("\"status\":").append(rc.response().getStatusCode()).append(',');
        line.append("\"durationMs\":").append(Math.round(nanos / 10_000d) / 100d).append(',');
        field(line, "requestId", rc.request().getHeader(RequestIds.HEADER)).append(',');
        field(line, "remote", rc.request().remoteAddress() == null ? null : rc.request().remoteAddress().hostAddress());
        if (rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken token) {
            line.append(',');
            field(line, "client", clientOf(token)).append(',');
            field(line, "subject", token.getSubject());
        }
        return line.append('}').toString();
    }

    private static StringBuilder field(StringBuilder line, String name, Object value) {
        line.append('"').append(name).append("\":");
        if (value == null) {
            return line.append("null");
        }
        line.append('"');
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        return line.append('"');
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
