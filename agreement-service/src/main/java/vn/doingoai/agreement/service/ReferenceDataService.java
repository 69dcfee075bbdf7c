package vn.doingoai.agreement.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.doingoai.agreement.domain.CooperationField;

@ApplicationScoped
public class ReferenceDataService {

    public List<CooperationField> cooperationFields(boolean includeInactive) {
        Sort order = Sort.by("sortOrder").and("code");
        return includeInactive
                ? CooperationField.listAll(order)
                : CooperationField.list("active", order, true);
    }
}
