package vn.doingoai.commons.problem;

import java.util.List;
import vn.doingoai.commons.i18n.Text;

/**
 * Thrown by service code for any answer that is not a success; mapped to problem+json in one
 * place, in the caller's language. {@code kind} gives the status and the title; {@code code} is a
 * shared {@link ProblemCode} or a domain code of the service (a delegation rule, a precondition).
 */
public class ProblemException extends RuntimeException {

    private final ProblemCode kind;
    private final String code;
    private final Text detail;
    private final List<InvalidField> errors;

    public ProblemException(ProblemCode kind, String code, Text detail, List<InvalidField> errors) {
        super(detail.toString());
        this.kind = kind;
        this.code = code;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(ProblemCode code, Text detail) {
        this(code, code.name(), detail, List.of());
    }

    public static ProblemException notFound(Text what, Object id) {
        return new ProblemException(ProblemCode.NOT_FOUND,
                Text.of("chassis.not-found", "{0} {1} does not exist.", what, id));
    }

    public static ProblemException validation(List<InvalidField> errors) {
        return new ProblemException(ProblemCode.VALIDATION_FAILED, ProblemCode.VALIDATION_FAILED.name(),
                ProblemMessages.INVALID_FIELDS, errors);
    }

    public int status() {
        return kind.status();
    }

    public ProblemCode kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Text detail() {
        return detail;
    }

    public List<InvalidField> errors() {
        return errors;
    }
}
