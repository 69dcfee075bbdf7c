package vn.doingoai.reporting.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import vn.doingoai.commons.web.RequestIds;

/**
 * Figures from agreement-service and delegation-service, read live with the caller's token (so
 * each service applies its own province scoping). A service that is down or slow does not fail the
 * answer: its figures are absent and the service is named in {@link #missing()}; the REST clients'
 * timeouts (2 s connect, 5 s read) bound the wait.
 */
@RequestScoped
public class FiguresClient {

    private static final Logger LOG = Logger.getLogger(FiguresClient.class);
    public static final String AGREEMENTS = "agreement-service";
    public static final String DELEGATIONS = "delegation-service";

    private final AgreementStatisticsApi agreements;
    private final DelegationStatisticsApi delegations;
    private final SuccessionsApi successions;
    private final JsonWebToken token;
    private final Set<String> missing = new LinkedHashSet<>();

    public FiguresClient(@RestClient AgreementStatisticsApi agreements, @RestClient DelegationStatisticsApi delegations,
            @RestClient SuccessionsApi successions, JsonWebToken token) {
        this.agreements = agreements;
        this.delegations = delegations;
        this.successions = successions;
        this.token = token;
    }

    /** The province successions (Thái Bình 34 → Hưng Yên 33 on 2025-07-01), from agreement-service. */
    public Optional<List<SuccessionsApi.Succession>> successions() {
        if (missing.contains(AGREEMENTS)) {
            return Optional.empty();
        }
        return fetch(AGREEMENTS, () -> successions.successions(bearer(), requestId()).items());
    }

    public record AgreementQuery(List<String> groupBy, String status, LocalDate signedFrom, LocalDate signedTo,
            LocalDate expiresFrom, LocalDate expiresTo, String partnerCountry, String province) {
    }

    public Optional<List<AgreementStatisticsApi.Row>> agreements(AgreementQuery q) {
        if (missing.contains(AGREEMENTS)) {
            return Optional.empty();
        }
        return fetch(AGREEMENTS, () -> agreements.statistics(bearer(), requestId(), q.groupBy(), q.status(), text(q.signedFrom()),
                text(q.signedTo()), text(q.expiresFrom()), text(q.expiresTo()), q.partnerCountry(), q.province()).items());
    }

    public Optional<List<DelegationStatisticsApi.Row>> delegations(List<String> groupBy, LocalDate from, LocalDate to,
            String direction, String province) {
        if (missing.contains(DELEGATIONS)) {
            return Optional.empty();
        }
        return fetch(DELEGATIONS, () -> delegations.statistics(bearer(), requestId(), groupBy, text(from), text(to), direction,
                province).items());
    }

    /** The services whose figures could not be read in this request. */
    public List<String> missing() {
        return new ArrayList<>(missing);
    }

    private <T> Optional<T> fetch(String service, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("%s figures unavailable: %s", service, e.toString());
            missing.add(service);
            return Optional.empty();
        }
    }

    private String bearer() {
        return "Bearer " + token.getRawToken();
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static String requestId() {
        Object id = MDC.get(RequestIds.MDC_KEY);
        return id == null ? null : id.toString();
    }
}
