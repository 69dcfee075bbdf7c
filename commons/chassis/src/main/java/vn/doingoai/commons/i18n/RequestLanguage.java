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
            rc.response().headers().add("Vary", "Accept-Language");
            rc.next();
        });
    }

    /** The language of a request seen before or without its Vert.x context. */
    public static Language of(io.vertx.core.http.HttpServerRequest request) {
        return Language.forRequest(request.getHeader("Accept-Language"), request.getHeader("Authorization"));
    }
}
