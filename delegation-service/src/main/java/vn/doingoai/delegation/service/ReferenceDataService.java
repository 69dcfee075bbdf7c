package vn.doingoai.delegation.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.doingoai.delegation.domain.DelegationPurpose;

@ApplicationScoped
public class ReferenceDataService {

    public List<DelegationPurpose> purposes(boolean includeInactive) {
        Sort order = Sort.by("sortOrder").and("code");
        return includeInactive
                ? DelegationPurpose.listAll(order)
                : DelegationPurpose.list("active", order, true);
    }
}
