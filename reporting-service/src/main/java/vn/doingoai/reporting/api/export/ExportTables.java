package vn.doingoai.reporting.api.export;

import java.util.ArrayList;
import vn.doingoai.commons.exports.Table;
import vn.doingoai.commons.i18n.LabelCatalogue;
import vn.doingoai.commons.i18n.Language;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.doingoai.reporting.api.AgreementReportDtos;
import vn.doingoai.reporting.api.ProgrammeDtos;
import vn.doingoai.reporting.api.ReportDtos;
import vn.doingoai.reporting.api.StatisticsDtos;

/** The service's tables flattened for export, with Vietnamese column headers. */
public final class ExportTables {

    private ExportTables() {
    }

    public static Table completeness(ReportDtos.Completeness c) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReportDtos.UnitCompleteness u : c.units()) {
            rows.add(row(u.unitCode(), u.unitName(), u.received() ? "Có" : "Không", u.onTime() ? "Có" : "Không",
                    u.status() == null ? null : u.status().labelVi(), u.submittedOn()));
        }
        rows.add(row("TỔNG", "Tỷ lệ báo cáo " + percent(c.reportingRate()) + ", đúng hạn " + percent(c.onTimeRate()),
                c.received(), c.receivedOnTime(), null, c.dueBy()));
        return new Table("Kỳ " + c.period(), List.of("Mã đơn vị", "Đơn vị", "Đã nhận", "Đúng hạn", "Trạng thái", "Ngày nộp"), rows);
    }

    public static Table programmes(List<ProgrammeDtos.ProgrammeView> programmes, Map<String, String> provinceNames) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProgrammeDtos.ProgrammeView p : programmes) {
            rows.add(row(provinceNames.getOrDefault(p.provinceCode(), p.provinceCode()), p.number(), p.title(), p.kind() == null ? null : p.kind().labelVi(), p.issuingBody(),
                    p.issuedOn(), p.fromYear(), p.toYear(), p.status().labelVi(), p.cadence().labelVi(), p.onTimeDays(),
                    p.contentAreas().size()));
        }
        return new Table("Chương trình, kế hoạch", List.of("Tỉnh", "Số, ký hiệu", "Tên", "Loại", "Cơ quan ban hành",
                "Ngày ban hành", "Từ năm", "Đến năm", "Trạng thái", "Kỳ báo cáo", "Số ngày được nộp muộn", "Số nội dung"), rows);
    }

    /** The assignment table: which unit leads and which coordinate each task (the heart of a plan). */
    public static Table tasks(List<ProgrammeDtos.TaskView> tasks, Map<java.util.UUID, String> areaTitles,
            Map<String, String> unitNames) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProgrammeDtos.TaskView t : tasks) {
            rows.add(row(areaTitles.get(t.contentAreaId()), t.title(), unitNames.getOrDefault(t.leadUnitCode(), t.leadUnitCode()),
                    t.coordinatingUnitCodes().stream().map(c -> unitNames.getOrDefault(c, c)).collect(Collectors.joining("; ")),
                    t.recurrence().labelVi(), t.deadline(), t.expectedOutput(),
                    t.indicators().stream().map(i -> i.name()).collect(Collectors.joining("; ")), t.closed() ? "Có" : "Không"));
        }
        return new Table("Nhiệm vụ", List.of("Nội dung", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Định kỳ", "Thời hạn",
                "Sản phẩm dự kiến", "Chỉ tiêu", "Đã đóng"), rows);
    }

    public static Table reports(List<ReportDtos.ReportView> reports, Map<String, String> unitNames) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReportDtos.ReportView r : reports) {
            rows.add(row(r.unitCode(), unitNames.getOrDefault(r.unitCode(), r.unitCode()), r.period(), r.status().labelVi(),
                    r.submittedOn(), r.onTime() == null ? null : r.onTime() ? "Có" : "Không", r.entries().size(),
                    r.returnedReason()));
        }
        return new Table("Báo cáo", List.of("Mã đơn vị", "Đơn vị", "Kỳ", "Trạng thái", "Ngày nộp", "Đúng hạn", "Số nhiệm vụ báo cáo",
                "Lý do trả lại"), rows);
    }

    public static Table provinces(StatisticsDtos.Comparison c, PrintedReports.Labels labels) {
        List<List<Object>> rows = new ArrayList<>();
        for (StatisticsDtos.ProvinceFigures p : c.provinces()) {
            rows.add(provinceRow(p, labels));
        }
        rows.add(provinceRow(c.total(), labels));
        for (String service : c.missing()) {
            rows.add(row("Thiếu số liệu", service, null, null, null, null, null, null));
        }
        return new Table("Các tỉnh " + c.year(), List.of("Tỉnh", "Gộp số liệu của", "Thỏa thuận ký trong năm",
                "Thỏa thuận còn hiệu lực", "Đoàn ra", "Đoàn vào", "Ngày-người", "Chi phí (VND)"), rows);
    }

    private static List<Object> provinceRow(StatisticsDtos.ProvinceFigures p, PrintedReports.Labels labels) {
        return row("TOTAL".equals(p.province()) ? "TỔNG" : labels.of(labels.provinces(), p.province()),
                p.rolledUp().stream().map(code -> labels.of(labels.provinces(), code)).collect(Collectors.joining(", ")),
                p.agreementsSigned(),
                p.agreementsInForce(), p.outboundDelegations(), p.inboundDelegations(), p.personDays(), p.costVnd());
    }

    public static Table consolidated(ReportDtos.Consolidated c, Map<String, String> unitNames) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReportDtos.AreaLine area : c.contentAreas()) {
            for (ReportDtos.TaskLine task : area.tasks()) {
                String status = task.status() == null ? "Chưa báo cáo" : task.status().labelVi();
                if (task.indicators().isEmpty()) {
                    rows.add(row(area.pillar().labelVi(), area.title(), task.title(),
                            unitNames.getOrDefault(task.leadUnitCode(), task.leadUnitCode()), status,
                            task.overdue() ? "Quá hạn" : "", null, null, null, null, null));
                }
                for (ReportDtos.IndicatorLine ind : task.indicators()) {
                    rows.add(row(area.pillar().labelVi(), area.title(), task.title(),
                            unitNames.getOrDefault(task.leadUnitCode(), task.leadUnitCode()), status,
                            task.overdue() ? "Quá hạn" : "", ind.name(), ind.target(), ind.actual(),
                            ind.progress() == null ? null : percent(ind.progress()),
                            ind.source() == null ? null : LabelCatalogue.find("IndicatorSource", ind.source(), Language.VI)
                                    .orElse(ind.source())));
                }
            }
        }
        return new Table("Tổng hợp " + c.period(), List.of("Trụ cột", "Nội dung", "Nhiệm vụ", "Đơn vị chủ trì", "Tình trạng",
                "Quá hạn", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ", "Nguồn số liệu"), rows);
    }

    public static Table annual(StatisticsDtos.Annual a, PrintedReports.Labels labels) {
        List<List<Object>> rows = new ArrayList<>();
        if (a.agreements() != null) {
            agreementRows(rows, "Thỏa thuận ký trong năm theo nước", a.agreements().signedByCountry(), labels);
            agreementRows(rows, "Thỏa thuận ký trong năm theo lĩnh vực", a.agreements().signedByField(), labels);
            agreementRows(rows, "Thỏa thuận còn hiệu lực theo nước", a.agreements().inForceByCountry(), labels);
            agreementRows(rows, "Thỏa thuận hết hạn trong năm theo nước", a.agreements().expiringByCountry(), labels);
        }
        if (a.delegations() != null) {
            delegationRows(rows, "Đoàn ra, đoàn vào theo nước", a.delegations().byDirectionAndCountry(), labels);
            delegationRows(rows, "Đoàn ra, đoàn vào theo mục đích", a.delegations().byDirectionAndPurpose(), labels);
            delegationRows(rows, "Đoàn ra, đoàn vào theo cấp trưởng đoàn", a.delegations().byDirectionAndHeadLevel(), labels);
        }
        for (String service : a.missing()) {
            rows.add(row("Thiếu số liệu", service, null, null, null, null, null));
        }
        return new Table("Năm " + a.year(), List.of("Phần", "Nhóm", "Số thỏa thuận", "Số đoàn", "Số thành viên",
                "Ngày-người", "Chi phí (VND)"), rows);
    }

    public static Table annualAgreements(AgreementReportDtos.AnnualAgreementReport r, PrintedReports.Labels labels) {
        List<List<Object>> rows = new ArrayList<>();
        agreementLines(rows, "Ký trong năm " + r.year(), r.signed(), labels);
        agreementLines(rows, "Đang có hiệu lực", r.inForce(), labels);
        agreementLines(rows, "Hết hạn năm " + r.year() + "–" + (r.year() + 1), r.expiring(), labels);
        agreementLines(rows, "Kế hoạch ký năm " + (r.year() + 1), r.planned(), labels);
        return new Table("Thỏa thuận " + r.year(), List.of("Phần", "Số, ký hiệu", "Tên thỏa thuận", "Đối tác", "Nước", "Lĩnh vực",
                "Loại", "Tình trạng", "Cơ quan chủ trì", "Ngày đề xuất", "Ngày ký", "Ngày hiệu lực", "Ngày hết hạn"), rows);
    }

    private static void agreementLines(List<List<Object>> rows, String section, List<AgreementReportDtos.AgreementLine> lines,
            PrintedReports.Labels labels) {
        for (AgreementReportDtos.AgreementLine a : lines) {
            rows.add(row(section, a.referenceNumber(), a.title(), String.join("; ", a.partners()),
                    a.countries().stream().map(c -> labels.countries().getOrDefault(c, c)).collect(Collectors.joining(", ")),
                    a.fields().stream().map(f -> labels.fields().getOrDefault(f, f)).collect(Collectors.joining(", ")),
                    a.kind() == null ? null : labels.kinds().getOrDefault(a.kind(), a.kind()),
                    a.status() == null ? null : labels.statuses().getOrDefault(a.status(), a.status()),
                    a.responsibleUnit(), a.proposedOn(), a.signedOn(),
                    a.inForceOn(), a.expiresOn()));
        }
    }

    private static void agreementRows(List<List<Object>> rows, String section, List<StatisticsDtos.AgreementRow> figures,
            PrintedReports.Labels labels) {
        for (StatisticsDtos.AgreementRow r : figures) {
            rows.add(row(section, keys(r.keys(), labels), r.agreements(), null, null, null, null));
        }
    }

    private static void delegationRows(List<List<Object>> rows, String section, List<StatisticsDtos.DelegationRow> figures,
            PrintedReports.Labels labels) {
        for (StatisticsDtos.DelegationRow r : figures) {
            rows.add(row(section, keys(r.keys(), labels), null, r.delegations(), r.members(), r.personDays(), r.costVnd()));
        }
    }

    /** A group's codes by their labels: {@code OUTBOUND · LA} prints as {@code Đoàn ra · Lào}. */
    private static String keys(Map<String, Object> keys, PrintedReports.Labels labels) {
        return keys.entrySet().stream().map(k -> {
            String code = k.getValue() == null ? "" : k.getValue().toString();
            Map<String, String> list = switch (k.getKey()) {
                case "country" -> labels.countries();
                case "field" -> labels.fields();
                case "direction" -> labels.directions();
                case "purpose" -> labels.purposes();
                case "headLevel", "level" -> labels.levels();
                case "province" -> labels.provinces();
                default -> Map.of();
            };
            return list.getOrDefault(code, code);
        }).collect(Collectors.joining(" · "));
    }

    private static String percent(double rate) {
        return Math.round(rate * 1000) / 10.0 + "%";
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }
}
