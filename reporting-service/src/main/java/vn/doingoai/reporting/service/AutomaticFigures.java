package vn.doingoai.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.doingoai.reporting.client.AgreementFigure;
import vn.doingoai.reporting.client.DelegationFigure;
import vn.doingoai.reporting.client.FiguresClient;
import vn.doingoai.reporting.domain.Indicator;
import vn.doingoai.reporting.domain.Period;

/** The live value of an indicator whose figure another service computes, for a province and period. */
@ApplicationScoped
public class AutomaticFigures {

    private final FiguresClient figures;

    public AutomaticFigures(FiguresClient figures) {
        this.figures = figures;
    }

    public Optional<BigDecimal> value(Indicator indicator, String province, Period period) {
        String country = indicator.automaticCountry();
        return switch (indicator.automaticSource()) {
            case AGREEMENTS_SIGNED -> figures.agreements(new FiguresClient.AgreementQuery(List.of(), null, period.start(),
                    period.end(), null, null, country, province, null)).map(AutomaticFigures::agreements);
            // In force at the end of the period (or today while it runs), not today for any period asked.
            case AGREEMENTS_IN_FORCE -> figures.agreements(new FiguresClient.AgreementQuery(List.of(), "IN_FORCE", null, null,
                    null, null, country, province, FiguresClient.closingDay(period.end()))).map(AutomaticFigures::agreements);
            case OUTBOUND_DELEGATIONS -> delegations("OUTBOUND", country, province, period);
            case INBOUND_DELEGATIONS -> delegations("INBOUND", country, province, period);
        };
    }

    private Optional<BigDecimal> delegations(String direction, String country, String province, Period period) {
        List<String> groupBy = country == null ? List.of("direction") : List.of("country");
        return figures.delegations(groupBy, period.start(), period.end(), direction, province)
                .map(rows -> BigDecimal.valueOf(rows.stream()
                        .filter(r -> country == null || country.equals(r.keys().get("country")))
                        .mapToLong(DelegationFigure::delegations).sum()));
    }

    private static BigDecimal agreements(List<AgreementFigure> rows) {
        return BigDecimal.valueOf(rows.stream().mapToLong(AgreementFigure::agreements).sum());
    }

    public List<String> missing() {
        return figures.missing();
    }
}
