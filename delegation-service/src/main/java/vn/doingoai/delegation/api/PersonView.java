package vn.doingoai.delegation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.delegation.domain.PassportType;
import vn.doingoai.delegation.domain.PersonalFields;
import vn.doingoai.delegation.domain.Person;
import vn.doingoai.delegation.domain.PersonChange;

@Schema(name = "Person", description = "Someone the province sends or receives, the same on every delegation. Passport "
        + "and date of birth only for the province's officer, approver and admin.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonView(
        @Schema(format = "uuid") UUID id,
        @Schema(maxLength = 2, examples = "38") String provinceCode,
        @Schema(maxLength = 200) String fullName,
        @Schema(maxLength = 2) String nationality,
        PassportType passportType,
        @Schema(maxLength = 30) String passportNumber,
        @Schema(format = "date") LocalDate dateOfBirth,
        @Schema(description = "Delegations the person is a member of.", format = "int32") int delegations,
        @Schema(format = "date-time") Instant updatedAt,
        @Schema(maxLength = 200) String updatedBy) {

    public static PersonView of(Person p, int delegations, boolean withPersonalData) {
        return new PersonView(p.id, p.provinceCode, p.fullName, p.nationality, withPersonalData ? p.passportType : null,
                withPersonalData ? p.passportNumber : null, withPersonalData ? p.dateOfBirth : null, delegations,
                p.updatedAt, p.updatedBy);
    }

    @Schema(name = "PersonChange", description = "One correction of a person: who, when, why, and what changed.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(
            @Schema(maxLength = 200) String actor,
            @Schema(format = "date-time") Instant changedAt,
            @Schema(maxLength = 2000) String reason,
            @Schema(maxItems = 10) List<FieldChange> changes) {

        public static Change of(PersonChange c, boolean withPersonalData) {
            return new Change(c.actor, c.changedAt, c.reason, c.changes.stream()
                    .map(f -> PersonalFields.RESTRICTED.contains(f.field()) && !withPersonalData
                            ? new FieldChange(f.field(), null, null) : new FieldChange(f.field(), f.before(), f.after()))
                    .toList());
        }
    }

    @Schema(name = "PersonFieldChange", description = "A field's value before and after; personal data only for those "
            + "who may read it.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldChange(
            @Schema(maxLength = 40, examples = "fullName") String field,
            @Schema(maxLength = 200) String before,
            @Schema(maxLength = 200) String after) {
    }

    @Schema(name = "PersonHistory", description = "Every correction of a person, oldest first.")
    public record History(@Schema(maxItems = 1000) List<Change> items) {
    }
}
