package vn.doingoai.agreement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.doingoai.agreement.domain.AdministrativeSuccession;
import vn.doingoai.commons.province.Succession;
import vn.doingoai.commons.province.SuccessionSource;

/** This service owns the successions: they are read from its own table. */
@ApplicationScoped
public class SuccessionTable implements SuccessionSource {

    @Override
    @Transactional
    public List<Succession> read() {
        return AdministrativeSuccession.<AdministrativeSuccession>listAll().stream()
                .map(s -> new Succession(s.key.predecessorCode(), s.key.successorCode(), s.key.effectiveOn())).toList();
    }
}
