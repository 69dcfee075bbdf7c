package vn.doingoai.commons.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods a path answers, read once from the service's own resource classes, for the
 * {@code Allow} header of a 405 (RFC 9110 §15.5.6 requires it; JAX-RS leaves it out).
 */
public final class AllowedMethods {

    private record Template(Pattern path, String method) {
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{\\s*\\w+\\s*(?::\\s*([^}]+))?}");
    private static volatile List<Template> templates;

    private AllowedMethods() {
    }

    /** {@code GET, HEAD, PUT}, or null when nothing answers the path at all. */
    public static String at(String path) {
        Set<String> methods = new TreeSet<>();
        for (Template template : templates()) {
            if (template.path().matcher(path).matches()) {
                methods.add(template.method());
            }
        }
        if (methods.isEmpty()) {
            return null;
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return String.join(", ", methods);
    }

    private static List<Template> templates() {
        List<Template> known = templates;
        if (known == null) {
            known = read();
            templates = known;
        }
        return known;
    }

    private static List<Template> read() {
        List<Template> found = new ArrayList<>();
        if (Arc.container() == null) {
            return found;
        }
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                found.add(new Template(compile(join(root.value(), sub == null ? "" : sub.value())), verb));
            }
        }
        return List.copyOf(found);
    }

    private static String verb(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = "/" + root + "/" + sub;
        path = path.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Pattern compile(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher m = VARIABLE.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start())));
            regex.append('(').append(m.group(1) == null ? "[^/]+" : m.group(1).trim()).append(')');
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex + "/?");
    }
}
