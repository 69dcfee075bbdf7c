package vn.doingoai.commons.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import vn.doingoai.commons.problem.Problem;
import vn.doingoai.commons.text.VietnameseText;

/**
 * Path, query and header values are read by the same exact rules as JSON bodies, and a value that
 * cannot be read is a 400 naming the parameter. Left to JAX-RS, a query value it cannot convert
 * answers 404 "no resource at this path" (the specification's rule), {@code maybe} is read as
 * false, and a NUL in a path reaches PostgreSQL.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        Class<?> type = rawType.isPrimitive() ? boxed(rawType) : rawType;
        if (type == String.class) {
            return (ParamConverter<T>) converter(name, "text", s -> {
                if (VietnameseText.hasUnpairedSurrogate(s)) {
                    throw new InvalidParameter(name, "INVALID", name + " is not valid UTF-8", null);
                }
                if (VietnameseText.hasControlCharacter(s)) {
                    throw new InvalidParameter(name, "CONTROL_CHARACTER",
                            "control characters are not accepted in " + name, null);
                }
                return s;
            });
        }
        if (type == Integer.class) {
            return (ParamConverter<T>) converter(name, "an integer", s -> {
                if (!s.matches("-?[0-9]{1,10}")) {
                    throw new NumberFormatException(s);
                }
                return Integer.valueOf(s);
            });
        }
        if (type == Long.class) {
            return (ParamConverter<T>) converter(name, "an integer", s -> {
                if (!s.matches("-?[0-9]{1,19}")) {
                    throw new NumberFormatException(s);
                }
                return Long.valueOf(s);
            });
        }
        if (type == Boolean.class) {
            return (ParamConverter<T>) converter(name, "true or false", s -> switch (s) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(s);
            });
        }
        if (type == LocalDate.class) {
            return (ParamConverter<T>) converter(name, "a date written YYYY-MM-DD", LocalDate::parse);
        }
        if (type == UUID.class) {
            return (ParamConverter<T>) converter(name, "a UUID", s -> {
                if (s.length() != 36) {
                    throw new IllegalArgumentException(s);
                }
                return UUID.fromString(s);
            });
        }
        if (type.isEnum()) {
            List<String> allowed = Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
            return (ParamConverter<T>) converter(name, null, s -> {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(s)) {
                        return constant;
                    }
                }
                throw new InvalidParameter(name, "UNKNOWN",
                        name + " must be one of " + String.join(", ", allowed), allowed);
            });
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String name, String expected, Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (InvalidParameter e) {
                    throw e;
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameter(name, "INVALID", name + " must be " + expected, null);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return null;
    }

    private static Class<?> boxed(Class<?> primitive) {
        if (primitive == int.class) {
            return Integer.class;
        }
        if (primitive == long.class) {
            return Long.class;
        }
        if (primitive == boolean.class) {
            return Boolean.class;
        }
        return primitive;
    }

    /**
     * A parameter value that cannot be read. A {@link BadRequestException}, so that JAX-RS passes it
     * on as it is instead of turning it into a 404; the problem mapper makes it a field error.
     */
    public static final class InvalidParameter extends BadRequestException {
        private final transient Problem.FieldError error;

        InvalidParameter(String field, String code, String message, List<String> allowed) {
            super(message, Response.status(400).build());
            this.error = new Problem.FieldError(field, code, message, allowed);
        }

        public Problem.FieldError error() {
            return error;
        }
    }
}
