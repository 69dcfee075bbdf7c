package vn.doingoai.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import vn.doingoai.commons.text.VietnameseText;

/**
 * reporting-service's share: forty reporting units for every province code that ever existed, and
 * five-year programmes (2016–2020 issued by the provinces of then, 2021–2025 by today's) reported on
 * quarterly: 8 tasks, each led by one unit with four coordinating, so 40 units × 20 periods.
 */
final class ReportingVolume {

    static final int UNIT = 21;
    static final int PROGRAMME = 22;
    static final int AREA = 23;
    static final int TASK = 24;
    static final int REPORT = 25;
    static final int UNITS = 40;
    static final int TASKS = 8;
    static final int PERIODS = 20;

    private static final List<String> DEPARTMENTS = List.of("Sở Ngoại vụ", "Sở Công Thương", "Sở Tài chính", "Sở Nội vụ",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Nông nghiệp và Môi trường",
            "Sở Khoa học và Công nghệ", "Sở Xây dựng", "Sở Tư pháp", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Ban Quản lý các khu công nghiệp", "Đài Phát thanh và Truyền hình tỉnh",
            "Liên hiệp các tổ chức hữu nghị tỉnh", "Trường Đại học tỉnh", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch",
            "Văn phòng UBND tỉnh");
    private static final List<String> COMMUNES = List.of("Tân Lập", "Hòa Bình", "Thống Nhất", "Quang Trung", "Đồng Tâm",
            "Hưng Đạo", "Minh Khai", "Trần Phú", "Lê Lợi", "Tân Tiến", "Phú Lộc", "An Thịnh", "Xuân Phong", "Thái Hòa",
            "Nghĩa Hưng", "Thuận Thành", "Bình Minh", "Hợp Thành", "Phong Phú", "Cát Tiên");
    private static final String[] PILLARS = {"PARTY_EXTERNAL_RELATIONS", "STATE_DIPLOMACY", "PEOPLE_TO_PEOPLE_DIPLOMACY"};
    private static final String[] AREAS = {"Đối ngoại Đảng", "Ngoại giao Nhà nước", "Đối ngoại nhân dân"};
    private static final List<String> TASK_TITLES = List.of("Tổ chức đoàn ra, đoàn vào theo kế hoạch",
            "Triển khai các thỏa thuận quốc tế đã ký", "Xúc tiến đầu tư, thương mại với đối tác nước ngoài",
            "Công tác thông tin đối ngoại", "Quản lý biên giới và hợp tác với địa phương giáp biên",
            "Vận động viện trợ phi chính phủ nước ngoài", "Công tác người Việt Nam ở nước ngoài",
            "Giao lưu nhân dân, kết nghĩa địa phương");

    private final Volume volume;
    private final Provinces provinces;
    private final List<String> codes = new ArrayList<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    ReportingVolume(Volume volume, Provinces provinces) {
        this.volume = volume;
        this.provinces = provinces;
        for (Provinces.Line line : provinces.lines()) {
            for (Provinces.Unit unit : line.units()) {
                if (!codes.contains(unit.code())) {
                    codes.add(unit.code());
                    names.put(unit.code(), unit.nameVi());
                }
            }
        }
    }

    /**
     * Enough programmes for the unit reports, and never fewer than one for every province code: a
     * small load still gives each province (the measured one too) a programme to report on.
     */
    long programmes() {
        return Math.max(codes.size(), (volume.unitReports() + UNITS * PERIODS - 1) / (UNITS * PERIODS));
    }

