package vn.doingoai.commons.problem;

import vn.doingoai.commons.i18n.Language;
import vn.doingoai.commons.i18n.Text;

/**
 * The error codes every service and the gateway share. Services add domain codes of their own
 * (for example a delegation rule) by passing a code string to {@link ProblemException}.
 */
public enum ProblemCode {
    VALIDATION_FAILED(400, "Validation failed"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    INVALID_TRANSITION(409, "Invalid transition"),
    PRECONDITION_FAILED(412, "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    URI_TOO_LONG(414, "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused"),
    /** The kind of a broken business rule answered 422; the code sent is the rule's own. */
    RULE_BROKEN(422, "Rule broken"),
    /** The kind of a broken business rule answered 409 (it clashes with another record); the code sent is the rule's own. */
    RULE_CONFLICT(409, "Rule broken"),
    PRECONDITION_REQUIRED(428, "Precondition required"),
    RATE_LIMITED(429, "Too many requests"),
    HEADERS_TOO_LARGE(431, "Request header fields too large"),
    INTERNAL_ERROR(500, "Internal error"),
    BAD_GATEWAY(502, "Bad gateway"),
    SERVICE_UNAVAILABLE(503, "Service unavailable"),
    GATEWAY_TIMEOUT(504, "Gateway timeout"),
    HTTP_VERSION_NOT_SUPPORTED(505, "HTTP version not supported");

    private final int status;
    private final String title;

    ProblemCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    /** The English title. */
    public String title() {
        return title;
    }

    public String title(Language language) {
        return Text.of("chassis.title." + name(), title).in(language);
    }

    /** The code a bare HTTP status maps to when nothing more specific is known. */
    public static ProblemCode forStatus(int status) {
        return switch (status) {
            case 400 -> VALIDATION_FAILED;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> IDEMPOTENCY_KEY_REUSED;
            case 428 -> PRECONDITION_REQUIRED;
            case 429 -> RATE_LIMITED;
            case 431 -> HEADERS_TOO_LARGE;
            case 502 -> BAD_GATEWAY;
            case 503 -> SERVICE_UNAVAILABLE;
            case 504 -> GATEWAY_TIMEOUT;
            case 505 -> HTTP_VERSION_NOT_SUPPORTED;
            default -> INTERNAL_ERROR;
        };
    }

    /** {@code NOT_FOUND} becomes {@code urn:problem:doingoai:not-found}. */
    public static String typeUri(String code) {
        return "urn:problem:doingoai:" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
