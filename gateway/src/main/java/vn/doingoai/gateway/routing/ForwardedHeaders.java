package vn.doingoai.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.List;

/**
 * Tells a service how its caller reached the suite, so that what it answers with an address in it
 * (the Location of a created record) names the gateway's public URL and not the service's own.
 * Whatever forwarding headers a client sent are dropped first: only the gateway may say where a
 * request came from, and the services trust these headers from the gateway's address alone.
 */
final class ForwardedHeaders implements ProxyInterceptor {

    private static final List<String> SET_BY_THE_GATEWAY = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Proto",
            "X-Forwarded-Host", "X-Forwarded-Port", "X-Forwarded-Prefix", "X-Forwarded-Server", "X-Forwarded-Ssl",
            "X-Real-IP");

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest received = context.request().proxiedRequest();
        MultiMap headers = context.request().headers();
        SET_BY_THE_GATEWAY.forEach(headers::remove);
        String scheme = received.scheme() == null ? "http" : received.scheme();
        headers.set("X-Forwarded-Proto", scheme);
        if (received.authority() != null) {
            headers.set("X-Forwarded-Host", received.authority().host());
            int port = received.authority().port();
            headers.set("X-Forwarded-Port", String.valueOf(port > 0 ? port : ("https".equals(scheme) ? 443 : 80)));
        }
        if (received.remoteAddress() != null && received.remoteAddress().hostAddress() != null) {
            headers.set("X-Forwarded-For", received.remoteAddress().hostAddress());
        }
        return context.sendRequest();
    }
}
