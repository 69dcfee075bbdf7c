package vn.doingoai.gateway.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemWriter;
import vn.doingoai.gateway.config.GatewayConfig;

/**
 * The public entry: every {@code /api/} request is authenticated (the token was already checked
 * by quarkus-oidc before this runs), matched against the route table and streamed to its service
 * by Vert.x' reverse proxy with method, path, query, body and headers unchanged.
 */
@ApplicationScoped
public class ProxyRoutes {

    private final GatewayConfig config;
    private final Vertx vertx;
    private final ProblemWriter problems;
    private final ObjectMapper mapper;

    public ProxyRoutes(GatewayConfig config, Vertx vertx, ProblemWriter problems, ObjectMapper mapper) {
        this.config = config;
        this.vertx = vertx;
        this.problems = problems;
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        RouteTable table = new RouteTable(
                config.routes().values().stream()
                        .collect(Collectors.toMap(GatewayConfig.Route::prefix, GatewayConfig.Route::service)),
                config.services().keySet());
        Map<String, HttpProxy> proxies = new HashMap<>();
        config.services().forEach((name, service) -> proxies.put(name, proxy(name, service)));

        // Vert.x routes on the normalised path, while a service would see the raw one; refusing
        // every path whose two forms could differ keeps them from ever disagreeing.
        router.route().order(Integer.MIN_VALUE + 200).handler(rc -> {
            if (RouteTable.isSuspicious(rc.request().path())) {
                problems.write(rc, ProblemCode.NOT_FOUND, "No resource at this path.");
            } else {
                rc.next();
            }
        });
        router.route("/api/*").order(1).handler(rc -> forward(rc, table, proxies));
    }

    private void forward(RoutingContext rc, RouteTable table, Map<String, HttpProxy> proxies) {
        String path = rc.request().path();
        if (!(rc.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()) {
            problems.write(rc, ProblemCode.UNAUTHENTICATED, "A valid bearer token is required.");
            return;
        }
        String service = table.serviceFor(path).orElse(null);
        if (service == null) {
            problems.write(rc, ProblemCode.NOT_FOUND, "No service answers at this path.");
            return;
        }
        proxies.get(service).handle(rc.request());
    }

    private HttpProxy proxy(String name, GatewayConfig.Service service) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(service.maxConnections())
                .setConnectTimeout((int) service.connectTimeout().toMillis())
                .setKeepAliveTimeout((int) Math.max(1, service.idleTimeout().toSeconds()))
                .setIdleTimeout((int) service.idleTimeout().toMillis())
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS));
        SocketAddress origin = SocketAddress.inetSocketAddress(port(service), service.url().getHost());
        long responseTimeout = service.responseTimeout().toMillis();
        return HttpProxy.reverseProxy(client)
                .origin(context -> context.client().request(new RequestOptions()
                        .setServer(origin)
                        .setIdleTimeout(responseTimeout)))
                .addInterceptor(new BackendFailures(name, mapper));
    }

    private static int port(GatewayConfig.Service service) {
        int port = service.url().getPort();
        return port > 0 ? port : ("https".equals(service.url().getScheme()) ? 443 : 80);
    }
}
