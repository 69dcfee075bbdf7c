package vn.doingoai.commons.i18n;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code azp} claim of a bearer token without checking it, for choices that grant nothing. */
final class TokenPeek {

    private static final Pattern AZP = Pattern.compile("\"azp\"\\s*:\\s*\"([A-Za-z0-9._-]{1,100})\"");
    private static final int MAX_TOKEN = 16_384;

    private TokenPeek() {
    }

    static String authorisedParty(String authorization) {
        if (authorization == null || authorization.length() > MAX_TOKEN || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String[] parts = authorization.substring(7).strip().split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            Matcher azp = AZP.matcher(claims);
            return azp.find() ? azp.group(1) : null;
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
