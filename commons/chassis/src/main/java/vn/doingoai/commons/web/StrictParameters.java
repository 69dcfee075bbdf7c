package vn.doingoai.commons.web;

import vn.doingoai.commons.problem.Expected;
import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
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
import vn.doingoai.commons.text.VietnameseText;
import vn.doingoai.commons.time.DateText;

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
            return (ParamConverter<T>) converter(name, Expected.TEXT, s -> {
                if (VietnameseText.hasUnpairedSurrogate(s)) {
                    throw new InvalidParameter(name, "INVALID", Text.of("chassis.parameter-not-utf8", "{0} is not valid UTF-8.", name), null);
                }
                if (VietnameseText.hasControlCharacter(s)) {
                    throw new InvalidParameter(name, "CONTROL_CHARACTER",
                            Text.of("chassis.parameter-control-character", "Control characters are not accepted in {0}.", name), null);
                }
                return s;
            });
        }
        if (type == Integer.class) {
            return (ParamConverter<T>) converter(name, Expected.INTEGER, s -> {
                if (!s.matches("-?[0-9]{1,10}")) {
                    throw new NumberFormatException(s);
                }
                return Integer.valueOf(s);
            });
        }
        if (type == Long.class) {
            return (ParamConverter<T>) converter(name, Expected.INTEGER, s -> {
                if (!s.matches("-?[0-9]{1,19}")) {
                    throw new NumberFormatException(s);
                }
                return Long.valueOf(s);
            });
        }
        if (type == Boolean.class) {
            return (ParamConverter<T>) converter(name, Expected.BOOLEAN, s -> switch (s) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(s);
            });
        }
        if (type == LocalDate.class) {
            return (ParamConverter<T>) converter(name, Expected.DATE, DateText::parse);
        }
        if (type == UUID.class) {
            return (ParamConverter<T>) converter(name, Expected.UUID, s -> {
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
                        Text.of("chassis.parameter-one-of", "{0} must be one of {1}.", name, String.join(", ", allowed)), allowed);
            });
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String name, Text expected, Function<String, V> parse) {
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
                    throw new InvalidParameter(name, "INVALID", Text.of("chassis.parameter-must-be", "{0} must be {1}.", name, expected), null);
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
        private final transient InvalidField error;

        InvalidParameter(String field, String code, Text message, List<String> allowed) {
            super(message.toString(), Response.status(400).build());
            this.error = new InvalidField(field, code, message, allowed);
        }

        public InvalidField error() {
            return error;
        }
    }
}
