package vn.doingoai.reporting.service;

import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.province.ProvinceScope;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.commons.web.ETags;
import vn.doingoai.reporting.api.ReportingUnitInput;
import java.util.Optional;
import vn.doingoai.reporting.domain.ReportingUnit;

@ApplicationScoped
public class ReportingUnitService {

    private final ProvinceScope scope;
    private final Caller caller;

    public ReportingUnitService(ProvinceScope scope, Caller caller) {
        this.scope = scope;
        this.caller = caller;
    }

    /**
     * Units the caller may see: central bodies and administrators read every province (and may
     * narrow to one); everyone else reads only the province of their token, whatever they ask for.
     */
    public List<ReportingUnit> list(Optional<String> provinceFilter, boolean includeInactive) {
        Sort order = Sort.by("provinceCode").and("nameVi");
        String active = includeInactive ? "" : " and active = true";
        if (scope.readsAll()) {
            return provinceFilter
                    .map(p -> ReportingUnit.<ReportingUnit>list("provinceCode = :p" + active, order, Parameters.with("p", p)))
                    .orElseGet(() -> includeInactive ? ReportingUnit.listAll(order) : ReportingUnit.list("active", order, true));
        }
        String own = scope.ownProvince();
        if (provinceFilter.isPresent() && !provinceFilter.get().equals(own)) {
            return List.of();
        }
        return ReportingUnit.list("provinceCode = :p" + active, order, Parameters.with("p", own));
    }

    public ReportingUnit get(UUID id) {
        ReportingUnit unit = ReportingUnit.findById(id);
        if (unit == null || !(scope.readsAll() || caller.province().map(unit.provinceCode::equals).orElse(false))) {
            throw ProblemException.notFound(Text.of("reporting.unit", "Reporting unit"), id);
        }
        return unit;
    }

    @Transactional
    public ReportingUnit add(ReportingUnitInput input) {
        List<InvalidField> missing = new java.util.ArrayList<>();
        if (input.provinceCode() == null) {
            missing.add(new InvalidField("provinceCode", "REQUIRED", Text.of("reporting.unit-province-required", "the unit's province is required")));
        }
        if (input.code() == null) {
            missing.add(new InvalidField("code", "REQUIRED", Text.of("reporting.unit-code-required", "the unit's code is required (the `unit` claim of its reporters)")));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.validation(missing);
        }
        if (ReportingUnit.count("provinceCode = ?1 and code = ?2", input.provinceCode(), input.code()) > 0) {
            throw new ProblemException(ProblemCode.CONFLICT, "UNIT_EXISTS", Text.of("reporting.unit-exists", "Province {0} already has a unit {1}; change it with PUT and its ETag.", input.provinceCode(), input.code()), List.of());
        }
        ReportingUnit unit = new ReportingUnit();
        unit.id = UUID.randomUUID();
        unit.provinceCode = input.provinceCode();
        unit.code = input.code();
        apply(unit, input);
        unit.persist();
        return unit;
    }

    /** {@code currentTag} is the unit's ETag as clients read it, checked against If-Match. */
    @Transactional
    public ReportingUnit change(UUID id, String ifMatch, java.util.function.Function<ReportingUnit, String> currentTag,
            ReportingUnitInput input) {
        ReportingUnit unit = get(id);
        ETags.requireMatch(ifMatch, currentTag.apply(unit));
        List<InvalidField> errors = new java.util.ArrayList<>();
        if (input.provinceCode() != null && !input.provinceCode().equals(unit.provinceCode)) {
            errors.add(new InvalidField("provinceCode", "IMMUTABLE", Text.of("reporting.unit-province-immutable", "a unit stays in its province")));
        }
        if (input.code() != null && !input.code().equals(unit.code)) {
            errors.add(new InvalidField("code", "IMMUTABLE", Text.of("reporting.unit-code-immutable", "a unit's code never changes: reporters' tokens name it")));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        apply(unit, input);
        return unit;
    }

    private static void apply(ReportingUnit unit, ReportingUnitInput input) {
        unit.nameVi = input.nameVi().strip();
        unit.nameEn = input.nameEn() == null || input.nameEn().isBlank() ? null : input.nameEn().strip();
        unit.active = input.active() == null || input.active();
    }
}
