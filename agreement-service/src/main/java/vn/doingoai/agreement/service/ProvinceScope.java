package vn.doingoai.agreement.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.commons.security.Roles;

/**
 * Which provinces' records the caller may see: its own and, through the succession table, every
 * predecessor's (Hưng Yên 33 sees Thái Bình 34's); central bodies and administrators see all.
 */
@RequestScoped
public class ProvinceScope {

    private final Caller caller;
    private final EntityManager em;
    private Set<String> visible;

    public ProvinceScope(Caller caller, EntityManager em) {
        this.caller = caller;
        this.em = em;
    }

    public boolean readsAll() {
        return caller.isCentral() || caller.hasRole(Roles.ADMIN);
    }

    /** The province the caller works for; writing needs one. */
    public String ownProvince() {
        return caller.province().orElseThrow(() -> new ProblemException(ProblemCode.FORBIDDEN,
                "The token carries no province claim; only a province's staff may change its records."));
    }

    /** Codes the caller may read, or empty when it may read every province. */
    public Optional<Set<String>> visibleProvinces() {
        if (readsAll()) {
            return Optional.empty();
        }
        if (visible == null) {
            @SuppressWarnings("unchecked")
            List<String> codes = em.createNativeQuery("""
                    with recursive line(code) as (
                        select cast(:own as varchar)
                        union
                        select s.predecessor_code from administrative_succession s join line l on s.successor_code = l.code)
                    select code from line""").setParameter("own", ownProvince()).getResultList();
            visible = new TreeSet<>(codes);
        }
        return Optional.of(visible);
    }

    public boolean canSee(String provinceCode) {
        return visibleProvinces().map(codes -> codes.contains(provinceCode)).orElse(true);
    }
}
