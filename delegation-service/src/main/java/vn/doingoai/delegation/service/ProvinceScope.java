package vn.doingoai.delegation.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.delegation.client.AgreementServiceClient;

/**
 * Which provinces' delegations the caller may see: its own and its predecessors' (the succession
 * table is agreement-service's, read through the client); central bodies and administrators see all.
 */
@RequestScoped
public class ProvinceScope {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ProvinceScope.class);

    private final Caller caller;
    private final AgreementServiceClient agreements;
    private Set<String> visible;

    public ProvinceScope(Caller caller, AgreementServiceClient agreements) {
        this.caller = caller;
        this.agreements = agreements;
    }

    public boolean readsAll() {
        return caller.isCentral() || caller.hasRole(Roles.ADMIN);
    }

    public String ownProvince() {
        return caller.province().orElseThrow(() -> new ProblemException(ProblemCode.FORBIDDEN,
                "The token carries no province claim; only a province's staff may change its records."));
    }

    public Optional<Set<String>> visibleProvinces() {
        if (readsAll()) {
            return Optional.empty();
        }
        if (visible == null) {
            String own = ownProvince();
            try {
                visible = agreements.lineage(own);
            } catch (ProblemException e) {
                // Without agreement-service the predecessors are unknown: show less, never more.
                LOG.warnf("province lineage unavailable (%s); showing province %s only", e.code(), own);
                visible = Set.of(own);
            }
        }
        return Optional.of(visible);
    }

    public boolean canSee(String provinceCode) {
        return visibleProvinces().map(codes -> codes.contains(provinceCode)).orElse(true);
    }

    /** Acting on a record: the caller's own province or one it succeeded. */
    public boolean canAct(String provinceCode) {
        ownProvince();
        return readsAll() ? caller.province().map(provinceCode::equals).orElse(false) : canSee(provinceCode);
    }
}
