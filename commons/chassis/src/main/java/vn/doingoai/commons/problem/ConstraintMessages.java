package vn.doingoai.commons.problem;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.doingoai.commons.i18n.Text;

/**
 * A Bean Validation violation as a {@link Text}: English as Hibernate Validator words it, Vietnamese
 * from the catalogue, under {@code constraint.<Annotation>} for the standard constraints (their
 * attributes as {1}, {2}) and {@code constraint.custom.<the English words>} for a message written
 * on the annotation. {0} is always the English message, so a regular expression in it is never
 * read as a placeholder.
 */
final class ConstraintMessages {

    private ConstraintMessages() {
    }

    static Text of(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        String english = v.getMessage();
        if (template.startsWith("{jakarta.validation.constraints.") || template.startsWith("{org.hibernate.validator.")) {
            String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
            List<Object> args = new java.util.ArrayList<>();
            args.add(english);
            for (String name : List.of("min", "max", "value", "regexp", "integer", "fraction")) {
                if (attributes.containsKey(name)) {
                    args.add(attributes.get(name));
                }
            }
            return Text.of("constraint." + annotation, "{0}", args.toArray());
        }
        return Text.of(customKey(template), "{0}", english);
    }

    /** {@code must be a two-digit province code} is found under {@code constraint.custom.must-be-a-two-digit-province-code}. */
    static String customKey(String template) {
        return "constraint.custom." + template.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }
}
