package vn.doingoai.commons.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every string that arrives in a JSON body is normalised to NFC before validation sees it, so a
 * title typed on a system that sends NFD is stored, compared and limited in length like any other.
 * Control characters other than tab and line breaks are refused (400 on the field): PostgreSQL
 * cannot store NUL, and none of them belongs in a record people read.
 */
@Singleton
public class NfcJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("vietnamese-nfc").addDeserializer(String.class, new NfcStringDeserializer()));
    }

    static final class NfcStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = super.deserialize(p, ctxt);
            if (text != null && VietnameseText.hasControlCharacter(text)) {
                throw new ControlCharacterException(p, text);
            }
            if (text != null && VietnameseText.hasUnpairedSurrogate(text)) {
                // Jackson decodes an encoded surrogate (ED A0 80) or a \uD800 escape without complaint.
                throw new InvalidFormatException(p, "The value is not valid UTF-8 (a lone surrogate).", text, String.class);
            }
            return VietnameseText.nfc(text);
        }
    }

    /** A text value with a control character in it; the problem mapper names the field. */
    public static final class ControlCharacterException extends InvalidFormatException {
        ControlCharacterException(JsonParser p, String value) {
            super(p, "control characters other than tab and line breaks are not accepted in text", value, String.class);
        }
    }
}
