package vn.doingoai.reporting.client;

import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.time.VietnamClock;

/**
 * Figures from agreement-service and delegation-service, read live with the caller's token (so
 * each service applies its own province scoping). A service that is down or slow does not fail the
 * answer: its figures are absent and the service is named in {@link #missing()}; it is asked once
 * per request, so a silent service costs one guarded call's timeout ({@code doingoai.calls.*}).
 */
@RequestScoped
public class FiguresClient {

    public static final String AGREEMENTS = "agreement-service";
    public static final String DELEGATIONS = "delegation-service";
    /** At most this many agreements are read for one list (the annual report of one province holds far fewer). */
    static final int MAX_LIST_PAGES = 25;

    private final AgreementServiceClient agreementService;
    private final DelegationServiceClient delegationService;
    private final Set<String> missing = new LinkedHashSet<>();

    public FiguresClient(AgreementServiceClient agreementService, DelegationServiceClient delegationService) {
        this.agreementService = agreementService;
        this.delegationService = delegationService;
    }

    /** The province's Vietnamese name as it stood on a day (Tỉnh Thanh Hóa), from agreement-service. */
    public Optional<String> provinceName(String code, LocalDate asOf) {
        return fetch(AGREEMENTS, () -> agreementService.administrativeUnits(text(asOf))).flatMap(
                units -> units.stream().filter(u -> u.code().equals(code)).map(AgreementReferenceApi.Label::nameVi).findFirst());
    }

    /** Vietnamese labels by code of one of agreement-service's reference lists; empty when it cannot be read. */
    public Map<String, String> labels(String list) {
        return fetch(AGREEMENTS, () -> agreementService.referenceList(list)).map(FiguresClient::byCode).orElse(Map.of());
    }

    /** Vietnamese labels by code of each of delegation-service's code lists, by schema name; empty when it cannot be read. */
    public Map<String, Map<String, String>> delegationCodeLabels() {
        return fetch(DELEGATIONS, delegationService::codeLabels).map(FiguresClient::byList).orElse(Map.of());
    }

    /**
     * The provinces' names by code, a merged province's included (by its last name); empty when
     * agreement-service cannot be read.
     */
    public Map<String, String> provinceNames() {
        return fetch(AGREEMENTS, agreementService::administrativeUnitHistory).map(FiguresClient::byCode).orElse(Map.of());
    }

    /** Vietnamese labels by code of each of agreement-service's code lists, by schema name; empty when it cannot be read. */
    public Map<String, Map<String, String>> codeLabels() {
        return fetch(AGREEMENTS, agreementService::codeLabels).map(FiguresClient::byList).orElse(Map.of());
    }

    private static Map<String, String> byCode(List<AgreementReferenceApi.Label> items) {
        Map<String, String> byCode = new HashMap<>();
        items.forEach(l -> byCode.put(l.code(), l.nameVi()));
        return byCode;
    }

    private static Map<String, Map<String, String>> byList(Map<String, List<AgreementReferenceApi.Label>> lists) {
        Map<String, Map<String, String>> byList = new HashMap<>();
        lists.forEach((name, items) -> byList.put(name, byCode(items)));
        return byList;
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
    public Optional<List<ListedAgreement>> agreementList(String province, LocalDate asOf) {
        return fetch(AGREEMENTS, () -> {
            List<ListedAgreement> all = new ArrayList<>();
            String cursor = null;
            for (int page = 0; page < MAX_LIST_PAGES; page++) {
                AgreementListApi.Page p = agreementService.agreements(province, text(asOf), 200, cursor);
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

    public Optional<List<AgreementFigure>> agreements(AgreementQuery q) {
        return fetch(AGREEMENTS, () -> agreementService.statistics(q));
    }

    public Optional<List<DelegationFigure>> delegations(List<String> groupBy, LocalDate from, LocalDate to,
            String direction, String province) {
        return fetch(DELEGATIONS, () -> delegationService.statistics(groupBy, text(from), text(to), direction, province));
    }

    /** The services whose figures could not be read in this request. */
    public List<String> missing() {
        return new ArrayList<>(missing);
    }

    /** Asks a service unless it already failed in this request; a failure makes its figures absent. */
    private <T> Optional<T> fetch(String service, Supplier<T> call) {
        if (missing.contains(service)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(call.get());
        } catch (ProblemException e) {
            missing.add(service);
            return Optional.empty();
        }
    }

    static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
