package vn.doingoai.commons.api;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.LabelCatalogue;
import vn.doingoai.commons.i18n.Labelled;
import vn.doingoai.commons.i18n.Language;

/**
 * Every code list a service answers with, each under the name of its schema in the OpenAPI
 * document, so that a client finds the labels of a field from the field's schema alone.
 */
@Schema(name = "CodeLabelSet", description = "The labels of every code this part of the API returns, by the name of the "
        + "code's schema in the OpenAPI document (e.g. `AgreementStatus`), in the order people see them.")
public record CodeLabelSet(
        @Schema(description = "Code lists by schema name.", maxProperties = 100,
                examples = "{\"Direction\": [{\"code\": \"OUTBOUND\", \"nameVi\": \"Đoàn ra\", \"nameEn\": \"Outbound\", \"sortOrder\": 1}]}")
        Map<String, CodeLabels> lists) {

    /** One list of the set: its codes in the order people see them, written as a JSON array. */
    @Schema(name = "CodeLabels", type = SchemaType.ARRAY, implementation = CodeLabelView.class, maxItems = 500,
            description = "The codes of one list with their labels.")
    public record CodeLabels(@JsonValue List<CodeLabelView> codes) {
        public CodeLabels {
            codes = List.copyOf(codes);
        }
    }

    public CodeLabelSet {
        lists = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lists));
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, CodeLabels> lists = new LinkedHashMap<>();

        /** The enum's values in declaration order, under the name its {@code @Schema} gives it. */
        public <E extends Enum<E> & Labelled> Builder add(Class<E> codes) {
            return addCodes(LabelCatalogue.listName(codes),
                    java.util.Arrays.stream(codes.getEnumConstants()).map(Enum::name).toArray(String[]::new));
        }

        /**
         * Codes labelled under {@code name} in the labels file, in this order; a code without labels is
         * listed without them, for the labels test to see.
         */
        public Builder addCodes(String name, String... codes) {
            List<CodeLabelView> labels = new ArrayList<>(codes.length);
            for (int i = 0; i < codes.length; i++) {
                labels.add(new CodeLabelView(codes[i], LabelCatalogue.find(name, codes[i], Language.VI).orElse(null),
                        LabelCatalogue.find(name, codes[i], Language.EN).orElse(null), i + 1));
            }
            return add(name, labels);
        }

        public Builder add(String name, List<CodeLabelView> labels) {
            if (lists.putIfAbsent(name, new CodeLabels(labels)) != null) {
                throw new IllegalArgumentException("two code lists named " + name);
            }
            return this;
        }

        public CodeLabelSet build() {
            return new CodeLabelSet(lists);
        }
    }
}
