package vn.doingoai.commons.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every message a module says in English has its Vietnamese wording with the same placeholders,
 * and the module's catalogue holds no wording nothing says. Read from the module's sources, so a
 * new message without its translation fails the build of the module that added it. The labels of
 * its codes ({@code i18n/labels.properties}) are each written in both languages.
 */
public final class MessageCatalogueCheck {

    public static final String CATALOGUE = "i18n/messages_vi.properties";
    public static final String LABELS = "i18n/labels.properties";

    private static final Pattern TEXT = Pattern.compile("Text\\.of\\(\\s*\"([a-z][a-z0-9.-]*)\"\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CUSTOM_MESSAGE = Pattern.compile("\\bmessage\\s*=\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CONSTRAINT = Pattern.compile("@(NotNull|NotBlank|NotEmpty|Null|Size|Min|Max|DecimalMin|DecimalMax"
            + "|Positive|PositiveOrZero|Negative|NegativeOrZero|Digits|Email|Pattern|Past|PastOrPresent|Future|FutureOrPresent"
            + "|AssertTrue|AssertFalse)\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9]{1,2}}");

    private MessageCatalogueCheck() {
    }

    /** @param module the module's directory (the working directory of its tests) */
    public static void assertComplete(Path module) {
        Map<String, String> vietnamese = everyCatalogue();
        Map<String, String> said = new LinkedHashMap<>();
        Set<String> customMessages = new TreeSet<>();
        Set<String> constraints = new TreeSet<>();
        for (Path source : sources(module.resolve("src/main/java"))) {
            String code = read(source);
            Matcher text = TEXT.matcher(code);
            while (text.find()) {
                String before = said.put(text.group(1), unescape(text.group(2)));
                assertTrue(before == null || before.equals(unescape(text.group(2))),
                        "message " + text.group(1) + " has two English wordings: " + before + " / " + text.group(2));
            }
            Matcher custom = CUSTOM_MESSAGE.matcher(code);
            while (custom.find()) {
                customMessages.add(custom.group(1));
            }
            Matcher constraint = CONSTRAINT.matcher(code);
            while (constraint.find()) {
                constraints.add(constraint.group(1));
            }
        }
        List<String> problems = new ArrayList<>();
        said.forEach((key, english) -> {
            String vi = vietnamese.get(key);
            if (vi == null) {
                problems.add(key + " has no Vietnamese wording (\"" + english + "\")");
            } else if (!placeholders(vi).equals(placeholders(english))) {
                problems.add(key + ": the Vietnamese wording has placeholders " + placeholders(vi) + ", the English "
                        + placeholders(english));
            }
        });
        for (String message : customMessages) {
            String key = customKey(message);
            if (!vietnamese.containsKey(key)) {
                problems.add("message = \"" + message + "\" on a constraint has no Vietnamese wording under " + key);
            }
        }
        for (String constraint : constraints) {
            if (!vietnamese.containsKey("constraint." + constraint)) {
                problems.add("@" + constraint + " has no Vietnamese wording under constraint." + constraint);
            }
        }
        Path own = module.resolve("src/main/resources").resolve(CATALOGUE);
        if (Files.exists(own)) {
            for (String key : load(own).stringPropertyNames()) {
                if (!said.containsKey(key) && !key.startsWith("constraint.") && !key.startsWith("chassis.title.")) {
                    problems.add(key + " is in " + own + " but no code says it");
                }
            }
        }
        Path labels = module.resolve("src/main/resources").resolve(LABELS);
        if (Files.exists(labels)) {
            Properties p = load(labels);
            for (String key : p.stringPropertyNames()) {
                String[] both = p.getProperty(key).split("\\|", -1);
                if (both.length != 2 || both[0].isBlank() || both[1].isBlank()) {
                    problems.add(key + " in " + labels + " is not written \"Vietnamese | English\"");
                }
            }
        }
        assertEquals(List.of(), problems, "the Vietnamese message catalogue of " + module.toAbsolutePath().normalize());
    }

    /** As the chassis finds the wording of {@code message = "…"}: under constraint.custom. and the words, lower case, joined by -. */
    static String customKey(String message) {
        return "constraint.custom." + message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static String unescape(String literal) {
        return literal.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static Map<String, String> everyCatalogue() {
        Map<String, String> all = new LinkedHashMap<>();
        try {
            Enumeration<URL> files = Thread.currentThread().getContextClassLoader().getResources(CATALOGUE);
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                Properties p = new Properties();
                try (InputStream in = file.openStream()) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                p.stringPropertyNames().forEach(k -> all.put(k, p.getProperty(k)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static List<Path> sources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
