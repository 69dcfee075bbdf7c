package vn.doingoai.reporting.service;

import vn.doingoai.commons.province.ProvinceScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.doingoai.reporting.api.StatisticsDtos;
import vn.doingoai.reporting.client.AgreementFigure;
import vn.doingoai.reporting.client.DelegationFigure;
import vn.doingoai.reporting.client.FiguresClient;

/** A province's foreign-affairs figures for a year, pulled live from the agreement and delegation services. */
@ApplicationScoped
public class AnnualStatisticsService {

    private final FiguresClient figures;
    private final ProvinceScope scope;

    public AnnualStatisticsService(FiguresClient figures, ProvinceScope scope) {
        this.figures = figures;
        this.scope = scope;
    }

    public StatisticsDtos.Annual annual(int year, String provinceFilter) {
        String province = scope.resolve(provinceFilter);
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate asOf = FiguresClient.closingDay(end);
        StatisticsDtos.AgreementFigures agreements = new StatisticsDtos.AgreementFigures(
                agreementRows(List.of("country"), null, start, end, null, null, province, null),
                agreementRows(List.of("field"), null, start, end, null, null, province, null),
                agreementRows(List.of("country"), "IN_FORCE", null, null, null, null, province, asOf),
                agreementRows(List.of("country"), null, null, null, start, end, province, null));
        StatisticsDtos.DelegationFigures delegations = new StatisticsDtos.DelegationFigures(
                delegationRows(List.of("direction", "country"), start, end, province),
                delegationRows(List.of("direction", "purpose"), start, end, province),
                delegationRows(List.of("direction", "headLevel"), start, end, province));
        List<String> missing = figures.missing();
        return new StatisticsDtos.Annual(year, province, missing.contains(FiguresClient.AGREEMENTS) ? null : agreements,
                missing.contains(FiguresClient.DELEGATIONS) ? null : delegations, missing, Instant.now());
    }

    private List<StatisticsDtos.AgreementRow> agreementRows(List<String> groupBy, String status, LocalDate signedFrom,
            LocalDate signedTo, LocalDate expiresFrom, LocalDate expiresTo, String province, LocalDate asOf) {
        Optional<List<AgreementFigure>> rows = figures.agreements(new FiguresClient.AgreementQuery(groupBy, status,
                signedFrom, signedTo, expiresFrom, expiresTo, null, province, asOf));
        return rows.map(list -> list.stream().map(r -> new StatisticsDtos.AgreementRow(r.keys(), r.agreements())).toList())
                .orElse(List.of());
    }

    private List<StatisticsDtos.DelegationRow> delegationRows(List<String> groupBy, LocalDate from, LocalDate to, String province) {
        Optional<List<DelegationFigure>> rows = figures.delegations(groupBy, from, to, null, province);
        return rows.map(list -> list.stream().map(r -> new StatisticsDtos.DelegationRow(r.keys(), r.delegations(), r.members(),
                r.personDays(), r.costVnd())).toList()).orElse(List.of());
    }
}
