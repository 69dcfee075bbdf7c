package vn.doingoai.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.net.URI;
import java.util.List;

/**
 * Tells a service how its caller reached the suite, so that what it answers with an address in it
 * (the Location of a created record) names the suite's public URL and not the service's own. The
 * address is the configured one, never the request's Host, which a client may set to anything.
 * Whatever forwarding headers a client sent are dropped first: only the gateway may say where a
 * request came from, and the services trust these headers from the gateway's address alone.
 */
final class ForwardedHeaders implements ProxyInterceptor {

    private static final List<String> SET_BY_THE_GATEWAY = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Proto",
            "X-Forwarded-Host", "X-Forwarded-Port", "X-Forwarded-Prefix", "X-Forwarded-Server", "X-Forwarded-Ssl",
            "X-Real-IP");

    private final String scheme;
    private final String host;
    private final String port;

    ForwardedHeaders(URI publicUrl) {
        this.scheme = publicUrl.getScheme() == null ? "http" : publicUrl.getScheme();
        this.host = publicUrl.getHost();
        this.port = String.valueOf(publicUrl.getPort() > 0 ? publicUrl.getPort() : ("https".equals(scheme) ? 443 : 80));
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest received = context.request().proxiedRequest();
        MultiMap headers = context.request().headers();
        SET_BY_THE_GATEWAY.forEach(headers::remove);
        headers.set("X-Forwarded-Proto", scheme);
        headers.set("X-Forwarded-Host", host);
        headers.set("X-Forwarded-Port", port);
        if (received.remoteAddress() != null && received.remoteAddress().hostAddress() != null) {
            headers.set("X-Forwarded-For", received.remoteAddress().hostAddress());
        }
        return context.sendRequest();
    }
}
