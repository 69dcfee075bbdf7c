package vn.doingoai.commons.problem;

import java.util.List;
import vn.doingoai.commons.i18n.Language;
import vn.doingoai.commons.i18n.Text;

/** One invalid input as service code finds it; it becomes a {@link Problem.FieldError} in the reader's language. */
public record InvalidField(String field, String code, Text message, List<String> allowed) {

    public InvalidField {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public InvalidField(String field, String code, Text message) {
        this(field, code, message, List.of());
    }

    public Problem.FieldError in(Language language) {
        return new Problem.FieldError(field, code, message.in(language), allowed);
    }
}
