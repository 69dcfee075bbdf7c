package vn.doingoai.reporting.api.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.doingoai.reporting.api.AgreementReportDtos;
import vn.doingoai.reporting.api.AgreementReportDtos.AgreementLine;
import vn.doingoai.reporting.api.ReportDtos;
import vn.doingoai.reporting.domain.Period;
import vn.doingoai.reporting.domain.Pillar;
import vn.doingoai.reporting.domain.TaskStatus;

/** The two documents the service prints: the consolidated report of a programme and the annual agreement report to MOFA. */
public final class PrintedReports {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(VIETNAM);
    private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };

    /** How agreement-service's states read in a document to the Ministry. */
    /**
     * Vietnamese names for the other services' codes an export or a document prints; a code
     * without a label prints as itself (the service that labels it could not be read).
     */
    public record Labels(Map<String, String> countries, Map<String, String> fields, Map<String, String> kinds,
            Map<String, String> statuses, Map<String, String> directions, Map<String, String> purposes,
            Map<String, String> levels, Map<String, String> provinces) {

        public String of(Map<String, String> list, String code) {
            return code == null ? null : list.getOrDefault(code, code);
        }
    }

    private PrintedReports() {
    }

    public static Docx consolidated(ReportDtos.Consolidated c, String provinceName, Map<String, String> unitNames) {
        Period period = Period.parse(c.period());
        LocalDate today = LocalDate.now(VIETNAM);
        Docx doc = new Docx()
                .letterhead("Ủy ban nhân dân " + provinceName, "Sở Ngoại vụ", "BC-SNgV", place(provinceName), today)
                .title("BÁO CÁO", "Kết quả thực hiện " + c.title() + " (" + c.number() + "), " + period.labelVi());
        Map<TaskStatus, Integer> byStatus = new EnumMap<>(TaskStatus.class);
        int unreported = 0;
        for (ReportDtos.AreaLine area : c.contentAreas()) {
            for (ReportDtos.TaskLine task : area.tasks()) {
                if (task.status() == null) {
                    unreported++;
                } else {
                    byStatus.merge(task.status(), 1, Integer::sum);
                }
            }
        }
        String statuses = byStatus.entrySet().stream().map(e -> e.getKey().labelVi().toLowerCase(java.util.Locale.ROOT) + " "
                + e.getValue()).collect(Collectors.joining(", "));
        doc.text("Trong " + period.labelVi() + ", " + c.tasks() + " nhiệm vụ được theo dõi"
                + (statuses.isEmpty() ? "" : ": " + statuses) + (unreported > 0 ? "; " + unreported + " nhiệm vụ chưa có báo cáo của "
                + "đơn vị chủ trì" : "") + ". Số nhiệm vụ quá hạn: " + c.overdueTasks() + ".");
        if (!c.missing().isEmpty()) {
            doc.note("Chưa lấy được số liệu từ " + String.join(", ", c.missing())
                    + "; các chỉ tiêu tự động tương ứng để trống.");
        }
        int pillarNumber = 0;
        for (Pillar pillar : Pillar.values()) {
            List<ReportDtos.AreaLine> areas = c.contentAreas().stream().filter(a -> a.pillar() == pillar).toList();
            if (areas.isEmpty()) {
                continue;
            }
            doc.heading(ROMAN[pillarNumber++] + ". " + pillar.labelVi().toUpperCase(java.util.Locale.ROOT));
            for (ReportDtos.AreaLine area : areas) {
                // Numbered as in the programme itself, so "content area 5" means the same in both documents.
                doc.subheading((c.contentAreas().indexOf(area) + 1) + ". " + area.title());
                List<List<String>> rows = new ArrayList<>();
                int taskNumber = 1;
                for (ReportDtos.TaskLine task : area.tasks()) {
                    rows.add(List.of(Integer.toString(taskNumber++), task.title() + (task.overdue() ? "\n(Quá hạn)" : ""),
                            unitNames.getOrDefault(task.leadUnitCode(), task.leadUnitCode()), progress(task),
                            indicators(task.indicators())));
                }
                doc.table(List.of("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Tình hình thực hiện", "Chỉ tiêu"),
                        List.of(6, 30, 18, 26, 20), rows);
            }
        }
        doc.note("Số liệu tổng hợp từ hệ thống Đối ngoại lúc " + MOMENT.format(c.asOf()) + ".");
        return doc.closing(List.of("Ủy ban nhân dân tỉnh (để báo cáo);", "Bộ Ngoại giao (để biết);", "Lưu: VT."), "GIÁM ĐỐC", null);
    }

    public static Docx annualAgreements(AgreementReportDtos.AnnualAgreementReport r, Labels labels) {
        String province = r.provinceName() == null ? "tỉnh " + r.province() : r.provinceName();
        LocalDate today = LocalDate.now(VIETNAM);
        Docx doc = new Docx()
                .letterhead(null, "Ủy ban nhân dân " + province, "BC-UBND", place(province), today)
                .title("BÁO CÁO", "Tình hình ký kết và thực hiện thỏa thuận quốc tế năm " + r.year()
                        + " và kế hoạch ký kết thỏa thuận quốc tế năm " + (r.year() + 1))
                .centredLine("Kính gửi: Bộ Ngoại giao", false)
                .text("Thực hiện Luật Thỏa thuận quốc tế năm 2020 và Nghị định số 64/2021/NĐ-CP, Ủy ban nhân dân "
                        + lower(province) + " báo cáo tình hình ký kết, thực hiện thỏa thuận quốc tế năm " + r.year()
                        + " và kế hoạch ký kết thỏa thuận quốc tế năm " + (r.year() + 1) + " như sau:");

        doc.heading("I. TÌNH HÌNH KÝ KẾT THỎA THUẬN QUỐC TẾ NĂM " + r.year());
        doc.text(r.signed().isEmpty() ? "Trong năm " + r.year() + ", tỉnh không ký kết thỏa thuận quốc tế nào."
                : "Trong năm " + r.year() + ", tỉnh đã ký kết " + r.signed().size() + " thỏa thuận quốc tế:");
        if (!r.signed().isEmpty()) {
            doc.table(List.of("TT", "Tên thỏa thuận", "Đối tác", "Lĩnh vực", "Ngày ký", "Tình trạng"),
                    List.of(6, 32, 22, 16, 11, 13), rows(r.signed(), labels, a -> day(a.signedOn()), a -> label(labels.statuses(), a.status())));
        }

        doc.heading("II. TÌNH HÌNH THỰC HIỆN THỎA THUẬN QUỐC TẾ");
        doc.text("Đến ngày " + DAY.format(r.asOf().atZone(VIETNAM)) + ", tỉnh có " + r.inForce().size()
                + " thỏa thuận quốc tế đang có hiệu lực" + (r.inForceByCountry().isEmpty() ? "." : ", với đối tác của "
                + r.inForceByCountry().stream().map(c -> label(labels.countries(), c.code()) + " (" + c.agreements() + ")")
                        .collect(Collectors.joining(", ")) + "."));
        if (!r.inForceByField().isEmpty()) {
            doc.text("Theo lĩnh vực hợp tác: " + r.inForceByField().stream()
                    .map(c -> label(labels.fields(), c.code()) + " (" + c.agreements() + ")").collect(Collectors.joining(", "))
                    + ".");
        }
        if (!r.inForce().isEmpty()) {
            doc.table(List.of("TT", "Tên thỏa thuận", "Đối tác", "Lĩnh vực", "Hiệu lực", "Hết hạn"),
                    List.of(6, 34, 22, 16, 11, 11), rows(r.inForce(), labels, a -> day(a.inForceOn()), a -> day(a.expiresOn())));
        }
        doc.subheading("Thỏa thuận hết hạn trong năm " + r.year() + " và năm " + (r.year() + 1));
        if (r.expiring().isEmpty()) {
            doc.text("Không có thỏa thuận quốc tế nào hết hạn trong thời gian này.");
        } else {
            doc.table(List.of("TT", "Tên thỏa thuận", "Đối tác", "Lĩnh vực", "Ngày hết hạn", "Tình trạng"),
                    List.of(6, 32, 22, 16, 11, 13), rows(r.expiring(), labels, a -> day(a.expiresOn()), a -> label(labels.statuses(), a.status())));
        }

        doc.heading("III. KẾ HOẠCH KÝ KẾT THỎA THUẬN QUỐC TẾ NĂM " + (r.year() + 1));
        doc.text(r.planned().isEmpty() ? "Tỉnh chưa có thỏa thuận quốc tế dự kiến ký kết."
                : "Tỉnh dự kiến ký kết " + r.planned().size() + " thỏa thuận quốc tế:");
        if (!r.planned().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (AgreementLine a : r.planned()) {
                rows.add(List.of(Integer.toString(n++), a.title() + "\n" + label(labels.kinds(), a.kind()), partners(a, labels),
                        fields(a, labels), a.responsibleUnit() == null ? "" : a.responsibleUnit(),
                        label(labels.statuses(), a.status()) + (a.proposedOn() == null ? "" : "\nĐề xuất " + day(a.proposedOn()))));
            }
            doc.table(List.of("TT", "Tên, loại thỏa thuận", "Đối tác", "Lĩnh vực", "Cơ quan chủ trì", "Tiến độ"),
                    List.of(6, 30, 20, 16, 14, 14), rows);
        }
        doc.note("Số liệu lấy từ hệ thống Đối ngoại lúc " + MOMENT.format(r.asOf()) + "; hạn gửi Bộ Ngoại giao: "
                + DAY.format(r.dueBy()) + ".");
        return doc.closing(List.of("Như trên;", "Thường trực Tỉnh ủy, HĐND tỉnh (để báo cáo);", "Sở Ngoại vụ;", "Lưu: VT."),
                "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
    }

    /** One row per agreement: number, title, partners, fields, then two columns that differ by table. */
    private static List<List<String>> rows(List<AgreementLine> lines, Labels labels, Function<AgreementLine, String> fifth,
            Function<AgreementLine, String> sixth) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (AgreementLine a : lines) {
            rows.add(List.of(Integer.toString(n++), title(a), partners(a, labels), fields(a, labels), fifth.apply(a),
                    sixth.apply(a)));
        }
        return rows;
    }

    private static String title(AgreementLine a) {
        return a.title() + (a.referenceNumber() == null ? "" : "\n(" + a.referenceNumber() + ")");
    }

    private static String partners(AgreementLine a, Labels labels) {
        return String.join("; ", a.partners()) + (a.countries().isEmpty() ? "" : "\n("
                + a.countries().stream().map(c -> label(labels.countries(), c)).collect(Collectors.joining(", ")) + ")");
    }

    private static String fields(AgreementLine a, Labels labels) {
        return a.fields().stream().map(f -> label(labels.fields(), f)).collect(Collectors.joining(", "));
    }

    private static String progress(ReportDtos.TaskLine task) {
        String status = task.status() == null ? "Chưa báo cáo" : task.status().labelVi();
        return task.narrative() == null || task.narrative().isBlank() ? status : status + "\n" + task.narrative();
    }

    private static String indicators(List<ReportDtos.IndicatorLine> indicators) {
        return indicators.stream().map(i -> i.name() + ": " + number(i.actual()) + " / " + number(i.target())
                + (i.unit() == null ? "" : " " + i.unit())
                + (i.progress() == null ? "" : " (" + Math.round(i.progress() * 100) + "%)"))
                .collect(Collectors.joining("\n"));
    }

    private static String number(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    /** "Tỉnh Thanh Hóa" is dated at "Thanh Hóa"; "Thành phố Hà Nội" at "Hà Nội". */
    static String place(String provinceName) {
        for (String prefix : List.of("Tỉnh ", "tỉnh ", "Thành phố ", "thành phố ")) {
            if (provinceName.startsWith(prefix)) {
                return provinceName.substring(prefix.length());
            }
        }
        return provinceName;
    }

    private static String lower(String provinceName) {
        return provinceName.isEmpty() ? provinceName
                : Character.toLowerCase(provinceName.charAt(0)) + provinceName.substring(1);
    }

}
