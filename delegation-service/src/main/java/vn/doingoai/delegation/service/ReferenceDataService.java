package vn.doingoai.delegation.service;

import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.web.ETags;
import vn.doingoai.delegation.api.CodeListInput;
import vn.doingoai.delegation.domain.CodeListEntry;

/** This service's reference lists (delegation purposes, levels of delegation heads), read by all and kept by admin. */
@ApplicationScoped
public class ReferenceDataService {

    private final EntityManager em;

    public ReferenceDataService(EntityManager em) {
        this.em = em;
    }

    public <E extends CodeListEntry> List<E> entries(Class<E> type, boolean includeInactive) {
        return em.createQuery("from " + type.getSimpleName() + " e" + (includeInactive ? "" : " where e.active = true")
                + " order by e.sortOrder, e.code", type).getResultList();
    }

    public <E extends CodeListEntry> E entry(Class<E> type, String code) {
        E entry = em.find(type, code);
        if (entry == null) {
            throw ProblemException.notFound(type == vn.doingoai.delegation.domain.DelegationLevel.class
                    ? Text.of("delegation.level", "Delegation level")
                    : Text.of("delegation.purpose", "Delegation purpose"), code);
        }
        return entry;
    }

    @Transactional
    public <E extends CodeListEntry> E add(Class<E> type, Supplier<E> fresh, CodeListInput input) {
        if (input.code() == null) {
            throw ProblemException.validation(List.of(new InvalidField("code", "REQUIRED", Text.of("delegation.code-required", "a new entry needs its code"))));
        }
        if (em.find(type, input.code()) != null) {
            throw new ProblemException(ProblemCode.CONFLICT, "CODE_EXISTS",
                    Text.of("delegation.code-exists", "{0} is already on the list; change it with PUT and its ETag.", input.code()), List.of());
        }
        E entry = fresh.get();
        entry.code = input.code();
        apply(entry, input);
        em.persist(entry);
        return entry;
    }

    /** {@code tag} gives the entry's current ETag (a digest of what clients read), checked against If-Match. */
    @Transactional
    public <E extends CodeListEntry> E change(Class<E> type, String code, String ifMatch, Function<E, String> tag,
            CodeListInput input) {
        E entry = entry(type, code);
        ETags.requireMatch(ifMatch, tag.apply(entry));
        if (input.code() != null && !input.code().equals(code)) {
            throw ProblemException.validation(List.of(new InvalidField("code", "IMMUTABLE", Text.of("delegation.code-immutable", "a code never changes"))));
        }
        apply(entry, input);
        return entry;
    }

    private static void apply(CodeListEntry entry, CodeListInput input) {
        entry.nameVi = input.nameVi().strip();
        entry.nameEn = input.nameEn().strip();
        entry.sortOrder = input.sortOrder();
        entry.active = input.active() == null || input.active();
    }
}
