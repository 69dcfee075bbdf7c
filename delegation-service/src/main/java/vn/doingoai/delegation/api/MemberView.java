package vn.doingoai.delegation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.delegation.domain.DelegationMember;
import vn.doingoai.delegation.domain.PassportType;
import vn.doingoai.delegation.domain.Person;

@Schema(name = "Member", description = "A person on a delegation. Passport and date of birth are personal data, present "
        + "only for the province's officer, approver and admin.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberView(
        @Schema(format = "uuid") UUID id,
        @Schema(description = "The same person on every delegation of the province.", format = "uuid") UUID personId,
        @Schema(maxLength = 200) String fullName,
        @Schema(maxLength = 200) String position,
        @Schema(maxLength = 300) String unit,
        @Schema(maxLength = 100) String rank,
        boolean head,
        boolean partyManaged,
        @Schema(maxLength = 2) String nationality,
        PassportType passportType,
        @Schema(maxLength = 30) String passportNumber,
        @Schema(format = "date") LocalDate dateOfBirth) {

    static MemberView of(DelegationMember m, Person p, boolean withPersonalData) {
        return new MemberView(m.id, p.id, p.fullName, m.position, m.unit, m.rank, m.head, m.partyManaged, p.nationality,
                withPersonalData ? p.passportType : null, withPersonalData ? p.passportNumber : null,
                withPersonalData ? p.dateOfBirth : null);
    }

    @Schema(name = "MemberList", description = "The members of a delegation, head first.")
    public record Page(@Schema(maxItems = 500) List<MemberView> items) {
    }
}
