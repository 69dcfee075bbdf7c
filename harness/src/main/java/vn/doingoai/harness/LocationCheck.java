package vn.doingoai.harness;

/**
 * A 201 through the gateway names the created resource at the public address (or relatively),
 * never at a service's internal address.
 */
public final class LocationCheck {
    public static final String SECTION = "201 Location through the gateway";

    private LocationCheck() {
    }

    public static void check(Suite suite, OpenApiModel.Operation op, Http.Res r, String where) {
        if (r.status() != 201) {
            return;
        }
        String loc = r.header("location");
        String publicUrl = suite.routes.get("gateway.openapi.server-url");
        boolean ok = loc != null && (loc.startsWith("/") || loc.startsWith(suite.gateway + "/")
                || (publicUrl != null && loc.startsWith(publicUrl.replaceAll("/+$", "") + "/")));
        for (String internal : suite.services.values()) {
            if (loc != null && loc.startsWith(internal)) {
                ok = false;
            }
        }
        suite.figures.check(SECTION, ok, loc == null ? "201 without Location" : "internal or foreign Location",
                "gateway", op.method(), op.path(), where + ": Location: " + loc, r);
    }
}
