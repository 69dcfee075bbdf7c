package vn.doingoai.commons.i18n;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The labels of the codes people see, merged from each module's {@code i18n/labels.properties}. */
public final class LabelCatalogue {

    public static final String RESOURCE = "i18n/labels.properties";

    private static volatile Map<String, String> labels;

    private LabelCatalogue() {
    }

    /** The label of a code in the language; the code itself if it has none (each service's labels test forbids that). */
    public static String label(Class<?> codes, String code, Language language) {
        return find(codes, code, language).orElse(code);
    }

    /** The label as written in the catalogue ({@code Vietnamese | English}), if it is. */
    public static java.util.Optional<String> find(Class<?> codes, String code, Language language) {
        return find(listName(codes), code, language);
    }

    /** The label of a code of a list that is no enum (a field written as text with a closed set of values). */
    public static java.util.Optional<String> find(String list, String code, Language language) {
        String both = entries().get(list + "." + code);
        int bar = both == null ? -1 : both.indexOf('|');
        if (bar < 0) {
            return java.util.Optional.empty();
        }
        String label = (language == Language.VI ? both.substring(0, bar) : both.substring(bar + 1)).strip();
        return label.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(label);
    }

    /** The name a list of codes has in the OpenAPI document: its {@code @Schema} name, else the class's. */
    public static String listName(Class<?> codes) {
        Schema schema = codes.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : codes.getSimpleName();
    }

    private static Map<String, String> entries() {
        Map<String, String> loaded = labels;
        if (loaded == null) {
            synchronized (LabelCatalogue.class) {
                if (labels == null) {
                    labels = Catalogue.load(Catalogue.classLoader(), RESOURCE);
                }
                loaded = labels;
            }
        }
        return loaded;
    }
}
