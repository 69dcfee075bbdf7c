package vn.doingoai.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.doingoai.gateway.config.GatewayConfig;

/**
 * Readiness names each backend and whether it is ready (its own {@code /q/health/ready}), asked in
 * parallel with a 2 s bound. The gateway is ready when every backend is; liveness stays the
 * gateway's own, so a dead service never gets the gateway restarted.
 */
@Readiness
@ApplicationScoped
public class BackendReadiness implements AsyncHealthCheck {

    private final GatewayConfig config;
    private final HttpClient client;

    public BackendReadiness(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000).setMaxPoolSize(4));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<String> names = new ArrayList<>(config.services().keySet());
        names.sort(null);
        List<Future<String>> checks = names.stream().map(name -> ready(config.services().get(name))).toList();
        Future<HealthCheckResponse> all = Future.join(checks).transform(done -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("backends").up();
            for (int i = 0; i < names.size(); i++) {
                Future<String> check = checks.get(i);
                String state = check.succeeded() ? check.result() : "DOWN (" + check.cause().getMessage() + ")";
                response.withData(names.get(i), state);
                if (!"UP".equals(state)) {
                    response.down();
                }
            }
            return Future.succeededFuture(response.build());
        });
        return Uni.createFrom().completionStage(all.toCompletionStage());
    }

    private Future<String> ready(GatewayConfig.Service service) {
        int port = service.url().getPort() > 0 ? service.url().getPort() : 80;
        return client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(service.url().getHost()).setPort(port)
                        .setURI("/q/health/ready").setTimeout(2000))
                .compose(request -> request.send())
                .compose(response -> response.body()
                        .map(body -> response.statusCode() == 200 ? "UP" : "DOWN (status " + response.statusCode() + ")"));
    }
}
