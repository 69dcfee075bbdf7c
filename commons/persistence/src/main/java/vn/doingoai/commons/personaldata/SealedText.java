package vn.doingoai.commons.personaldata;

import io.quarkus.arc.Arc;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A text column holding personal data ({@code @Convert(converter = SealedText.class)}): sealed on
 * write, opened on read, so the entity holds plaintext and the table never does. The column is
 * {@code text}: a sealed value is about 60 characters longer than its plaintext.
 */
@Converter
public class SealedText implements AttributeConverter<String, String> {

    public static final String PURPOSE = "text";

    @Override
    public String convertToDatabaseColumn(String value) {
        return cipher().seal(value, PURPOSE);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher().open(stored, PURPOSE);
    }

    static PersonalDataCipher cipher() {
        return Arc.container().instance(PersonalDataCipher.class).get();
    }
}
