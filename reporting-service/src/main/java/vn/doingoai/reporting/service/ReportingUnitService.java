package vn.doingoai.reporting.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.commons.security.Roles;
import vn.doingoai.reporting.domain.ReportingUnit;

@ApplicationScoped
public class ReportingUnitService {

    private final Caller caller;

    public ReportingUnitService(Caller caller) {
        this.caller = caller;
    }

    /**
     * Units the caller may see: central bodies and administrators read every province (and may
     * narrow to one); everyone else reads only the province of their token, whatever they ask for.
     */
    public List<ReportingUnit> list(Optional<String> provinceFilter) {
        Sort order = Sort.by("provinceCode").and("nameVi");
        if (caller.isCentral() || caller.hasRole(Roles.ADMIN)) {
            return provinceFilter
                    .map(p -> ReportingUnit.<ReportingUnit>list("provinceCode = :p and active", order, Parameters.with("p", p)))
                    .orElseGet(() -> ReportingUnit.list("active", order));
        }
        String own = caller.province().orElseThrow(() -> new ProblemException(ProblemCode.FORBIDDEN,
                "The token carries no province claim, so there is no province's data to show."));
        if (provinceFilter.isPresent() && !provinceFilter.get().equals(own)) {
            return List.of();
        }
        return ReportingUnit.list("provinceCode = :p and active", order, Parameters.with("p", own));
    }
}
