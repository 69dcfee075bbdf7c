package vn.doingoai.reporting.client;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import vn.doingoai.commons.time.VietnamClock;
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
    /** At most this many agreements are read for one list (the annual report of one province holds far fewer). */
    static final int MAX_LIST_PAGES = 25;

    private final AgreementReferenceApi reference;
    private final AgreementListApi agreementList;
    private final DelegationReferenceApi delegationReference;
    private final JsonWebToken token;
    private final Set<String> missing = new LinkedHashSet<>();

    public FiguresClient(@RestClient AgreementStatisticsApi agreements, @RestClient DelegationStatisticsApi delegations,
            @RestClient AgreementReferenceApi reference, @RestClient AgreementListApi agreementList,
            @RestClient DelegationReferenceApi delegationReference, JsonWebToken token) {
        this.delegationReference = delegationReference;
        this.agreements = agreements;
        this.delegations = delegations;
        this.reference = reference;
        this.agreementList = agreementList;
        this.token = token;
    }

    /** The province's Vietnamese name as it stood on a day (Tỉnh Thanh Hóa), from agreement-service. */
    public Optional<String> provinceName(String code, LocalDate asOf) {
        if (missing.contains(AGREEMENTS)) {
            return Optional.empty();
        }
        return fetch(AGREEMENTS, () -> reference.administrativeUnits(bearer(), requestId(), text(asOf)).items()).flatMap(
                units -> units.stream().filter(u -> u.code().equals(code)).map(AgreementReferenceApi.Label::nameVi).findFirst());
    }

    /** Vietnamese labels by code of one of agreement-service's reference lists; empty when it cannot be read. */
    public Map<String, String> labels(String list) {
        if (missing.contains(AGREEMENTS)) {
            return Map.of();
        }
        return fetch(AGREEMENTS, () -> reference.labels(bearer(), requestId(), list).items()).map(items -> {
            Map<String, String> byCode = new HashMap<>();
            items.forEach(l -> byCode.put(l.code(), l.nameVi()));
            return byCode;
        }).orElse(Map.of());
    }

    /** Vietnamese labels by code of each of delegation-service's code lists, by schema name; empty when it cannot be read. */
    public Map<String, Map<String, String>> delegationCodeLabels() {
        if (missing.contains(DELEGATIONS)) {
            return Map.of();
        }
        return fetch(DELEGATIONS, () -> delegationReference.delegationLabels(bearer(), requestId()))
                .map(FiguresClient::byList).orElse(Map.of());
    }

    /**
     * The provinces' names by code, a merged province's included (by its last name); empty when
     * agreement-service cannot be read.
     */
    public Map<String, String> provinceNames() {
        if (missing.contains(AGREEMENTS)) {
            return Map.of();
        }
        return fetch(AGREEMENTS, () -> reference.administrativeUnitHistory(bearer(), requestId(), true).items())
                .map(FiguresClient::byCode).orElse(Map.of());
    }

    private static Map<String, String> byCode(List<AgreementReferenceApi.Label> items) {
        Map<String, String> byCode = new HashMap<>();
        items.forEach(l -> byCode.put(l.code(), l.nameVi()));
        return byCode;
    }

    /** Vietnamese labels by code of each of agreement-service's code lists, by schema name; empty when it cannot be read. */
    public Map<String, Map<String, String>> codeLabels() {
        if (missing.contains(AGREEMENTS)) {
            return Map.of();
        }
        return fetch(AGREEMENTS, () -> reference.agreementLabels(bearer(), requestId())).map(FiguresClient::byList)
                .orElse(Map.of());
    }

    private static Map<String, Map<String, String>> byList(AgreementReferenceApi.LabelSet set) {
        Map<String, Map<String, String>> lists = new HashMap<>();
        set.lists().forEach((name, items) -> lists.put(name, byCode(items)));
        return lists;
    }

    /**
     * The day a period's figures are read as of: its last day, or today while it is not over. A
     * figure for a period is what was true then, not what is true now.
     */
    public static LocalDate closingDay(LocalDate periodEnd) {
        LocalDate today = LocalDate.now(VietnamClock.ZONE);
        return periodEnd.isBefore(today) ? periodEnd : today;
    }

    /**
     * Every agreement of the province the caller may see, each with its status on {@code asOf}, read
     * page by page (at most {@value #MAX_LIST_PAGES} pages of 200).
     */
    public Optional<List<AgreementListApi.Agreement>> agreementList(String province, LocalDate asOf) {
        if (missing.contains(AGREEMENTS)) {
            return Optional.empty();
        }
        return fetch(AGREEMENTS, () -> {
            List<AgreementListApi.Agreement> all = new ArrayList<>();
            String cursor = null;
            for (int page = 0; page < MAX_LIST_PAGES; page++) {
                AgreementListApi.Page p = agreementList.list(bearer(), requestId(), province, text(asOf), 200, cursor);
                all.addAll(p.items());
                cursor = p.nextCursor();
                if (cursor == null) {
                    break;
                }
            }
            return all;
        });
    }

    /** {@code asOf}: the status filter reads each agreement's status on that day (agreement-service's rule). */
    public record AgreementQuery(List<String> groupBy, String status, LocalDate signedFrom, LocalDate signedTo,
            LocalDate expiresFrom, LocalDate expiresTo, String partnerCountry, String province, LocalDate asOf) {
    }

    public Optional<List<AgreementStatisticsApi.Row>> agreements(AgreementQuery q) {
        if (missing.contains(AGREEMENTS)) {
            return Optional.empty();
        }
        return fetch(AGREEMENTS, () -> agreements.statistics(bearer(), requestId(), q.groupBy(), q.status(), text(q.signedFrom()),
                text(q.signedTo()), text(q.expiresFrom()), text(q.expiresTo()), q.partnerCountry(), q.province(), text(q.asOf()))
                .items());
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
