package vn.doingoai.commons.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** The correlation id carried by {@code X-Request-Id} through the gateway, every service and their logs. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    // A caller's id is echoed into logs and problem bodies, so only harmless characters are kept.
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:\\-]{8,128}");

    private RequestIds() {
    }

    /** The caller's id when it is well-formed, otherwise a new one. */
    public static String acceptOrGenerate(String offered) {
        if (offered != null && ACCEPTABLE.matcher(offered).matches()) {
            return offered;
        }
        return UUID.randomUUID().toString();
    }
}
