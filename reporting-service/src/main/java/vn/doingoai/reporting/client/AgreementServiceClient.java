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
import vn.doingoai.commons.province.Succession;

/**
 * What this service reads from agreement-service with the caller's token. Every call is guarded
 * ({@code doingoai.calls.agreement-service.*}: timeout, another try of a read that could not reach
 * it, one circuit for all reads). Figures and lists fail as a problem, which {@link FiguresClient}
 * turns into a partial answer; labels and names fall back to their last good answer.
 */
@ApplicationScoped
public class AgreementServiceClient {

    private static final String SERVICE = SuiteGuards.AGREEMENT_SERVICE;

    private final AgreementStatisticsApi statistics;
    private final AgreementListApi list;
    private final AgreementReferenceApi reference;
    private final LastGood<List<AgreementReferenceApi.Label>> labels = new LastGood<>(SERVICE);
    private final LastGood<Map<String, List<AgreementReferenceApi.Label>>> labelSets = new LastGood<>(SERVICE);

    public AgreementServiceClient(@RestClient AgreementStatisticsApi statistics, @RestClient AgreementListApi list,
            @RestClient AgreementReferenceApi reference) {
        this.statistics = statistics;
        this.list = list;
        this.reference = reference;
    }

    @ApplyGuard(SuiteGuards.AGREEMENT_READS)
    @Fallback(fallbackMethod = "failedFigures")
    public List<AgreementFigure> statistics(FiguresClient.AgreementQuery q) {
        return statistics.statistics(q.groupBy(), q.status(), FiguresClient.text(q.signedFrom()), FiguresClient.text(q.signedTo()),
                FiguresClient.text(q.expiresFrom()), FiguresClient.text(q.expiresTo()), q.partnerCountry(), q.province(), FiguresClient.text(q.asOf())).items();
    }

    List<AgreementFigure> failedFigures(FiguresClient.AgreementQuery q, Throwable failure) {
        throw DependencyFailure.of(SERVICE, failure);
    }

    /** One page of the agreements of a province the caller may see, each with its status on {@code asOf}. */
    @ApplyGuard(SuiteGuards.AGREEMENT_READS)
    @Fallback(fallbackMethod = "failedPage")
    public AgreementListApi.Page agreements(String province, String asOf, int limit, String cursor) {
        return list.list(province, asOf, limit, cursor);
    }

    AgreementListApi.Page failedPage(String province, String asOf, int limit, String cursor, Throwable failure) {
        throw DependencyFailure.of(SERVICE, failure);
    }

    /** The administrative units in force on a day ({@code null}: today). */
    @ApplyGuard(SuiteGuards.AGREEMENT_READS)
    @Fallback(fallbackMethod = "lastUnits")
    public List<AgreementReferenceApi.Label> administrativeUnits(String asOf) {
        return labels.keep("units@" + asOf, reference.administrativeUnits(asOf).items());
    }

    List<AgreementReferenceApi.Label> lastUnits(String asOf, Throwable failure) {
        return labels.or("units@" + asOf, failure);
    }

    /** Every version of every unit, so that a code of a merged province still has its name. */
    @ApplyGuard(SuiteGuards.AGREEMENT_READS)
    @Fallback(fallbackMethod = "lastUnitHistory")
    public List<AgreementReferenceApi.Label> administrativeUnitHistory() {
        return labels.keep("unit-history", reference.administrativeUnitHistory(true).items());
    }

    List<AgreementReferenceApi.Label> lastUnitHistory(Throwable failure) {
        return labels.or("unit-history", failure);
    }

    /** A reference list with Vietnamese labels: {@code countries}, {@code cooperation-fields}, {@code agreement-kinds}. */
    @ApplyGuard(SuiteGuards.AGREEMENT_READS)
    @Fallback(fallbackMethod = "lastList")
    public List<AgreementReferenceApi.Label> referenceList(String name) {
        return labels.keep(name, reference.labels(name).items());
    }

    List<AgreementReferenceApi.Label> lastList(String name, Throwable failure) {
        return labels.or(name, failure);
    }

    /** The labels of every code agreement-service returns, by schema name. */
    @ApplyGuard(SuiteGuards.AGREEMENT_READS)
    @Fallback(fallbackMethod = "lastCodeLabels")
    public Map<String, List<AgreementReferenceApi.Label>> codeLabels() {
        return labelSets.keep("codes", reference.agreementLabels().lists());
    }

    Map<String, List<AgreementReferenceApi.Label>> lastCodeLabels(Throwable failure) {
        return labelSets.or("codes", failure);
    }

    @ApplyGuard(SuiteGuards.AGREEMENT_READS)
    @Fallback(fallbackMethod = "failedSuccessions")
    public List<Succession> successions() {
        return reference.successions().items().stream()
                .map(s -> new Succession(s.predecessorCode(), s.successorCode(), s.effectiveOn())).toList();
    }

    List<Succession> failedSuccessions(Throwable failure) {
        throw DependencyFailure.of(SERVICE, failure);
    }
}
