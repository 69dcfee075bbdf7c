package vn.doingoai.agreement.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import vn.doingoai.agreement.domain.AdministrativeSuccession;
import vn.doingoai.agreement.domain.AgreementKindLabel;
import vn.doingoai.agreement.domain.SigningLevelLabel;
import vn.doingoai.agreement.domain.AdministrativeUnit;
import vn.doingoai.commons.persistence.CodeLabel;
import vn.doingoai.agreement.domain.CooperationField;
import vn.doingoai.agreement.domain.Country;
import vn.doingoai.agreement.domain.PartnerKindLabel;
import vn.doingoai.agreement.domain.RelationshipKindLabel;

@ApplicationScoped
public class ReferenceDataService {

    private static final Sort BY_ORDER = Sort.by("sortOrder").and("code");

    public List<CooperationField> cooperationFields(boolean includeInactive) {
        return includeInactive
                ? CooperationField.listAll(BY_ORDER)
                : CooperationField.list("active", BY_ORDER, true);
    }

    public List<? extends CodeLabel> partnerKinds() {
        return PartnerKindLabel.listAll(BY_ORDER);
    }

    public List<? extends CodeLabel> relationshipKinds() {
        return RelationshipKindLabel.listAll(BY_ORDER);
    }

    public List<? extends CodeLabel> agreementKinds() {
        return AgreementKindLabel.listAll(BY_ORDER);
    }

    public List<? extends CodeLabel> signingLevels() {
        return SigningLevelLabel.listAll(BY_ORDER);
    }

    public List<Country> countries() {
        return Country.listAll(Sort.by("code"));
    }

    /** Units as they stood on a day, or every version when {@code asOf} is null. */
    public List<AdministrativeUnit> administrativeUnits(LocalDate asOf) {
        Sort order = Sort.by("code").and("validFrom", Sort.NullPrecedence.NULLS_FIRST);
        if (asOf == null) {
            return AdministrativeUnit.listAll(order);
        }
        return AdministrativeUnit.list("(validFrom is null or validFrom <= :day) and (validTo is null or validTo >= :day)",
                order, Parameters.with("day", asOf));
    }

    public List<AdministrativeSuccession> successions() {
        return AdministrativeSuccession.listAll(Sort.by("key.effectiveOn").and("key.successorCode").and("key.predecessorCode"));
    }
}
