package vn.doingoai.commons.problem;

import java.util.List;

/** Thrown by service code for any answer that is not a success; mapped to problem+json in one place. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String code, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(ProblemCode code, String detail) {
        this(code.status(), code.name(), code.title(), detail, List.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemCode.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException validation(List<Problem.FieldError> errors) {
        return new ProblemException(400, ProblemCode.VALIDATION_FAILED.name(), ProblemCode.VALIDATION_FAILED.title(),
                "The request has invalid fields; see errors.", errors);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
