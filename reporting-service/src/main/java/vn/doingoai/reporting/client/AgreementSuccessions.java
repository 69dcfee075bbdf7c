package vn.doingoai.reporting.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.MDC;
import vn.doingoai.commons.province.Succession;
import vn.doingoai.commons.province.SuccessionSource;
import vn.doingoai.commons.web.RequestIds;

/** The province successions are agreement-service's; this service reads them over REST with the caller's token. */
@ApplicationScoped
public class AgreementSuccessions implements SuccessionSource {

    private final AgreementReferenceApi reference;
    private final JsonWebToken token;

    public AgreementSuccessions(@RestClient AgreementReferenceApi reference, JsonWebToken token) {
        this.reference = reference;
        this.token = token;
    }

    @Override
    public List<Succession> read() {
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        return reference.successions("Bearer " + token.getRawToken(), requestId == null ? null : requestId.toString())
                .items().stream().map(s -> new Succession(s.predecessorCode(), s.successorCode(), s.effectiveOn())).toList();
    }
}
