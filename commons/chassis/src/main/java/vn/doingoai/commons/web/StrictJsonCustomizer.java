package vn.doingoai.commons.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import vn.doingoai.commons.time.DateText;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A request body means exactly one thing or it is refused. Generated clients and other systems send
 * what their data holds; guessing (the last of two equal keys, "1" read as 1, 2 read as true, 1.5
 * cut to 1, an integer read as days since 1970, "" read as no UUID) stores something nobody sent.
 * Every refusal is a Jackson exception that the problem mapper turns into 400 naming the field.
 * Unknown properties stay ignored, as docs/integrators.md promises, so a client may send back a view
 * it read.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        strict(mapper);
    }

    /** Public so that tests and tools read JSON by the services' rules. */
    @SuppressWarnings("deprecation")
    public static ObjectMapper strict(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // Left off on purpose: Jackson cannot tell an absent primitive from a null one, and an optional
        // flag left out of a body (an obligation's `right`) means false.
        mapper.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.setDefaultLeniency(false);
        mapper.configOverride(java.time.OffsetDateTime.class).setFormat(JsonFormat.Value.forLeniency(false));
        mapper.configOverride(java.time.Instant.class).setFormat(JsonFormat.Value.forLeniency(false));
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
        for (LogicalType type : new LogicalType[] { LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean, LogicalType.Enum, LogicalType.DateTime, LogicalType.OtherScalar }) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        // Text is text: only a JSON number is a number, only true/false a boolean.
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("exact-enums").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new ExactEnumDeserializer(deserializer);
            }

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                if (description.getBeanClass() == LocalDate.class) {
                    return new DateDeserializer();
                }
                return EXACT_TEXT_TYPES.contains(description.getBeanClass()) ? new ExactEnumDeserializer(deserializer)
                        : deserializer;
            }
        }));
        return mapper;
    }

    /** Values read from text that Jackson trims first (String.trim() removes NUL too); LocalDate has its own reader. */
    private static final java.util.Set<Class<?>> EXACT_TEXT_TYPES = java.util.Set.of(java.util.UUID.class,
            java.time.LocalDateTime.class, java.time.LocalTime.class,
            java.time.OffsetDateTime.class, java.time.ZonedDateTime.class, java.time.Instant.class,
            java.time.Year.class, java.time.YearMonth.class, java.time.Duration.class);

    /**
     * Jackson trims an enum's, a UUID's or a date's text before reading it, and String.trim() removes
     * every character up to U+0020, NUL included: {@code "CITY\u0000"} would be read as CITY. Only
     * the exact text is read.
     */
    static final class ExactEnumDeserializer extends DelegatingDeserializer {

        ExactEnumDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new ExactEnumDeserializer(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                if (!text.trim().equals(text)) {
                    throw InvalidFormatException.from(p, "not one of the values", text, handledType());
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** A date in a body is read as in a query (DateText): a JSON string, YYYY-MM-DD, a four-digit year. */
    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            try {
                return DateText.parse(text);
            } catch (DateTimeParseException e) {
                throw InvalidFormatException.from(p, "not a date written YYYY-MM-DD", text, LocalDate.class);
            }
        }
    }
}
