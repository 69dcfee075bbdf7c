package vn.doingoai.commons.i18n;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Reads {@code Accept-Language} once per request, before authentication, so that every answer
 * (a problem written on the Vert.x layer, a resource's body) is in the same language. Every
 * answer varies by it.
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
            rc.addHeadersEndHandler(done -> varyByLanguage(rc.response().headers()));
            rc.next();
        });
    }

    /** One {@code Vary} header naming Accept-Language once, whatever else it names. */
    static void varyByLanguage(io.vertx.core.MultiMap headers) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (String value : headers.getAll("Vary")) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        if (names.stream().noneMatch("Accept-Language"::equalsIgnoreCase)) {
            names.add("Accept-Language");
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
