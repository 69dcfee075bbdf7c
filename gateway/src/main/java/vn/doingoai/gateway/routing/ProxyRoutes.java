package vn.doingoai.gateway.routing;

import vn.doingoai.commons.problem.ProblemMessages;
import vn.doingoai.commons.web.RequestLimits;
import vn.doingoai.commons.i18n.Text;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemWriter;
import vn.doingoai.gateway.config.GatewayConfig;
import vn.doingoai.gateway.limits.RateLimits;
import vn.doingoai.gateway.observability.AccessLog;

/**
 * The public entry: every {@code /api/} request is authenticated (the token was already checked
 * by quarkus-oidc before this runs), matched against the route table, held to the route's methods,
 * roles, rate limit and body size, and streamed to its service by Vert.x' reverse proxy with
 * method, path, query, body and headers unchanged.
 */
@ApplicationScoped
public class ProxyRoutes {

    private final GatewayConfig config;
    private final Vertx vertx;
    private final ProblemWriter problems;
    private final RateLimits rateLimits;
    private final ObjectMapper mapper;
    private final RouteTable table;

    private final vn.doingoai.gateway.openapi.MergedOpenApi openApi;

    public ProxyRoutes(GatewayConfig config, Vertx vertx, ProblemWriter problems, RateLimits rateLimits, ObjectMapper mapper,
            vn.doingoai.gateway.openapi.MergedOpenApi openApi) {
        this.openApi = openApi;
        this.config = config;
        this.vertx = vertx;
        this.problems = problems;
        this.rateLimits = rateLimits;
        this.mapper = mapper;
        this.table = RouteTable.from(config);
    }

    void install(@Observes Router router) {
        Map<String, CircuitBreaker> circuits = new HashMap<>();
        config.services().forEach((name, service) -> circuits.put(name, CircuitBreaker.create("gateway-" + name, vertx,
                new CircuitBreakerOptions()
                        .setMaxFailures(service.failuresToOpen())
                        .setTimeout(-1) // the client's connect and response timeouts already bound each call
                        .setResetTimeout(service.openFor().toMillis())
                        // Failures are counted over a window wide enough to hold failures-to-open timeouts
                        // in a row (Vert.x' default, 10 s, holds one of a 10 s response timeout).
                        .setFailuresRollingWindow(failuresWindow(name, service))
                        .setNotificationAddress(null))));
        // One set of clients and proxies per event loop: a request's call to its service then stays on
        // the thread that received it, with no hand-over between event loops.
        Map<Thread, Map<String, HttpProxy>> perEventLoop = new ConcurrentHashMap<>();
        Function<Thread, Map<String, HttpProxy>> forLoop = thread -> {
            Map<String, HttpClient> clients = new HashMap<>();
            config.services().forEach((name, service) -> clients.put(name, client(service)));
            Map<String, HttpProxy> proxies = new HashMap<>();
            for (Route route : table.routes()) {
                GatewayConfig.Service service = config.services().get(route.service());
                proxies.put(route.name(), proxy(route, service, clients.get(route.service()), circuits.get(route.service())));
            }
            return proxies;
        };

        // Vert.x routes on the normalised path, while a service would see the raw one; refusing
        // every path whose two forms could differ keeps them from ever disagreeing.
        router.route().order(Integer.MIN_VALUE + 200).handler(rc -> {
            if (rc.request().path().contains("%00")) {
                // As the services answer a NUL in a parameter: refused, named, not a missing path.
                problems.write(rc, ProblemCode.VALIDATION_FAILED, ProblemMessages.PARAMETER_UNREADABLE,
                        java.util.List.of(new vn.doingoai.commons.problem.InvalidField("path", "CONTROL_CHARACTER",
                                Text.of("gateway.path-control-character", "Control characters are not accepted in a path."))));
            } else if (RouteTable.isSuspicious(rc.request().path())) {
                problems.write(rc, ProblemCode.NOT_FOUND, ProblemMessages.NO_RESOURCE);
            } else {
                rc.next();
            }
        });
        router.route("/api/*").order(1).handler(rc -> forward(rc,
                perEventLoop.computeIfAbsent(Thread.currentThread(), forLoop)));
    }

    public RouteTable table() {
        return table;
    }

