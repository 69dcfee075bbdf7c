package vn.doingoai.delegation.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.doingoai.commons.province.Succession;
import vn.doingoai.commons.province.SuccessionSource;

/** The province successions are agreement-service's; this service reads them over REST. */
@ApplicationScoped
public class AgreementSuccessions implements SuccessionSource {

    private final AgreementServiceClient agreements;

    public AgreementSuccessions(AgreementServiceClient agreements) {
        this.agreements = agreements;
    }

    @Override
    public List<Succession> read() {
        return agreements.successions();
    }
}