    void load(Bulk bulk, Progress progress) throws SQLException {
        progress.step("reporting-service: " + codes.size() * UNITS + " units, " + programmes() + " programmes, "
                + programmes() * UNITS * PERIODS + " unit reports");
        bulk.delete("unit_report", BenchIds.loaded("id"));
        bulk.delete("task_coordinator", BenchIds.loaded("task_id"));
        bulk.delete("task", BenchIds.loaded("id"));
        bulk.delete("content_area", BenchIds.loaded("id"));
        bulk.delete("programme", BenchIds.loaded("id"));
        bulk.delete("reporting_unit", BenchIds.loaded("id"));
        for (String table : List.of("reporting_unit", "programme", "content_area", "task", "task_coordinator", "unit_report")) {
            bulk.dropIndexes(table);
        }
        try (Csv csv = bulk.copy("reporting_unit", "id, province_code, code, name_vi, active")) {
            for (int c = 0; c < codes.size(); c++) {
                for (int u = 0; u < UNITS; u++) {
                    String name = u < DEPARTMENTS.size() ? DEPARTMENTS.get(u) : "UBND xã " + COMMUNES.get(u - DEPARTMENTS.size());
                    csv.id(unit(c, u)).text(codes.get(c)).text(String.format("DON_VI_%02d", u + 1)).text(name).bool(true).end();
                }
            }
        }
        try (Csv csv = bulk.copy("programme", "id, province_code, version, number, title, kind, issuing_body, issued_on, from_year, "
                + "to_year, status, cadence, on_time_days, search_text, created_at, created_by, updated_at, updated_by")) {
            for (long p = 0; p < programmes(); p++) {
                Programme g = programme(p);
                String title = "Chương trình hành động về công tác đối ngoại giai đoạn " + g.fromYear + "–" + (g.fromYear + 4)
                        + " của " + names.get(g.code) + (p >= codes.size() * 2L ? " (chuyên đề " + (p / (codes.size() * 2L) + 1) + ")" : "");
                OffsetDateTime issued = g.issued.atTime(8, 0).atOffset(ZoneOffset.UTC);
                csv.id(g.id).text(g.code).raw(g.current ? 1 : 2).text((p + 1) + "/CTr-UBND").text(title).text("PROGRAMME")
                        .text("Ủy ban nhân dân " + names.get(g.code)).date(g.issued).raw(g.fromYear).raw(g.fromYear + 4)
                        .text(g.current ? "ISSUED" : "CLOSED").text("QUARTER").raw(15).text(VietnameseText.fold(title))
                        .raw(issued).text(Volume.officer(g.code)).raw(issued).text(Volume.officer(g.code)).end();
            }
        }
        try (Csv csv = bulk.copy("content_area", "id, programme_id, position, title, pillar")) {
            for (long p = 0; p < programmes(); p++) {
                for (int a = 0; a < 3; a++) {
                    csv.id(BenchIds.of(AREA, p * 3 + a)).id(programme(p).id).raw(a + 1).text(AREAS[a]).text(PILLARS[a]).end();
                }
            }
        }
        try (Csv csv = bulk.copy("task", "id, programme_id, content_area_id, title, lead_unit_id, recurrence, closed, created_at")) {
            for (long p = 0; p < programmes(); p++) {
                Programme g = programme(p);
                for (int t = 0; t < TASKS; t++) {
                    csv.id(task(p, t)).id(g.id).id(BenchIds.of(AREA, p * 3 + t % 3)).text(TASK_TITLES.get(t)).id(unit(g.codeIndex, t * 5))
                            .text("QUARTERLY").bool(false).raw(g.issued.atTime(9, t).atOffset(ZoneOffset.UTC)).end();
                }
            }
        }
        try (Csv csv = bulk.copy("task_coordinator", "task_id, unit_id")) {
            for (long p = 0; p < programmes(); p++) {
                Programme g = programme(p);
                for (int t = 0; t < TASKS; t++) {
                    for (int c = 1; c < 5; c++) {
                        csv.id(task(p, t)).id(unit(g.codeIndex, t * 5 + c)).end();
                    }
                }
            }
        }
        try (Csv csv = bulk.copy("unit_report", "id, programme_id, unit_id, province_code, period, version, status, entries, "
                + "submitted_on, returned_reason, created_at, updated_at, updated_by")) {
            for (long p = 0; p < programmes(); p++) {
                Programme g = programme(p);
                for (int q = 0; q < PERIODS; q++) {
                    int year = g.fromYear + q / 4;
                    int quarter = q % 4 + 1;
                    LocalDate end = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
                    for (int u = 0; u < UNITS; u++) {
                        long n = (p * PERIODS + q) * UNITS + u;
                        SplittableRandom random = Volume.random(REPORT, n);
                        int r = random.nextInt(100);
                        if (r < 2 || end.isAfter(Volume.TODAY)) {
                            continue; // not sent: what completeness is for
                        }
                        String status = r < 5 ? "DRAFT" : r < 7 ? "RETURNED" : r < 15 ? "SUBMITTED" : "ACCEPTED";
                        LocalDate submitted = status.equals("DRAFT") ? null : end.plusDays(random.nextInt(r < 30 ? 40 : 15));
                        int t = u / 5;
                        String entry = "[{\"taskId\":\"" + task(p, t) + "\",\"status\":\"" + (q == PERIODS - 1 ? "DONE" : r < 20 ? "AT_RISK" : "ON_TRACK")
                                + "\",\"narrative\":\"Quý " + quarter + "/" + year + ": " + TASK_TITLES.get(t).toLowerCase()
                                + " theo kế hoạch.\",\"actuals\":{},\"evidence\":[]}]";
                        OffsetDateTime at = (submitted == null ? end : submitted).atTime(15, 0).atOffset(ZoneOffset.UTC);
                        csv.id(BenchIds.of(REPORT, n)).id(g.id).id(unit(g.codeIndex, u)).text(g.code).text(year + "-Q" + quarter)
                                .raw(status.equals("DRAFT") ? 0 : status.equals("ACCEPTED") ? 2 : 1).text(status).text(entry).date(submitted)
                                .text(status.equals("RETURNED") ? "Đề nghị bổ sung số liệu." : null).raw(at).raw(at).text(Volume.officer(g.code)).end();
                    }
                }
            }
        }
        bulk.commit("reporting_unit", "programme", "content_area", "task", "task_coordinator", "unit_report");
    }

    private record Programme(UUID id, String code, int codeIndex, int fromYear, LocalDate issued, boolean current) {
    }

    /** Programme {@code p}: round the codes, earlier ones for the period before the reorganisation. */
    private Programme programme(long p) {
        int round = (int) (p / codes.size());
        boolean current = round % 2 == 0;
        int fromYear = current ? 2021 : 2016;
        // 2016–2020 programmes were issued by the provinces of then; 2021–2025 ones by the codes still valid in 2021.
        int c = (int) (p % codes.size());
        String code = codes.get(c);
        return new Programme(BenchIds.of(PROGRAMME, p), code, c, fromYear, LocalDate.of(fromYear, 1, 15), current);
    }

    private UUID unit(int codeIndex, int u) {
        return BenchIds.of(UNIT, (long) codeIndex * UNITS + u);
    }

    private static UUID task(long p, int t) {
        return BenchIds.of(TASK, p * TASKS + t);
    }
}
