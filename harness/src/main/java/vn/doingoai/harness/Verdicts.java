package vn.doingoai.harness;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a correct error answer looks like (docs/conventions.md, Errors). */
public final class Verdicts {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private Verdicts() {
    }

    /** RFC 9457 problem+json with a stable UPPER_SNAKE_CASE code and the answer's status. */
    public static boolean isProblem(Http.Res r) {
        String ct = r.header("content-type");
        if (ct == null || !ct.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return false;
        }
        JsonNode j = r.json();
        if (j == null || !j.isObject()) {
            return false;
        }
        JsonNode code = j.get("code");
        if (code == null || !code.isTextual() || !CODE.matcher(code.asText()).matches()) {
            return false;
        }
        JsonNode status = j.get("status");
        return status == null || status.asInt() == r.status();
    }

    public static String code(Http.Res r) {
        JsonNode j = r.json();
        return j == null ? null : j.path("code").asText(null);
    }

    /** Whether some {@code errors[].field} names the field (indexes and prefixes are tolerated). */
    public static boolean namesField(Http.Res r, String field) {
        JsonNode j = r.json();
        if (j == null) {
            return false;
        }
        for (JsonNode e : j.path("errors")) {
            if (fieldMatches(e.path("field").asText(null), field)) {
                return true;
            }
        }
        return false;
    }

    static boolean fieldMatches(String actual, String expected) {
        if (actual == null || expected == null) {
            return false;
        }
        String a = norm(actual);
        String e = norm(expected);
        if (a.equals(e) || a.endsWith("." + e)) {
            return true;
        }
        // A parent named instead of the exact leaf is not enough, but a leaf named without its
        // parents is (services differ in how they write nested paths).
        int dot = e.lastIndexOf('.');
        return dot >= 0 && a.equals(e.substring(dot + 1));
    }

    private static String norm(String f) {
        String s = f.trim().replaceAll("\\[\\d*]", "").replace('/', '.');
        if (s.startsWith("$.")) {
            s = s.substring(2);
        }
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** Whether the answer lists every allowed value of an enum. */
    public static boolean listsValues(Http.Res r, List<String> values) {
        String body = r.text();
        for (String v : values) {
            if (!body.contains(v)) {
                return false;
            }
        }
        return true;
    }

    public static boolean bearerChallenge(Http.Res r) {
        String w = r.header("www-authenticate");
        return w != null && w.toLowerCase(Locale.ROOT).startsWith("bearer");
    }
}
