package vn.doingoai.commons.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Runs before authentication and routing so that even a 401 carries the id: accepts the caller's
 * {@code X-Request-Id} or makes one, puts it on the request (downstream code and calls read it
 * there), in the logging context, and on the response.
 */
@ApplicationScoped
public class RequestIdHandler {

    static final int ORDER = Integer.MIN_VALUE + 100;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(rc -> {
            String id = RequestIds.acceptOrGenerate(rc.request().getHeader(RequestIds.HEADER));
            rc.request().headers().set(RequestIds.HEADER, id);
            rc.response().headers().set(RequestIds.HEADER, id);
            MDC.put(RequestIds.MDC_KEY, id);
            rc.addEndHandler(done -> MDC.remove(RequestIds.MDC_KEY));
            rc.next();
        });
    }
}
