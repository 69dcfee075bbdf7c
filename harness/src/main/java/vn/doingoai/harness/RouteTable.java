package vn.doingoai.harness;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's route table and limits, read from its application.properties
 * ({@code gateway.routes.<name>.prefix|service|roles|write-roles|methods|rate-limit}): what the
 * access matrix expects and where each service lives.
 */
public final class RouteTable {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    public static final Set<String> ALL_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    public record Route(String name, String prefix, String service, Set<String> roles, Set<String> writeRoles,
                        Set<String> methods, String rateLimit) {

        public boolean isRead(String method) {
            return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        }

        /** Whether a caller with these roles passes this route for this method. */
        public boolean allows(Collection<String> callerRoles, String method) {
            if (callerRoles.stream().noneMatch(roles::contains)) {
                return false;
            }
            return isRead(method) || callerRoles.stream().anyMatch(writeRoles::contains);
        }
    }

    private final Properties props = new Properties();
    private final List<Route> routes = new ArrayList<>();

    public RouteTable(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        Set<String> names = new LinkedHashSet<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("gateway.routes.") && key.endsWith(".prefix")) {
                names.add(key.substring("gateway.routes.".length(), key.length() - ".prefix".length()));
            }
        }
        for (String name : names) {
            String base = "gateway.routes." + name + ".";
            Set<String> roles = list(get(base + "roles"));
            Set<String> writeRoles = list(get(base + "write-roles"));
            String m = get(base + "methods");
            Set<String> methods = m == null ? ALL_METHODS : list(m.toUpperCase(Locale.ROOT));
            routes.add(new Route(name, get(base + "prefix"), get(base + "service"), roles, writeRoles, methods,
                    get(base + "rate-limit")));
        }
    }

    /** A property with {@code ${name}} and {@code ${ENV:default}} expanded (environment first, then the file). */
    public String get(String key) {
        String v = props.getProperty(key);
        return v == null ? null : expand(v, 0);
    }

    private String expand(String value, int depth) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String def = m.group(2);
            String replacement = System.getenv(name);
            if (replacement == null) {
                replacement = props.getProperty(name);
            }
            if (replacement == null) {
                replacement = def == null ? "" : def;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(depth < 5 ? expand(replacement, depth + 1) : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Set<String> list(String v) {
        Set<String> out = new LinkedHashSet<>();
        if (v != null) {
            Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    public List<Route> routes() {
        return routes;
    }

    /** Longest prefix on whole segments, as the gateway matches. */
    public Route match(String path) {
        Route best = null;
        for (Route r : routes) {
            String p = r.prefix();
            if (path.equals(p) || path.startsWith(p + "/")) {
                if (best == null || p.length() > best.prefix().length()) {
                    best = r;
                }
            }
        }
        return best;
    }

    /** Base URLs of the services: {@code gateway.services.<name>.url}. */
    public Map<String, String> serviceUrls() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("gateway.services.") && key.endsWith(".url")) {
                out.put(key.substring("gateway.services.".length(), key.length() - ".url".length()), get(key));
            }
        }
        return out;
    }

    /** {@code 120/1m} → requests per window and the window in seconds. */
    public static int[] parseLimit(String limit) {
        if (limit == null) {
            return null;
        }
        Matcher m = Pattern.compile("(\\d+)\\s*/\\s*(\\d*)\\s*([smh])").matcher(limit.trim());
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        int k = m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2));
        int unit = switch (m.group(3)) {
            case "s" -> 1;
            case "m" -> 60;
            default -> 3600;
        };
        return new int[] { n, k * unit };
    }
}
