package vn.doingoai.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every 4xx and 5xx answer (RFC 9457). {@code code} is the stable, machine-readable
 * part of the contract; {@code title} and {@code detail} are for people and may be reworded.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, returned as application/problem+json on every error.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "URI reference naming the problem type.", maxLength = 200,
                examples = "urn:problem:doingoai:not-found")
        String type,
        @Schema(description = "Short human-readable summary of the problem type.", maxLength = 200,
                examples = "Not found")
        String title,
        @Schema(description = "HTTP status code.", format = "int32", examples = "404")
        int status,
        @Schema(description = "Explanation specific to this occurrence.", maxLength = 2000)
        String detail,
        @Schema(description = "The request path this problem occurred on.", maxLength = 2000,
                examples = "/api/v1/agreements/5f1c0a0e-7a55-4c1b-9e7e-2f1f0b7c8a11")
        String instance,
        @Schema(description = "Stable machine-readable code (UPPER_SNAKE_CASE); part of the contract.",
                maxLength = 64, examples = "NOT_FOUND")
        String code,
        @Schema(description = "Correlation id of the request (the X-Request-Id header).", maxLength = 128)
        String requestId,
        @Schema(description = "Field-level errors; present on VALIDATION_FAILED.", maxItems = 200)
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    @Schema(name = "FieldError", description = "One invalid input field.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(
            @Schema(description = "Path of the field in the request (JSON path or parameter name).",
                    maxLength = 300, examples = "titleVi")
            String field,
            @Schema(description = "Machine-readable reason, e.g. REQUIRED, TOO_LONG, INVALID.",
                    maxLength = 64, examples = "REQUIRED")
            String code,
            @Schema(description = "Explanation for people.", maxLength = 500, examples = "must not be blank")
            String message,
            @Schema(description = "The values accepted here, when they are a closed list (an enum or a code list).",
                    maxItems = 500, examples = "[\"DRAFT\", \"IN_FORCE\"]")
            List<String> allowed) {

        public FieldError {
            allowed = allowed == null || allowed.isEmpty() ? null : List.copyOf(allowed);
        }

        public FieldError(String field, String code, String message) {
            this(field, code, message, null);
        }
    }
}
