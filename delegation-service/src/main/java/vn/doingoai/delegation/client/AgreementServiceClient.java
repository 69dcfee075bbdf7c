package vn.doingoai.delegation.client;

import io.quarkus.cache.CacheResult;
import io.smallrye.faulttolerance.api.ApplyGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.doingoai.commons.calls.DependencyFailure;
import vn.doingoai.commons.calls.LastGood;
import vn.doingoai.commons.calls.SuiteGuards;
import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.province.Succession;

/**
 * What this service needs from agreement-service, read over REST with the caller's token: whether
 * related agreements exist for the caller, the partner a delegation names, the holiday calendar and
 * the province successions. Each call is guarded (timeout, circuit breaker, another try of a read
 * that could not reach the service: {@code doingoai.calls.agreement-service.*}); a call that still
 * fails is a 503 or 504 problem, except the holidays, whose last good answer stands meanwhile.
 */
@ApplicationScoped
public class AgreementServiceClient {

    private static final String SERVICE = SuiteGuards.AGREEMENT_SERVICE;

    private final AgreementApi api;
    private final LastGood<Set<LocalDate>> holidays = new LastGood<>(SERVICE);

    public AgreementServiceClient(@RestClient AgreementApi api) {
        this.api = api;
    }

    /** Refuses with a field error each related agreement the caller cannot see in agreement-service. */
    @ApplyGuard(SuiteGuards.AGREEMENT_READS)
    @Fallback(fallbackMethod = "failed", skipOn = ProblemException.class)
    public void requireVisibleAgreements(String field, List<UUID> ids) {
        for (int i = 0; i < ids.size(); i++) {
            try {
                api.agreement(ids.get(i));
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() != 404) {
                    throw e;
                }
                throw ProblemException.validation(List.of(new InvalidField(field + "[" + i + "]", "UNKNOWN",
                        Text.of("delegation.agreement-unknown", "no agreement of this province has this id"))));
            }
        }
    }

    void failed(String field, List<UUID> ids, Throwable failure) {
        throw DependencyFailure.of(SERVICE, failure);
    }

    /**
     * Records in agreement-service which partner a delegation names now (none releases the one it named
     * before), so that partner is never deleted under it, and answers the partner's Vietnamese name;
     * refuses with a field error a partner the caller's province cannot use.
     */
    @ApplyGuard(SuiteGuards.AGREEMENT_WRITES)
    @Fallback(fallbackMethod = "failed", skipOn = ProblemException.class)
    public String namePartner(String field, UUID delegationId, String label, UUID partnerId) {
        try {
            AgreementApi.PartnerUses named = api.recordPartnerUses(new AgreementApi.PartnerUse("delegation-service",
                    delegationId, label, partnerId == null ? List.of() : List.of(partnerId)));
            return named.items().isEmpty() ? null : named.items().get(0).nameVi();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 400) {
                throw e;
            }
            String body = e.getResponse().readEntity(String.class);
            boolean inactive = body != null && body.contains("\"INACTIVE\"");
            throw ProblemException.validation(List.of(new InvalidField(field, inactive ? "INACTIVE" : "UNKNOWN",
                    inactive ? Text.of("delegation.partner-deactivated", "this partner was deactivated")
                            : Text.of("delegation.partner-unknown", "no partner of this province (or of one it succeeded) has this id"))));
        }
    }

    String failed(String field, UUID delegationId, String label, UUID partnerId, Throwable failure) {
        throw DependencyFailure.of(SERVICE, failure);
    }

    /** The public holidays: they change a few times a year, so an answer is kept for {@code quarkus.cache…agreement-holidays}. */
    @CacheResult(cacheName = "agreement-holidays")
    @ApplyGuard(SuiteGuards.AGREEMENT_READS)
    @Fallback(fallbackMethod = "lastHolidays")
    public Set<LocalDate> holidays() {
        return holidays.keep("holidays", api.holidays().items().stream().map(AgreementApi.Holiday::day)
                .collect(Collectors.toUnmodifiableSet()));
    }

    Set<LocalDate> lastHolidays(Throwable failure) {
        return holidays.or("holidays", failure);
    }

    /** The province successions as agreement-service records them; a problem when they cannot be read. */
    @ApplyGuard(SuiteGuards.AGREEMENT_READS)
    @Fallback(fallbackMethod = "failedSuccessions")
    public List<Succession> successions() {
        return api.successions().items().stream()
                .map(s -> new Succession(s.predecessorCode(), s.successorCode(), s.effectiveOn())).toList();
    }

    List<Succession> failedSuccessions(Throwable failure) {
        throw DependencyFailure.of(SERVICE, failure);
    }
}
