package vn.doingoai.reporting.service;

import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.province.ProvinceScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.reporting.api.StatisticsDtos;
import vn.doingoai.reporting.client.AgreementFigure;
import vn.doingoai.reporting.client.FiguresClient;
import vn.doingoai.commons.province.Successions;

/**
 * For central bodies: every province's figures for a year side by side and summed, each predecessor
 * rolled up into the province that succeeded it as of a day (Thái Bình into Hưng Yên from 2025-07-01).
 */
@ApplicationScoped
public class ProvinceComparisonService {

    private final FiguresClient figures;
    private final ProvinceScope scope;
    private final Successions successions;

    public ProvinceComparisonService(FiguresClient figures, ProvinceScope scope, Successions successions) {
        this.figures = figures;
        this.scope = scope;
        this.successions = successions;
    }

    public StatisticsDtos.Comparison compare(int year, LocalDate asOf) {
        if (!scope.readsAll()) {
            throw new ProblemException(ProblemCode.FORBIDDEN, Text.of("reporting.across-provinces-central", "Figures across provinces are for central bodies."));
        }
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
                Map<String, StatisticsDtos.ProvinceFigures> byProvince = new TreeMap<>();
        figures.agreements(new FiguresClient.AgreementQuery(List.of("province"), null, start, end, null, null, null, null, null))
                .ifPresent(rows -> rows.forEach(r -> add(byProvince, asOf, code(r), r.agreements(), 0, 0, 0, 0, 0)));
        figures.agreements(new FiguresClient.AgreementQuery(List.of("province"), "IN_FORCE", null, null, null, null, null, null,
                FiguresClient.closingDay(end)))
                .ifPresent(rows -> rows.forEach(r -> add(byProvince, asOf, code(r), 0, r.agreements(), 0, 0, 0, 0)));
        figures.delegations(List.of("province", "direction"), start, end, null, null).ifPresent(rows -> rows.forEach(r -> {
            boolean outbound = "OUTBOUND".equals(r.keys().get("direction"));
            add(byProvince, asOf, (String) r.keys().get("province"), 0, 0, outbound ? r.delegations() : 0,
                    outbound ? 0 : r.delegations(), r.personDays(), r.costVnd());
        }));
        StatisticsDtos.ProvinceFigures total = new StatisticsDtos.ProvinceFigures("TOTAL", List.of(), 0, 0, 0, 0, 0, 0);
        for (StatisticsDtos.ProvinceFigures p : byProvince.values()) {
            total = total.plus(p, List.of());
        }
        return new StatisticsDtos.Comparison(year, asOf, new ArrayList<>(byProvince.values()), total, figures.missing(),
                Instant.now());
    }

    private static String code(AgreementFigure row) {
        return (String) row.keys().get("province");
    }

    private void add(Map<String, StatisticsDtos.ProvinceFigures> byProvince, LocalDate asOf, String province, long signed, long inForce, long outbound, long inbound, long personDays, long cost) {
        String current = successions.successorOf(province, asOf);
        List<String> rolledUp = current.equals(province) ? List.of() : List.of(province);
        StatisticsDtos.ProvinceFigures delta = new StatisticsDtos.ProvinceFigures(current, rolledUp, signed, inForce, outbound,
                inbound, personDays, cost);
        byProvince.merge(current, delta, (a, b) -> a.plus(b, merged(a.rolledUp(), b.rolledUp())));
    }

    private static List<String> merged(List<String> a, List<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
