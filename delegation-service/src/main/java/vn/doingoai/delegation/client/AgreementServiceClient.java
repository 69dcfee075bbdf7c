package vn.doingoai.delegation.client;

import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.web.RequestIds;

/**
 * What this service needs from agreement-service, read over REST with the caller's token:
 * whether related agreements exist for the caller, the holiday calendar (cached briefly: it changes
 * a few times a year) and the province successions (kept by {@link AgreementSuccessions}). Timeouts are those of the
 * REST client configuration; a dead or silent agreement-service becomes a clear 503 or 504 problem.
 */
@ApplicationScoped
public class AgreementServiceClient {

    private static final Logger LOG = Logger.getLogger(AgreementServiceClient.class);
    static final Duration CACHE_FOR = Duration.ofMinutes(10);

    private final AgreementApi api;
    private final JsonWebToken token;

    private volatile Cached<Set<LocalDate>> holidays;

    private record Cached<T>(T value, Instant until) {
    }

    public AgreementServiceClient(@RestClient AgreementApi api, JsonWebToken token) {
        this.api = api;
        this.token = token;
    }

    /** Refuses with a field error each related agreement the caller cannot see in agreement-service. */
    public void requireVisibleAgreements(String field, List<UUID> ids) {
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            try {
                call(() -> api.agreement(bearer(), requestId(), id));
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 404) {
                    throw ProblemException.validation(List.of(new InvalidField(field + "[" + i + "]", "UNKNOWN",
                            Text.of("delegation.agreement-unknown", "no agreement of this province has this id"))));
                }
                throw unavailable(e);
            }
        }
    }

    /**
     * Records in agreement-service which partner a delegation names now (none releases the one it named
     * before), so that partner is never deleted under it, and answers the partner's Vietnamese name;
     * refuses with a field error a partner the caller's province cannot use.
     */
    public String namePartner(String field, UUID delegationId, String label, UUID partnerId) {
        try {
            AgreementApi.PartnerUses named = call(() -> api.recordPartnerUses(bearer(), requestId(),
                    new AgreementApi.PartnerUse("delegation-service", delegationId, label,
                            partnerId == null ? List.of() : List.of(partnerId))));
            return named.items().isEmpty() ? null : named.items().get(0).nameVi();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                String body = e.getResponse().readEntity(String.class);
                boolean inactive = body != null && body.contains("\"INACTIVE\"");
                throw ProblemException.validation(List.of(new InvalidField(field, inactive ? "INACTIVE" : "UNKNOWN",
                        inactive ? Text.of("delegation.partner-deactivated", "this partner was deactivated")
                                : Text.of("delegation.partner-unknown", "no partner of this province (or of one it succeeded) has this id"))));
            }
            throw unavailable(e);
        }
    }

    public Set<LocalDate> holidays() {
        Cached<Set<LocalDate>> cached = holidays;
        if (cached == null || Instant.now().isAfter(cached.until())) {
            Set<LocalDate> days = fetch(() -> api.holidays(bearer(), requestId())).items().stream()
                    .map(AgreementApi.Holiday::day).collect(Collectors.toUnmodifiableSet());
            cached = new Cached<>(days, Instant.now().plus(CACHE_FOR));
            holidays = cached;
        }
        return cached.value();
    }

    /** The province successions as agreement-service records them; throws a problem when it cannot be read. */
    public List<AgreementApi.Succession> successions() {
        return fetch(() -> api.successions(bearer(), requestId())).items();
    }

    private <T> T fetch(Supplier<T> request) {
        try {
            return call(request);
        } catch (WebApplicationException e) {
            throw unavailable(e);
        }
    }

    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ProcessingException e) {
            throw unreachable(e);
        }
    }

    private static ProblemException unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                LOG.warnf("agreement-service did not answer in time: %s", t.toString());
                return new ProblemException(ProblemCode.GATEWAY_TIMEOUT, "DEPENDENCY_TIMEOUT",
                        Text.of("delegation.agreements-timeout", "agreement-service did not answer in time; try again later."), List.of());
            }
            if (t instanceof ConnectException) {
                break;
            }
        }
        LOG.warnf("agreement-service unreachable: %s", e.toString());
        return new ProblemException(ProblemCode.SERVICE_UNAVAILABLE, "DEPENDENCY_UNAVAILABLE",
                Text.of("delegation.agreements-unreachable", "agreement-service cannot be reached; try again later."), List.of());
    }

    private static ProblemException unavailable(WebApplicationException e) {
        LOG.warnf("agreement-service answered %d", e.getResponse().getStatus());
        return new ProblemException(ProblemCode.SERVICE_UNAVAILABLE, "DEPENDENCY_UNAVAILABLE",
                Text.of("delegation.agreements-failed", "agreement-service could not answer (status {0}); try again later.", e.getResponse().getStatus()), List.of());
    }

    private String bearer() {
        return "Bearer " + token.getRawToken();
    }

    private static String requestId() {
        Object id = MDC.get(RequestIds.MDC_KEY);
        return id == null ? null : id.toString();
    }
}
