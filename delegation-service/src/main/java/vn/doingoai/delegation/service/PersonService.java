package vn.doingoai.delegation.service;

import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.doingoai.commons.personaldata.PersonalDataCipher;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.province.ProvinceScope;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.commons.text.VietnameseText;
import vn.doingoai.commons.web.ETags;
import vn.doingoai.delegation.api.MemberInput;
import vn.doingoai.delegation.api.PersonInput;
import vn.doingoai.delegation.domain.Delegation;
import vn.doingoai.delegation.domain.DelegationMember;
import vn.doingoai.delegation.domain.PassportType;
import vn.doingoai.delegation.domain.Person;
import vn.doingoai.delegation.domain.PersonChange;
import vn.doingoai.delegation.domain.PersonalFields;
import vn.doingoai.delegation.domain.PersonChange.FieldChange;

/**
 * The people of a province, each one record shared by every delegation they are on. A write
 * through one delegation never changes what another shows: when the details given with a member
 * differ from the stored person and the person is on any other delegation, the write is refused
 * with 409 PERSON_MISMATCH; the person is then corrected explicitly (If-Match on the person's own
 * version), and every correction is kept in the person's history.
 */
@ApplicationScoped
public class PersonService {

    static final Text PERSON = Text.of("delegation.person", "Person");

    public static final String PERSON_MISMATCH = "PERSON_MISMATCH";

    private final ProvinceScope scope;
    private final Caller caller;
    private final PersonalDataCipher cipher;

    public PersonService(ProvinceScope scope, Caller caller, PersonalDataCipher cipher) {
        this.scope = scope;
        this.caller = caller;
        this.cipher = cipher;
    }

    @Transactional
    public Person get(UUID id) {
        Person person = Person.findById(id);
        if (person == null || !scope.maySee(person.provinceCode)) {
            throw ProblemException.notFound(PERSON, id);
        }
        return person;
    }

    public int delegationCount(Person person) {
        return (int) DelegationMember.count("personId", person.id);
    }

    /** Passport and date of birth are for the province's officers, approvers and administrators. */
    public boolean mayReadPersonalData(String provinceCode) {
        if (caller.hasRole(Roles.ADMIN)) {
            return true;
        }
        return (caller.hasRole(Roles.OFFICER) || caller.hasRole(Roles.APPROVER)) && scope.mayAct(provinceCode);
    }

    /** The person a member input names (by id or by a passport known in the province), or a new one. */
    Person forMember(Delegation delegation, MemberInput input) {
        if (input.personId() != null) {
            Person known = Person.findById(input.personId());
            if (known == null || !scope.maySee(known.provinceCode)) {
                throw ProblemException.validation(List.of(new InvalidField("personId", "UNKNOWN",
                        Text.of("delegation.person-unknown", "no person of this province has this id"))));
            }
            reconcile(known, delegation, input);
            return known;
        }
        if (input.fullName() == null || input.fullName().isBlank()) {
            throw ProblemException.validation(List.of(new InvalidField("fullName", "REQUIRED", Text.of("delegation.person-or-name", "give personId or fullName"))));
        }
        if (input.passportNumber() != null) {
            Person same = Person.find("provinceCode in ?1 and passportIndex in ?2", scope.lineage(delegation.provinceCode),
                    cipher.blindIndexes(input.passportNumber())).firstResult();
            if (same != null) {
                reconcile(same, delegation, input);
                return same;
            }
        }
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.provinceCode = delegation.provinceCode;
        person.createdAt = Instant.now();
        person.fullName = input.fullName().strip();
        person.searchText = VietnameseText.fold(person.fullName);
        person.nationality = input.nationality();
        person.passportType = input.passportType();
        person.passportNumber = input.passportNumber();
        person.passportIndex = cipher.blindIndex(input.passportNumber());
        person.dateOfBirth = input.dateOfBirth();
        person.persist();
        return person;
    }

    /**
     * Details given with a member for a known person: the same as stored, or (only while no other
     * delegation shows this person) a change recorded in the person's history; otherwise refused.
     */
    void reconcile(Person person, Delegation delegation, MemberInput input) {
        List<FieldChange> changes = differences(person, input.fullName(), input.nationality(), input.passportType(),
                input.passportNumber(), input.dateOfBirth(), false);
        if (changes.isEmpty()) {
            return;
        }
        long elsewhere = DelegationMember.count("personId = ?1 and delegationId <> ?2", person.id, delegation.id);
        if (elsewhere > 0) {
            List<InvalidField> errors = changes.stream().map(c -> new InvalidField(c.field(), PERSON_MISMATCH,
                    c.before() == null ? Text.of("delegation.stored-no-value", "the stored person has no value here")
                            : Text.of("delegation.stored-value", "the stored person has \"{0}\" here", c.before()))).toList();
            throw new ProblemException(ProblemCode.CONFLICT, PERSON_MISMATCH, Text.of("delegation.person-mismatch", "These details differ from the stored person {0} (personId {1}), who is on {2} other delegation(s). Add the member with personId and without personal details, or correct the person first with PUT /api/v1/delegations/people/{1} and its If-Match.", person.fullName, person.id, elsewhere), errors);
        }
        apply(person, changes, "Changed with a member of delegation " + delegation.id);
    }