    /** Twice failures-to-open calls of the service's longest route timeout, and at least a minute. */
    private long failuresWindow(String serviceName, GatewayConfig.Service service) {
        long longest = table.routes().stream().filter(r -> r.service().equals(serviceName))
                .mapToLong(r -> r.responseTimeout().toMillis()).max().orElse(service.responseTimeout().toMillis());
        return Math.max(60_000, 2L * service.failuresToOpen() * Math.max(longest, service.responseTimeout().toMillis()));
    }

    private void forward(RoutingContext rc, Map<String, HttpProxy> proxies) {
        String path = rc.request().path();
        if (!(rc.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()) {
            problems.write(rc, ProblemCode.UNAUTHENTICATED, ProblemMessages.BEARER_REQUIRED);
            return;
        }
        Route route = table.match(path).orElse(null);
        if (route == null) {
            problems.write(rc, ProblemCode.NOT_FOUND, Text.of("gateway.no-service", "No service answers at this path."));
            return;
        }
        rc.put(AccessLog.ROUTE, route.name());
        String method = rc.request().method().name();
        if (!route.allows(method) || openApi.methodsAt(rc.request().path()).map(m -> !m.contains(method)).orElse(false)) {
            // What the path answers by the suite's document, as the service would say, within the route's methods.
            String allow = openApi.methodsAt(rc.request().path())
                    .map(methods -> methods.stream().filter(route::allows).sorted().collect(java.util.stream.Collectors.joining(", ")))
                    .filter(methods -> !methods.isEmpty()).orElse(route.allowHeader());
            rc.response().putHeader("Allow", allow);
            problems.write(rc, ProblemCode.METHOD_NOT_ALLOWED, Text.of("gateway.method-not-answered", "{0} is not answered at this path.", method));
            return;
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (!route.admits(method, identity.getRoles())) {
            problems.write(rc, ProblemCode.FORBIDDEN, Text.of("gateway.roles-needed", "This call needs one of the roles {0}.",
                    String.join(", ", route.rolesFor(method).stream().sorted().toList())));
            return;
        }
        String length = rc.request().getHeader("Content-Length");
        if (length != null && RequestLimits.declaredOver(length, config.maxBodySize().asLongValue())) {
            rc.response().putHeader("Connection", "close");
            problems.write(rc, ProblemCode.PAYLOAD_TOO_LARGE, ProblemMessages.bodyTooLarge(config.maxBodySize().asLongValue()));
            return;
        }
        if (!rateLimits.admit(rc, clientKey(identity), route.rateLimit())) {
            return;
        }
        proxies.get(route.name()).handle(rc.request());
    }

    /**
     * A machine client's service account is its only subject, so this is per client for other
     * government systems and per person within the frontend's client.
     */
    private static String clientKey(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return "client:" + AccessLog.clientOf(token) + ":" + token.getSubject();
        }
        return "principal:" + identity.getPrincipal().getName();
    }

    private HttpClient client(GatewayConfig.Service service) {
        return vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(service.maxConnections())
                .setConnectTimeout((int) service.connectTimeout().toMillis())
                // Unused pooled connections close after the idle timeout; a call in flight is bounded by
                // its route's response timeout alone (RequestOptions), never by the pool's idle timeout,
                // which closed a connection 5 s into a slower answer.
                .setKeepAliveTimeout((int) Math.max(1, service.idleTimeout().toSeconds()))
                .setIdleTimeout(0));
    }

    private HttpProxy proxy(Route route, GatewayConfig.Service service, HttpClient client, CircuitBreaker circuit) {
        SocketAddress origin = SocketAddress.inetSocketAddress(port(service), service.url().getHost());
        long responseTimeout = route.responseTimeout().toMillis();
        return HttpProxy.reverseProxy(client)
                .origin(context -> context.client().request(new RequestOptions()
                        .setServer(origin)
                        .setIdleTimeout(responseTimeout)))
                .addInterceptor(new ForwardedHeaders(config.publicUrl()))
                .addInterceptor(new BackendFailures(route.service(), circuit, service.openFor().toSeconds(),
                        config.maxBodySize().asLongValue(), mapper));
    }

    private static int port(GatewayConfig.Service service) {
        int port = service.url().getPort();
        return port > 0 ? port : ("https".equals(service.url().getScheme()) ? 443 : 80);
    }
}
