package vn.doingoai.delegation.service;

import vn.doingoai.commons.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.delegation.api.MemberInput;
import vn.doingoai.delegation.domain.Delegation;
import vn.doingoai.delegation.domain.DelegationMember;
import vn.doingoai.delegation.domain.Person;

/** The people on a delegation; each is a person of the province, recognised across delegations. */
@ApplicationScoped
public class MemberService {

    private final DelegationService delegations;
    private final PersonService people;
    private final Caller caller;

    public MemberService(DelegationService delegations, PersonService people, Caller caller) {
        this.delegations = delegations;
        this.people = people;
        this.caller = caller;
    }

    public record Listed(DelegationMember member, Person person) {
    }

    @Transactional
    public List<Listed> list(UUID delegationId) {
        Delegation delegation = delegations.get(delegationId);
        return listed(delegation);
    }

    static List<Listed> listed(Delegation delegation) {
        List<DelegationMember> members = DelegationMember.list("delegationId", delegation.id);
        if (members.isEmpty()) {
            return List.of();
        }
        Map<UUID, Person> people = Person.<Person>list("id in ?1", members.stream().map(m -> m.personId).toList()).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
        return members.stream().map(m -> new Listed(m, people.get(m.personId)))
                .sorted(Comparator.comparing((Listed l) -> !l.member().head).thenComparing(l -> l.person().fullName))
                .toList();
    }

    /** Passport and date of birth are for the province's officers, approvers and administrators. */
    public boolean mayReadPersonalData(Delegation delegation) {
        return people.mayReadPersonalData(delegation.provinceCode);
    }

    @Transactional
    public Listed add(UUID delegationId, String ifMatch, MemberInput input) {
        Delegation delegation = delegations.getForChange(delegationId, ifMatch);
        DelegationService.requireEditable(delegation);
        Person person = people.forMember(delegation, input);
        if (DelegationMember.count("delegationId = ?1 and personId = ?2", delegation.id, person.id) > 0) {
            throw new ProblemException(ProblemCode.CONFLICT, "MEMBER_ALREADY_ON_DELEGATION",
                    Text.of("delegation.member-already", "{0} is already a member of this delegation.", person.fullName), List.of());
        }
        DelegationMember member = new DelegationMember();
        member.id = UUID.randomUUID();
        member.delegationId = delegation.id;
        member.personId = person.id;
        member.createdAt = Instant.now();
        apply(member, input);
        member.persist();
        touch(delegation);
        return new Listed(member, person);
    }

    @Transactional
    public Listed update(UUID delegationId, UUID memberId, String ifMatch, MemberInput input) {
        Delegation delegation = delegations.getForChange(delegationId, ifMatch);
        DelegationService.requireEditable(delegation);
        DelegationMember member = member(delegation, memberId);
        Person person = Person.findById(member.personId);
        people.reconcile(person, delegation, input);
        apply(member, input);
        touch(delegation);
        return new Listed(member, person);
    }

    @Transactional
    public Delegation remove(UUID delegationId, UUID memberId, String ifMatch) {
        Delegation delegation = delegations.getForChange(delegationId, ifMatch);
        DelegationService.requireEditable(delegation);
        member(delegation, memberId).delete();
        touch(delegation);
        return delegation;
    }

    private static DelegationMember member(Delegation delegation, UUID memberId) {
        DelegationMember member = DelegationMember.findById(memberId);
        if (member == null || !member.delegationId.equals(delegation.id)) {
            throw ProblemException.notFound(Text.of("delegation.member", "Member"), memberId);
        }
        return member;
    }

    /** A member change is a change of the delegation: its version moves, and its search text follows. */
    private void touch(Delegation delegation) {
        DelegationMember.flush();
        delegation.updatedAt = Instant.now();
        delegation.updatedBy = caller.name();
        DelegationService.refreshSearchText(delegation);
        delegation.flush();
    }

    private static void apply(DelegationMember member, MemberInput input) {
        member.position = blankToNull(input.position());
        member.unit = blankToNull(input.unit());
        member.rank = blankToNull(input.rank());
        member.head = Boolean.TRUE.equals(input.head());
        member.partyManaged = Boolean.TRUE.equals(input.partyManaged());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
