package vn.doingoai.commons.web;

import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/** Ending an HTTP/1.x connection with the answer now being written. */
public final class Connections {

    private Connections() {
    }

    /**
     * Says so ({@code Connection: close}) and closes once the answer is out: Vert.x keeps the
     * connection open despite the header. HTTP/2 streams are left alone; they have no such header.
     */
    public static void closeAfterAnswer(RoutingContext rc) {
        if (rc.request().version() == HttpVersion.HTTP_2) {
            return;
        }
        rc.response().putHeader("Connection", "close");
        // Once, even when a proxied answer brings its own.
        rc.addHeadersEndHandler(done -> rc.response().headers().set("Connection", "close"));
        rc.addEndHandler(done -> {
            if (rc.request().connection() != null) {
                rc.request().connection().close();
            }
        });
    }
}
