package vn.doingoai.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import vn.doingoai.reporting.api.AgreementReportDtos;
import vn.doingoai.reporting.api.ReportDtos;
import vn.doingoai.reporting.api.export.Docx;
import vn.doingoai.reporting.api.export.PrintedReports;
import vn.doingoai.reporting.client.FiguresClient;
import vn.doingoai.reporting.domain.Programme;

/**
 * Gathers the names a printed document needs (the province, its units, countries and cooperation
 * fields) around the figures the JSON answers carry as codes. A name that cannot be read prints as its code.
 */
@ApplicationScoped
public class DocumentService {

    private final FiguresClient figures;
    private final ProgrammeService programmes;

    public DocumentService(FiguresClient figures, ProgrammeService programmes) {
        this.figures = figures;
        this.programmes = programmes;
    }

    /** The names of the units of the programme's province, by code. */
    public Map<String, String> unitNames(ReportDtos.Consolidated consolidated) {
        Programme programme = Programme.findById(consolidated.programmeId());
        return programmes.unitNames(programme.provinceCode);
    }

    public Docx consolidated(ReportDtos.Consolidated consolidated) {
        Programme programme = Programme.findById(consolidated.programmeId());
        Map<String, String> units = programmes.unitNames(programme.provinceCode);
        String province = figures.provinceName(programme.provinceCode, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")))
                .orElse("tỉnh " + programme.provinceCode);
        return PrintedReports.consolidated(consolidated, province, units);
    }

    public Docx annualAgreements(AgreementReportDtos.AnnualAgreementReport report) {
        return PrintedReports.annualAgreements(report, labels());
    }

    /** The provinces' names by code (a merged province's by its last name), for exports that list provinces. */
    public Map<String, String> provinceNames() {
        return figures.provinceNames();
    }

    /** The Vietnamese labels of the other services' codes that exports and documents print. */
    public PrintedReports.Labels labels() {
        // One call per labels set: the agreement codes' and the delegation codes' each come in one answer.
        Map<String, Map<String, String>> agreementCodes = figures.codeLabels();
        Map<String, Map<String, String>> delegationCodes = figures.delegationCodeLabels();
        return new PrintedReports.Labels(figures.labels("countries"), figures.labels("cooperation-fields"),
                agreementCodes.getOrDefault("AgreementKind", Map.of()), agreementCodes.getOrDefault("AgreementStatus", Map.of()),
                delegationCodes.getOrDefault("Direction", Map.of()), delegationCodes.getOrDefault("DelegationPurpose", Map.of()),
                delegationCodes.getOrDefault("DelegationLevel", Map.of()), figures.provinceNames());
    }
}
