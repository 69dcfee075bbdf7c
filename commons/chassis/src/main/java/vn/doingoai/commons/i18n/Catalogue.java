package vn.doingoai.commons.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The Vietnamese wording of every {@link Text}, merged from each module's
 * {@code i18n/messages_vi.properties} (UTF-8). Keys start with the module's name, so two modules
 * never claim one key; if they do, the suite refuses to start rather than pick one.
 */
public final class Catalogue {

    public static final String RESOURCE = "i18n/messages_vi.properties";

    private static volatile Map<String, String> vietnamese;

    private Catalogue() {
    }

    public static Optional<String> vietnamese(String key) {
        return Optional.ofNullable(entries().get(key));
    }

    public static Map<String, String> entries() {
        Map<String, String> loaded = vietnamese;
        if (loaded == null) {
            synchronized (Catalogue.class) {
                if (vietnamese == null) {
                    vietnamese = load(classLoader(), RESOURCE);
                }
                loaded = vietnamese;
            }
        }
        return loaded;
    }

    /** Every module's file of that name, merged; a key in two files stops the suite. */
    static Map<String, String> load(ClassLoader loader, String resource) {
        Map<String, String> merged = new HashMap<>();
        Map<String, URL> origin = new HashMap<>();
        try {
            Enumeration<URL> files = loader.getResources(resource);
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                Properties properties = new Properties();
                try (InputStream in = file.openStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : properties.stringPropertyNames()) {
                    URL before = origin.put(key, file);
                    if (before != null && !before.equals(file)) {
                        throw new IllegalStateException("message key " + key + " is in both " + before + " and " + file);
                    }
                    merged.put(key, properties.getProperty(key));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Map.copyOf(merged);
    }

    static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Catalogue.class.getClassLoader();
    }
}
