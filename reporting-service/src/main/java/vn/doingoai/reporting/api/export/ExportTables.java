package vn.doingoai.reporting.api.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
                    u.status() == null ? null : u.status().name(), u.submittedOn()));
        }
        rows.add(row("TỔNG", "Tỷ lệ báo cáo " + percent(c.reportingRate()) + ", đúng hạn " + percent(c.onTimeRate()),
                c.received(), c.receivedOnTime(), null, c.dueBy()));
        return new Table("Kỳ " + c.period(), List.of("Mã đơn vị", "Đơn vị", "Đã nhận", "Đúng hạn", "Trạng thái", "Ngày nộp"), rows);
    }

    public static Table consolidated(ReportDtos.Consolidated c) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReportDtos.AreaLine area : c.contentAreas()) {
            for (ReportDtos.TaskLine task : area.tasks()) {
                String status = task.status() == null ? "Chưa báo cáo" : task.status().name();
                if (task.indicators().isEmpty()) {
                    rows.add(row(area.pillar().name(), area.title(), task.title(), task.leadUnitCode(), status,
                            task.overdue() ? "Quá hạn" : "", null, null, null, null, null));
                }
                for (ReportDtos.IndicatorLine ind : task.indicators()) {
                    rows.add(row(area.pillar().name(), area.title(), task.title(), task.leadUnitCode(), status,
                            task.overdue() ? "Quá hạn" : "", ind.name(), ind.target(), ind.actual(),
                            ind.progress() == null ? null : percent(ind.progress()), ind.source()));
                }
            }
        }
        return new Table("Tổng hợp " + c.period(), List.of("Trụ cột", "Nội dung", "Nhiệm vụ", "Đơn vị chủ trì", "Tình trạng",
                "Quá hạn", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ", "Nguồn số liệu"), rows);
    }

    public static Table annual(StatisticsDtos.Annual a) {
        List<List<Object>> rows = new ArrayList<>();
        if (a.agreements() != null) {
            agreementRows(rows, "Thỏa thuận ký trong năm theo nước", a.agreements().signedByCountry());
            agreementRows(rows, "Thỏa thuận ký trong năm theo lĩnh vực", a.agreements().signedByField());
            agreementRows(rows, "Thỏa thuận còn hiệu lực theo nước", a.agreements().inForceByCountry());
            agreementRows(rows, "Thỏa thuận hết hạn trong năm theo nước", a.agreements().expiringByCountry());
        }
        if (a.delegations() != null) {
            delegationRows(rows, "Đoàn ra, đoàn vào theo nước", a.delegations().byDirectionAndCountry());
            delegationRows(rows, "Đoàn ra, đoàn vào theo mục đích", a.delegations().byDirectionAndPurpose());
            delegationRows(rows, "Đoàn ra, đoàn vào theo cấp trưởng đoàn", a.delegations().byDirectionAndHeadLevel());
        }
        for (String service : a.missing()) {
            rows.add(row("Thiếu số liệu", service, null, null, null, null, null));
        }
        return new Table("Năm " + a.year(), List.of("Phần", "Nhóm", "Số thỏa thuận", "Số đoàn", "Số thành viên",
                "Ngày-người", "Chi phí (VND)"), rows);
    }

    private static void agreementRows(List<List<Object>> rows, String section, List<StatisticsDtos.AgreementRow> figures) {
        for (StatisticsDtos.AgreementRow r : figures) {
            rows.add(row(section, keys(r.keys()), r.agreements(), null, null, null, null));
        }
    }

    private static void delegationRows(List<List<Object>> rows, String section, List<StatisticsDtos.DelegationRow> figures) {
        for (StatisticsDtos.DelegationRow r : figures) {
            rows.add(row(section, keys(r.keys()), null, r.delegations(), r.members(), r.personDays(), r.costVnd()));
        }
    }

    private static String keys(Map<String, Object> keys) {
        return keys.values().stream().map(v -> v == null ? "" : v.toString()).collect(Collectors.joining(" · "));
    }

    private static String percent(double rate) {
        return Math.round(rate * 1000) / 10.0 + "%";
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }
}
