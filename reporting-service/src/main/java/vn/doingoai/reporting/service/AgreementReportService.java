package vn.doingoai.reporting.service;

import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.province.ProvinceScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.reporting.api.AgreementReportDtos;
import vn.doingoai.reporting.api.AgreementReportDtos.AgreementLine;
import vn.doingoai.reporting.client.ListedAgreement;
import vn.doingoai.reporting.client.FiguresClient;

/**
 * The annual report to the Ministry of Foreign Affairs (due 15 November): agreements signed in the
 * year, those being implemented, those expiring, and the plan of agreements not yet signed. Everything
 * comes from agreement-service with the caller's token; a report to a ministry with silent gaps would
 * mislead, so when that service cannot be read the answer is 503, not a partial document.
 */
@ApplicationScoped
public class AgreementReportService {

    /** The states before signing: what the plan of agreements to sign lists. */
    static final List<String> BEFORE_SIGNING = List.of("DRAFT", "CONSULTING", "OBJECTED", "PM_REVIEW", "SUBMITTED", "APPROVED");

    private final FiguresClient figures;
    private final ProvinceScope scope;

    public AgreementReportService(FiguresClient figures, ProvinceScope scope) {
        this.figures = figures;
        this.scope = scope;
    }

    public AgreementReportDtos.AnnualAgreementReport annual(int year, String requestedProvince) {
        String province = scope.requireOne(requestedProvince);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate startOfYear = LocalDate.of(year, 1, 1);
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        LocalDate endOfNextYear = LocalDate.of(year + 1, 12, 31);
        // One read of the province's agreements, sorted into the report's parts here: a province has
        // hundreds at most, and one paged read is cheaper than a filtered read per part and status.
        // Each agreement as it stood at the end of the year (or today while the year runs): the report of
        // 2020 lists what was in force and still planned in 2020, whatever happened since.
        List<AgreementLine> all = figures.agreementList(province, FiguresClient.closingDay(endOfYear))
                .map(list -> list.stream().filter(a -> a.statusAsOf() != null).map(AgreementReportService::line).toList())
                .orElse(List.of());
        List<AgreementLine> signed = all.stream().filter(a -> within(a.signedOn(), startOfYear, endOfYear)).toList();
        List<AgreementLine> inForce = all.stream().filter(a -> "IN_FORCE".equals(a.status())).toList();
        List<AgreementLine> expiring = all.stream().filter(a -> within(a.expiresOn(), startOfYear, endOfNextYear)).toList();
        List<AgreementLine> planned = new ArrayList<>(all.stream().filter(a -> BEFORE_SIGNING.contains(a.status())).toList());
        planned.sort(Comparator.comparing(AgreementLine::proposedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(AgreementLine::title));
        String name = figures.provinceName(province, endOfYear.isBefore(today) ? endOfYear : today).orElse(null);
        if (!figures.missing().isEmpty()) {
            throw new ProblemException(ProblemCode.SERVICE_UNAVAILABLE, "DEPENDENCY_UNAVAILABLE",
                    Text.of("reporting.agreements-unreadable", "agreement-service cannot be read, and the annual report is made from its records; try again later."), List.of());
        }
        return new AgreementReportDtos.AnnualAgreementReport(year, province, name, LocalDate.of(year, 11, 15), signed, inForce,
                expiring, planned, count(inForce, AgreementLine::countries), count(inForce, AgreementLine::fields),
                Instant.now());
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static AgreementLine line(ListedAgreement a) {
        List<ListedAgreement.Partner> partners = a.partners() == null ? List.of() : a.partners();
        return new AgreementLine(a.id(), a.referenceNumber(), a.titleVi(), a.titleForeign(), a.kind(), a.statusAsOf(),
                partners.stream().map(ListedAgreement.Partner::nameVi).toList(),
                partners.stream().map(ListedAgreement.Partner::countryCode).distinct().toList(),
                a.fieldCodes() == null ? List.of() : a.fieldCodes(), a.responsibleUnit(), a.proposedOn(), a.signedOn(),
                a.inForceOn(), a.expiresOn());
    }

    /** Agreements per code; an agreement with partners in two countries counts once under each. */
    private static List<AgreementReportDtos.Count> count(List<AgreementLine> lines, Function<AgreementLine, List<String>> codes) {
        Map<String, Integer> counts = new TreeMap<>();
        for (AgreementLine line : lines) {
            for (String code : codes.apply(line)) {
                counts.merge(code, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new AgreementReportDtos.Count(e.getKey(), e.getValue())).toList();
    }
}
