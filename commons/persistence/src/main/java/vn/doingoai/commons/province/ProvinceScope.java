package vn.doingoai.commons.province;

import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.commons.time.VietnamClock;

/**
 * Which provinces' records a caller works on, the same in every service. Central bodies and
 * administrators read every province. Everyone else reads and acts on the records of their own
 * province and of the provinces it succeeded by today (Hưng Yên 33 works on Thái Bình 34's records
 * from 2025-07-01; a succession dated in the future widens nothing yet). Acting on a record always
 * needs a province claim: central bodies only read.
 */
@RequestScoped
public class ProvinceScope {

    private final Caller caller;
    private final Successions successions;
    private Set<String> own;

    public ProvinceScope(Caller caller, Successions successions) {
        this.caller = caller;
        this.successions = successions;
    }

    public boolean readsAll() {
        return caller.isCentral() || caller.hasRole(Roles.ADMIN);
    }

    /** The province of the caller's token; writing, and any answer about "my province", needs one. */
    public String ownProvince() {
        return caller.province().orElseThrow(() -> new ProblemException(ProblemCode.FORBIDDEN,
                Text.of("persistence.no-province-claim",
                "The token carries no province claim; only a province's staff may change its records.")));
    }

    /** Codes the caller may read, or empty when it may read every province. */
    public Optional<Set<String>> visibleProvinces() {
        if (readsAll()) {
            return Optional.empty();
        }
        ownProvince();
        return Optional.of(ownLineage());
    }

    public boolean maySee(String provinceCode) {
        return readsAll() || ownLineage().contains(provinceCode);
    }

    /** Acting on a record: it belongs to the caller's province or to one the caller's province succeeded. */
    public boolean mayAct(String provinceCode) {
        return caller.province().map(p -> ownLineage().contains(provinceCode)).orElse(false);
    }

    /** A province's records in figures and filters: its own and its predecessors', as of today. */
    public Set<String> lineage(String provinceCode) {
        return successions.lineage(provinceCode, today());
    }

    /**
     * The province a figures request reads, or {@code null} for every province (central callers
     * without a filter). Provincial callers always get their own; naming another is refused.
     */
    public String resolve(String requested) {
        if (readsAll()) {
            return requested;
        }
        String province = ownProvince();
        if (requested != null && !requested.equals(province)) {
            throw new ProblemException(ProblemCode.FORBIDDEN, Text.of("persistence.other-province-figures", "Figures of another province are for central bodies."));
        }
        return province;
    }

    /** Like {@link #resolve} for answers about exactly one province: central callers must name it. */
    public String requireOne(String requested) {
        String province = resolve(requested);
        if (province == null) {
            throw ProblemException.validation(List.of(new InvalidField("province", "REQUIRED",
                    Text.of("persistence.province-required", "Central bodies must name the province: this answer is about one province."))));
        }
        return province;
    }

    private Set<String> ownLineage() {
        if (own == null) {
            own = caller.province().map(this::lineage).orElse(Set.of());
        }
        return own;
    }

    private static LocalDate today() {
        return LocalDate.now(VietnamClock.ZONE);
    }
}