    @Transactional
    public Person correct(UUID id, String ifMatch, PersonInput input) {
        Person person = get(id);
        if (!scope.mayAct(person.provinceCode) || !(caller.hasRole(Roles.OFFICER))) {
            throw new ProblemException(ProblemCode.FORBIDDEN, Text.of("delegation.person-officer-only", "Only an officer of the person's province corrects a person."));
        }
        ETags.requireMatch(ifMatch, person.version);
        List<FieldChange> changes = differences(person, input.fullName(), input.nationality(), input.passportType(),
                input.passportNumber(), input.dateOfBirth(), true);
        if (input.passportNumber() != null && !input.passportNumber().equals(person.passportNumber)
                && Person.count("provinceCode = ?1 and passportIndex in ?2 and id <> ?3", person.provinceCode,
                        cipher.blindIndexes(input.passportNumber()), person.id) > 0) {
            throw new ProblemException(ProblemCode.CONFLICT, "PASSPORT_TAKEN",
                    Text.of("delegation.passport-taken", "Another person of the province has this passport number."), List.of());
        }
        if (!changes.isEmpty()) {
            apply(person, changes, input.reason().strip());
        }
        return person;
    }

    /** The person's corrections, personal values opened (they are stored sealed). */
    @Transactional
    public List<PersonChange> history(UUID id) {
        get(id);
        List<PersonChange> stored = PersonChange.list("personId = ?1 order by changedAt, id", id);
        return stored.stream().map(c -> {
            PersonChange opened = new PersonChange();
            opened.id = c.id;
            opened.personId = c.personId;
            opened.actor = c.actor;
            opened.changedAt = c.changedAt;
            opened.reason = c.reason;
            opened.changes = c.changes.stream().map(f -> PersonalFields.isSealed(f.field())
                    ? new FieldChange(f.field(), cipher.open(f.before(), PersonalFields.purpose(f.field())),
                            cipher.open(f.after(), PersonalFields.purpose(f.field())))
                    : f).toList();
            return opened;
        }).toList();
    }

    /**
     * The fields whose given value differs from the stored one. For a member, a field left out
     * keeps its value; a correction states the whole person, so a field left out is cleared.
     */
    private static List<FieldChange> differences(Person p, String fullName, String nationality, PassportType passportType,
            String passportNumber, LocalDate dateOfBirth, boolean whole) {
        List<FieldChange> changes = new ArrayList<>();
        String name = fullName == null || fullName.isBlank() ? null : fullName.strip();
        compare(changes, "fullName", p.fullName, name, whole && name != null);
        compare(changes, "nationality", p.nationality, nationality, whole);
        compare(changes, "passportType", text(p.passportType), text(passportType), whole);
        compare(changes, "passportNumber", p.passportNumber, passportNumber, whole);
        compare(changes, "dateOfBirth", text(p.dateOfBirth), text(dateOfBirth), whole);
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, String stored, String given, boolean whole) {
        if ((given != null || whole) && !Objects.equals(stored, given)) {
            changes.add(new FieldChange(field, stored, given));
        }
    }

    private void apply(Person person, List<FieldChange> changes, String reason) {
        for (FieldChange c : changes) {
            switch (c.field()) {
                case "fullName" -> {
                    person.fullName = c.after();
                    person.searchText = VietnameseText.fold(c.after());
                }
                case "nationality" -> person.nationality = c.after();
                case "passportType" -> person.passportType = c.after() == null ? null : PassportType.valueOf(c.after());
                case "passportNumber" -> {
                    person.passportNumber = c.after();
                    person.passportIndex = cipher.blindIndex(c.after());
                }
                case "dateOfBirth" -> person.dateOfBirth = c.after() == null ? null : LocalDate.parse(c.after());
                default -> throw new IllegalStateException(c.field());
            }
        }
        person.updatedAt = Instant.now();
        person.updatedBy = caller.name();
        PersonChange change = new PersonChange();
        change.id = UUID.randomUUID();
        change.personId = person.id;
        change.actor = caller.name();
        change.changedAt = person.updatedAt;
        change.reason = reason;
        change.changes = changes.stream().map(c -> PersonalFields.isSealed(c.field())
                ? new FieldChange(c.field(), cipher.seal(c.before(), PersonalFields.purpose(c.field())),
                        cipher.seal(c.after(), PersonalFields.purpose(c.field())))
                : c).toList();
        change.persist();
        person.flush();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
