package vn.doingoai.delegation.domain;

import java.util.Set;
import vn.doingoai.commons.personaldata.SealedDate;
import vn.doingoai.commons.personaldata.SealedText;

/** Which of a person's fields are personal data: shown only to who may read them, and which are sealed at rest. */
public final class PersonalFields {

    /** Shown only to the province's officers, approvers and administrators. */
    public static final Set<String> RESTRICTED = Set.of("passportType", "passportNumber", "dateOfBirth");

    private PersonalFields() {
    }

    /** Stored sealed, in the person and in each correction of the person's history. */
    public static boolean isSealed(String field) {
        return field.equals("passportNumber") || field.equals("dateOfBirth");
    }

    /** The purpose a field's values are sealed for, the same as its column's converter. */
    public static String purpose(String field) {
        return field.equals("dateOfBirth") ? SealedDate.PURPOSE : SealedText.PURPOSE;
    }
}
