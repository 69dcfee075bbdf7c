package vn.doingoai.commons.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.doingoai.commons.i18n.Language;
import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.web.RequestIds;

/**
 * The one exception-to-problem mapping of the suite. Whatever a resource throws leaves as
 * application/problem+json; nothing of a stack trace, SQL or class name reaches the caller.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("^Duplicate field '(.{1,200})'");

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemWriter.problem(e.kind(), e.code(), e.detail(), path(uri), requestId(headers), e.errors(),
                language(headers)), language(headers));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        boolean onResponse = e.getConstraintViolations().stream()
                .anyMatch(v -> lastKind(v.getPropertyPath()) == ElementKind.RETURN_VALUE);
        if (onResponse) {
            return unexpected(e, uri, headers);
        }
        List<InvalidField> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new InvalidField(fieldName(v), violationCode(v), ConstraintMessages.of(v)));
        }
        errors.sort(Comparator.comparing(InvalidField::field).thenComparing(InvalidField::code));
        return respond(ProblemWriter.problem(ProblemCode.VALIDATION_FAILED, ProblemCode.VALIDATION_FAILED.name(),
                ProblemMessages.INVALID_FIELDS, path(uri), requestId(headers), errors, language(headers)), language(headers));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemWriter.problem(ProblemCode.VALIDATION_FAILED, ProblemCode.VALIDATION_FAILED.name(),
                ProblemMessages.BODY_UNREADABLE, path(uri), requestId(headers), List.of(bodyError(e)), language(headers)), language(headers));
    }

    /** What of the body could not be read, named by its JSON path where the parser knows it. */
    static InvalidField bodyError(JsonProcessingException e) {
        java.util.regex.Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            String where = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? jsonPath(mapping.getPath()) + "." : "";
            return new InvalidField(where + duplicate.group(1), "DUPLICATE",
                    Text.of("chassis.duplicate-key", "The key is given more than once."));
        }
        if (e instanceof vn.doingoai.commons.text.NfcJsonCustomizer.ControlCharacterException control) {
            return new InvalidField(jsonPath(control.getPath()), "CONTROL_CHARACTER", Text.of("chassis.control-character",
                    "Control characters other than tab and line breaks are not accepted in text."));
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            List<String> allowed = java.util.Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).toList();
            return new InvalidField(jsonPath(format.getPath()), "UNKNOWN",
                    Text.of("chassis.one-of", "The value must be one of {0}.", String.join(", ", allowed)), allowed);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && String.valueOf(e.getOriginalMessage()).contains("Invalid UTF-8")) {
            return new InvalidField(jsonPath(mapping.getPath()), "INVALID",
                    Text.of("chassis.value-not-utf8", "The value is not valid UTF-8."));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            Text message = mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null
                    ? Text.of("chassis.wrong-type-expected", "The value has the wrong type or format. Expected {0}.",
                            describe(mismatched.getTargetType()))
                    : Text.of("chassis.wrong-type", "The value has the wrong type or format.");
            return new InvalidField(jsonPath(mapping.getPath()), "INVALID", message);
        }
        String field = "body";
        boolean truncated = String.valueOf(e.getOriginalMessage()).contains("end-of-input");
        if (!truncated && e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            if (!pointer.isEmpty()) {
                field = pointerToField(pointer);
            }
        }
        String original = e.getOriginalMessage();
        Text message = Text.of("chassis.body-not-json", "The body is not valid JSON.");
        if (original != null && original.contains("Invalid UTF-8")) {
            message = Text.of("chassis.body-not-utf8", "The body is not valid UTF-8.");
        } else if (original != null && original.startsWith("Trailing token")) {
            message = Text.of("chassis.trailing-content", "There is content after the JSON value.");
        }
        return new InvalidField(field, "INVALID", message);
    }

    static Text describe(Class<?> type) {
        if (type == String.class) {
            return Expected.TEXT;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return Expected.INTEGER;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Expected.BOOLEAN;
        }
        if (type == java.time.LocalDate.class) {
            return Expected.DATE;
        }
        if (type == java.util.UUID.class) {
            return Expected.UUID;
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return Expected.ARRAY;
        }
        if (Number.class.isAssignableFrom(type)) {
            return Expected.NUMBER;
        }
        return Expected.OBJECT;
    }

    /** {@code /members/2/fullName} becomes {@code members[2].fullName}. */
    static String pointerToField(String pointer) {
        StringBuilder name = new StringBuilder();
        for (String segment : pointer.substring(1).split("/", -1)) {
            String unescaped = segment.replace("~1", "/").replace("~0", "~");
            if (unescaped.matches("[0-9]+")) {
                name.append('[').append(unescaped).append(']');
            } else {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(unescaped);
            }
        }
        return name.isEmpty() ? "body" : name.toString();
    }

    @ServerExceptionMapper
    public Response invalidParameter(vn.doingoai.commons.web.StrictParameters.InvalidParameter e, UriInfo uri,
            HttpHeaders headers) {
        return respond(ProblemWriter.problem(ProblemCode.VALIDATION_FAILED, ProblemCode.VALIDATION_FAILED.name(),
                ProblemMessages.PARAMETER_UNREADABLE, path(uri), requestId(headers), List.of(e.error()), language(headers)), language(headers));
    }

    /** Declared apart so it wins over quarkus-rest-jackson's own mapper for this type. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri,
            HttpHeaders headers) {
        return unreadableJson(e, uri, headers);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return Response.fromResponse(respond(ProblemWriter.problem(ProblemCode.UNAUTHENTICATED,
                ProblemMessages.BEARER_REQUIRED, path(uri), requestId(headers), language(headers)), language(headers)))
                .header(HttpHeaders.WWW_AUTHENTICATE, ProblemWriter.BEARER_CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemWriter.problem(ProblemCode.FORBIDDEN, ProblemMessages.ROLES_FORBID,
                path(uri), requestId(headers), language(headers)), language(headers));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        // quarkus-rest-jackson wraps a body it cannot parse (a duplicate key, bytes that are not
        // UTF-8) in a bare 400; the cause says which field.
        if (status == 400 && e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri, headers);
        }
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        // No resource matched a path holding a NUL (a parameter holding one is refused by its
        // converter): the same 400, on the path, as the gateway answers; the path shown encoded.
        if (status == 404 && uri != null && uri.getPath().indexOf('\u0000') >= 0) {
            return respond(new Problem(ProblemCode.typeUri(ProblemCode.VALIDATION_FAILED.name()),
                    ProblemCode.VALIDATION_FAILED.title(language(headers)), 400,
                    ProblemMessages.PARAMETER_UNREADABLE.in(language(headers)), uri.getPath().replace("\u0000", "%00"),
                    ProblemCode.VALIDATION_FAILED.name(), requestId(headers),
                    List.of(new InvalidField("path", "CONTROL_CHARACTER", Text.of("chassis.path-control-character",
                            "Control characters are not accepted in a path.")).in(language(headers)))), language(headers));
        }
        ProblemCode code = ProblemCode.forStatus(status);
        Response.ResponseBuilder answer = Response.fromResponse(respond(ProblemWriter.problem(code,
                ProblemMessages.forStatus(code), path(uri), requestId(headers), language(headers)), language(headers)));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow == null && status == 405 && uri != null) {
            allow = vn.doingoai.commons.web.AllowedMethods.at(uri.getPath());
        }
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (clientWentAway(e)) {
            // The caller (the gateway after its timeout) closed the connection while its body was read: no one hears the answer.
            LOG.debugf("The client of %s went away: %s", path(uri), e.toString());
        } else {
            LOG.errorf(e, "Unexpected failure on %s", path(uri));
        }
        return respond(ProblemWriter.problem(ProblemCode.INTERNAL_ERROR, ProblemMessages.SERVER_FAILED, path(uri),
                requestId(headers), language(headers)), language(headers));
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    private static Response respond(Problem body, Language language) {
        Response.ResponseBuilder answer = Response.status(body.status()).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        if (body.status() == 503) {
            // A dependency or the database is out of reach for a moment: say when trying again is worth it.
            answer.header(HttpHeaders.RETRY_AFTER, "2");
        }
        return answer.entity(body).build();
    }

    private static Language language(HttpHeaders headers) {
        return headers == null ? Language.EN
                : Language.forRequest(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE), headers.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String requestId(HttpHeaders headers) {
        return headers == null ? null : headers.getHeaderString(RequestIds.HEADER);
    }

    private static ElementKind lastKind(Path path) {
        ElementKind kind = null;
        for (Path.Node node : path) {
            kind = node.getKind();
        }
        return kind;
    }

    /**
     * {@code create.body.members[2].fullName} becomes {@code members[2].fullName}; a parameter is
     * named as the request names it (its query, path or header name), the body as {@code body}.
     */
    static String fieldName(ConstraintViolation<?> v) {
        StringBuilder name = new StringBuilder();
        Path.MethodNode method = null;
        Path.ParameterNode parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD -> method = node.as(Path.MethodNode.class);
                case CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameter = node.as(Path.ParameterNode.class);
                default -> {
                    // An element of a list or map: its position belongs to the container named before it.
                    if (node.isInIterable()) {
                        name.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                        continue;
                    }
                    if (!name.isEmpty()) {
                        name.append('.');
                    }
                    name.append(node.getName());
                }
            }
        }
        if (!name.isEmpty() && name.charAt(0) == '[' && parameter != null) {
            // An element of a list parameter (?groupBy=a&groupBy=b): its position belongs to the
            // parameter's request name; an array body keeps the bare JSON path.
            String owner = requestName(v.getRootBeanClass(), method, parameter);
            return owner.equals("body") ? name.toString() : owner + name;
        }
        if (!name.isEmpty()) {
            return name.toString();
        }
        return parameter == null ? "body" : requestName(v.getRootBeanClass(), method, parameter);
    }

    private static String requestName(Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        if (resource == null || method == null) {
            return parameter.getName();
        }
        try {
            // The bean may be a generated subclass whose override carries no annotations: read them
            // from every class of the hierarchy that declares the method.
            List<java.lang.annotation.Annotation> annotations = new ArrayList<>();
            Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
            for (Class<?> c = resource; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    annotations.addAll(java.util.Arrays.asList(
                            c.getDeclaredMethod(method.getName(), types).getParameterAnnotations()[parameter.getParameterIndex()]));
                } catch (NoSuchMethodException notHere) {
                    // declared further up
                }
            }
            for (java.lang.annotation.Annotation a : annotations) {
                if (a instanceof jakarta.ws.rs.QueryParam q) {
                    return q.value();
                }
                if (a instanceof jakarta.ws.rs.PathParam p) {
                    return p.value();
                }
                if (a instanceof jakarta.ws.rs.HeaderParam h) {
                    return h.value();
                }
                if (a instanceof org.jboss.resteasy.reactive.RestQuery || a instanceof org.jboss.resteasy.reactive.RestPath
                        || a instanceof jakarta.ws.rs.core.Context || a instanceof jakarta.ws.rs.BeanParam) {
                    return parameter.getName();
                }
            }
            return "body";
        } catch (SecurityException | IndexOutOfBoundsException e) {
            return parameter.getName();
        }
    }

    private static String violationCode(ConstraintViolation<?> v) {
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
            case "Size", "Length" -> "SIZE";
            case "Pattern", "Email" -> "FORMAT";
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative",
                    "NegativeOrZero", "Range" -> "RANGE";
            case "Past", "PastOrPresent", "Future", "FutureOrPresent" -> "DATE_RANGE";
            default -> "INVALID";
        };
    }

    private static String jsonPath(List<JsonMappingException.Reference> refs) {
        StringBuilder name = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                name.append('[').append(ref.getIndex()).append(']');
            }
        }
        return name.isEmpty() ? "body" : name.toString();
    }
}
