package vn.doingoai.commons.personaldata;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;

/** A date that is personal data (a date of birth), stored sealed in a {@code text} column like {@link SealedText}. */
@Converter
public class SealedDate implements AttributeConverter<LocalDate, String> {

    public static final String PURPOSE = "date";

    @Override
    public String convertToDatabaseColumn(LocalDate value) {
        return value == null ? null : SealedText.cipher().seal(value.toString(), PURPOSE);
    }

    @Override
    public LocalDate convertToEntityAttribute(String stored) {
        String opened = SealedText.cipher().open(stored, PURPOSE);
        return opened == null ? null : LocalDate.parse(opened);
    }
}
