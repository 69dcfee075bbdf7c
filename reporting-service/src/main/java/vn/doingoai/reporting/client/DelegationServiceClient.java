package vn.doingoai.reporting.client;

import io.smallrye.faulttolerance.api.ApplyGuard;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.doingoai.commons.calls.DependencyFailure;
import vn.doingoai.commons.calls.LastGood;
import vn.doingoai.commons.calls.SuiteGuards;

/**
 * What this service reads from delegation-service with the caller's token, guarded like
 * {@link AgreementServiceClient} ({@code doingoai.calls.delegation-service.*}).
 */
@ApplicationScoped
public class DelegationServiceClient {

    private static final String SERVICE = SuiteGuards.DELEGATION_SERVICE;

    private final DelegationStatisticsApi statistics;
    private final DelegationReferenceApi reference;
    private final LastGood<Map<String, List<AgreementReferenceApi.Label>>> labelSets = new LastGood<>(SERVICE);

    public DelegationServiceClient(@RestClient DelegationStatisticsApi statistics, @RestClient DelegationReferenceApi reference) {
        this.statistics = statistics;
        this.reference = reference;
    }

    @ApplyGuard(SuiteGuards.DELEGATION_READS)
    @Fallback(fallbackMethod = "failedFigures")
    public List<DelegationFigure> statistics(List<String> groupBy, String from, String to, String direction, String province) {
        return statistics.statistics(groupBy, from, to, direction, province).items();
    }

    List<DelegationFigure> failedFigures(List<String> groupBy, String from, String to, String direction, String province,
            Throwable failure) {
        throw DependencyFailure.of(SERVICE, failure);
    }

    /** The labels of delegation-service's codes (directions, purposes, levels), by schema name. */
    @ApplyGuard(SuiteGuards.DELEGATION_READS)
    @Fallback(fallbackMethod = "lastCodeLabels")
    public Map<String, List<AgreementReferenceApi.Label>> codeLabels() {
        return labelSets.keep("codes", reference.delegationLabels().lists());
    }

    Map<String, List<AgreementReferenceApi.Label>> lastCodeLabels(Throwable failure) {
        return labelSets.or("codes", failure);
    }
}
