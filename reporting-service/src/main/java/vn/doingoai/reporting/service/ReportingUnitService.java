package vn.doingoai.reporting.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.doingoai.reporting.domain.ReportingUnit;

@ApplicationScoped
public class ReportingUnitService {

    private final ProvinceScope scope;

    public ReportingUnitService(ProvinceScope scope) {
        this.scope = scope;
    }

    /**
     * Units the caller may see: central bodies and administrators read every province (and may
     * narrow to one); everyone else reads only the province of their token, whatever they ask for.
     */
    public List<ReportingUnit> list(Optional<String> provinceFilter) {
        Sort order = Sort.by("provinceCode").and("nameVi");
        if (scope.readsAll()) {
            return provinceFilter
                    .map(p -> ReportingUnit.<ReportingUnit>list("provinceCode = :p and active", order, Parameters.with("p", p)))
                    .orElseGet(() -> ReportingUnit.list("active", order));
        }
        String own = scope.ownProvince();
        if (provinceFilter.isPresent() && !provinceFilter.get().equals(own)) {
            return List.of();
        }
        return ReportingUnit.list("provinceCode = :p and active", order, Parameters.with("p", own));
    }
}
