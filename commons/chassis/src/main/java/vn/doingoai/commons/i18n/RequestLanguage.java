package vn.doingoai.commons.i18n;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Reads {@code Accept-Language} once per request, before authentication, so that every answer
 * (a problem written on the Vert.x layer, a resource's body) is in the same language. Every
 * answer varies by it and an API answer says its language in {@code Content-Language}.
 */
@ApplicationScoped
public class RequestLanguage {

    static final int ORDER = Integer.MIN_VALUE + 101;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(rc -> {
            Language language = of(rc.request());
            try {
                ContextLocals.put(Language.CONTEXT_KEY, language);
            } catch (UnsupportedOperationException notDuplicated) {
                // Only a request on the root context, which Quarkus never gives: English then.
            }
            // At the end, so that what a proxied service or CORS added is merged into one header.
            rc.addHeadersEndHandler(done -> {
                io.vertx.core.MultiMap headers = rc.response().headers();
                varyByLanguage(headers);
                if (!headers.contains("Content-Language") && rc.request().path().startsWith("/api/")) {
                    headers.set("Content-Language", language.tag());
                }
            });
            rc.next();
        });
    }

    /**
     * One {@code Vary} header naming Accept-Language once, whatever else it names, and Origin when
     * the answer allows one origin by name (a cache must not give it to another).
     */
    static void varyByLanguage(io.vertx.core.MultiMap headers) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (String value : headers.getAll("Vary")) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        names.add("Accept-Language");
        String allowed = headers.get("Access-Control-Allow-Origin");
        if (allowed != null && !allowed.equals("*")) {
            names.add("Origin");
        }
        java.util.Set<String> seen = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.removeIf(name -> !seen.add(name));
        headers.set("Vary", String.join(", ", names));
    }

    /** The language of a request seen before or without its Vert.x context. */
    public static Language of(io.vertx.core.http.HttpServerRequest request) {
        return Language.forRequest(request.getHeader("Accept-Language"), request.getHeader("Authorization"));
    }
}
