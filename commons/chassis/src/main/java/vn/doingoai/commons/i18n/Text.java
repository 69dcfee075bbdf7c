package vn.doingoai.commons.i18n;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message for people, kept unrendered until the language of its reader is known. The English
 * wording lives at the place that says it; the Vietnamese one in the catalogue under
 * {@code key} ({@code i18n/messages_vi.properties} of the module). {@code {0}}, {@code {1}}…
 * are replaced by the arguments as written, a {@link Text} argument in the same language.
 * Written to JSON in the language of the request being answered.
 */
@JsonSerialize(using = Text.Json.class)
public final class Text {

    private final String key;
    private final String english;
    private final List<Object> args;
    private final String separator;
    private final String vietnamese;

    private Text(String key, String english, List<Object> args, String separator, String vietnamese) {
        this.key = Objects.requireNonNull(key);
        this.english = Objects.requireNonNull(english);
        this.args = args;
        this.separator = separator;
        this.vietnamese = vietnamese;
    }

    public static Text of(String key, String english, Object... args) {
        return new Text(key, english, Arrays.asList(args.clone()), null, null);
    }

    /** The parts, each in the reader's language, one after the other with {@code separator} between. */
    public static Text join(String separator, List<?> parts) {
        return new Text("", "", List.copyOf(parts), separator, null);
    }

    /** Wording given in both languages where it is defined, as a code's label is. */
    public static Text bilingual(String vietnamese, String english) {
        return new Text("", english, List.of(), null, Objects.requireNonNull(vietnamese));
    }

    public String key() {
        return key;
    }

    public String in(Language language) {
        if (separator != null) {
            StringBuilder out = new StringBuilder();
            for (Object part : args) {
                if (!out.isEmpty()) {
                    out.append(separator);
                }
                out.append(render(part, language));
            }
            return out.toString();
        }
        if (vietnamese != null) {
            return language == Language.VI ? vietnamese : english;
        }
        String pattern = language == Language.VI ? Catalogue.vietnamese(key).orElse(english) : english;
        return fill(pattern, language);
    }

    private String fill(String pattern, Language language) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close <= i + 3 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                Object arg = index < args.size() ? args.get(index) : null;
                out.append(render(arg, language));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A {@link Text} in the same language; a code people see by its Vietnamese label for a
     * Vietnamese reader and as the code itself in English, the language of integrators who read
     * the codes of the OpenAPI document.
     */
    private static String render(Object value, Language language) {
        if (value instanceof Text text) {
            return text.in(language);
        }
        if (value instanceof Labelled code) {
            return language == Language.VI ? code.labelVi() : code.name();
        }
        return String.valueOf(value);
    }

    /** English, for logs and for code that has no reader to ask. */
    @Override
    public String toString() {
        return in(Language.EN);
    }

    static final class Json extends JsonSerializer<Text> {
        @Override
        public void serialize(Text value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.in(Language.current()));
        }
    }
}
