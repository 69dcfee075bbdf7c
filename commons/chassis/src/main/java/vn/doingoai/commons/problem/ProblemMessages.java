package vn.doingoai.commons.problem;

import vn.doingoai.commons.i18n.Text;

/** The details every service says alike. */
public final class ProblemMessages {

    public static final Text INVALID_FIELDS = Text.of("chassis.invalid-fields", "The request has invalid fields; see errors.");
    public static final Text BEARER_REQUIRED = Text.of("chassis.bearer-required", "A valid bearer token is required.");
    public static final Text ROLES_FORBID = Text.of("chassis.roles-forbid", "Your roles do not allow this operation.");
    public static final Text NO_RESOURCE = Text.of("chassis.no-resource", "No resource at this path.");
    public static final Text METHOD_NOT_ACCEPTED = Text.of("chassis.method-not-accepted", "This path does not accept that method.");
    public static final Text NOT_ACCEPTABLE = Text.of("chassis.not-acceptable", "None of the media types in Accept can be produced.");
    public static final Text MEDIA_TYPE_REFUSED = Text.of("chassis.media-type-refused", "The Content-Type of the request is not accepted here.");
    public static final Text SERVER_FAILED = Text.of("chassis.server-failed", "The server failed to answer; quote the requestId when reporting it.");
    public static final Text BODY_UNREADABLE = Text.of("chassis.body-unreadable", "The request body could not be read.");
    public static final Text PARAMETER_UNREADABLE = Text.of("chassis.parameter-unreadable", "A parameter of the request could not be read.");

    public static Text bodyTooLarge(long maxBytes) {
        return Text.of("chassis.body-too-large", "The request body is larger than {0} bytes.", maxBytes);
    }

    private ProblemMessages() {
    }

    /** The detail of a bare status when nothing more specific is known: its title. */
    public static Text forStatus(ProblemCode code) {
        return switch (code) {
            case NOT_FOUND -> NO_RESOURCE;
            case METHOD_NOT_ALLOWED -> METHOD_NOT_ACCEPTED;
            case NOT_ACCEPTABLE -> NOT_ACCEPTABLE;
            case UNSUPPORTED_MEDIA_TYPE -> MEDIA_TYPE_REFUSED;
            default -> Text.of("chassis.title." + code.name(), code.title());
        };
    }
}
