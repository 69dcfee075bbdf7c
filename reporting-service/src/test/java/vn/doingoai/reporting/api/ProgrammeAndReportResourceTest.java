package vn.doingoai.reporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.doingoai.reporting.SuiteServicesResource;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.SuccessionScenarios;
import vn.doingoai.commons.testing.TestTokens;

/**
 * Điện Biên (11) runs a plan; Sở Thông tin và Truyền thông leads the external-information task and
 * the border guard coordinates it. Reports for a closed period: created, written, submitted,
 * returned, resubmitted and accepted; the rates and the consolidated picture follow.
 */
@QuarkusTest
@QuarkusTestResource(SuiteServicesResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ProgrammeAndReportResourceTest {

    @org.junit.jupiter.api.BeforeEach
    void units() {
        ReportingUnits.ensure();
    }

    static String officer() {
        return TestTokens.user("db.officer").roles("officer").province("11").sign();
    }

    static String approver() {
        return TestTokens.user("db.approver").roles("approver").province("11").sign();
    }

    static String reporter(String unit) {
        return TestTokens.user("reporter." + unit).roles("unit-reporter").province("11").unit(unit).sign();
    }

    static String etag(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then().statusCode(200).extract().header("ETag");
    }

    private record Plan(String id, String task) {
    }

    private Plan issuedPlan(String number) {
        String id = given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("number", number, "title", "Kế hoạch hành động triển khai công tác đối ngoại " + number,
                        "kind", "PLAN", "issuingBody", "Ủy ban nhân dân tỉnh Điện Biên", "fromYear", 2025, "toYear", 2027,
                        "cadence", "QUARTER"))
                .when().post("/api/v1/programmes").then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        String path = "/api/v1/programmes/" + id;
        given().auth().oauth2(officer()).header("If-Match", etag(officer(), path)).contentType("application/json")
                .body(Map.of("items", List.of(
                        Map.of("title", "Lãnh đạo, quản lý công tác đối ngoại", "pillar", "PARTY_EXTERNAL_RELATIONS"),
                        Map.of("title", "Thông tin đối ngoại", "pillar", "STATE_DIPLOMACY"))))
                .when().put(path + "/content-areas").then().statusCode(200).body("contentAreas", hasSize(2));
        String area = given().auth().oauth2(officer()).when().get(path).path("contentAreas[1].id");
        Map<String, Object> task = new HashMap<>(Map.of("contentAreaId", area,
                "title", "Tăng cường thông tin đối ngoại trên báo chí và mạng xã hội", "leadUnitCode", "SO_TTTT",
                "coordinatingUnitCodes", List.of("BCH_BDBP"), "recurrence", "QUARTERLY",
                "indicators", List.of(Map.of("code", "ARTICLES", "name", "Tin, bài thông tin đối ngoại", "unit", "bài",
                        "baseline", 40, "targets", Map.of("2026-Q3", 60), "direction", "INCREASE"),
                        Map.of("code", "AGREEMENTS_LA", "name", "Thỏa thuận còn hiệu lực với đối tác Lào", "direction", "INCREASE",
                                "automaticSource", "AGREEMENTS_IN_FORCE", "automaticCountry", "LA"))));
        String taskId = given().auth().oauth2(officer()).header("If-Match", etag(officer(), path)).contentType("application/json")
                .body(task).when().post(path + "/tasks").then().statusCode(201)
                .body("leadUnitCode", equalTo("SO_TTTT")).body("coordinatingUnitCodes", contains("BCH_BDBP")).extract().path("id");
        given().auth().oauth2(officer()).header("If-Match", etag(officer(), path)).contentType("application/json")
                .body(Map.of("action", "ISSUE")).when().post(path + "/transitions").then().statusCode(403);
        given().auth().oauth2(approver()).header("If-Match", etag(approver(), path)).contentType("application/json")
                .body(Map.of("action", "ISSUE")).when().post(path + "/transitions")
                .then().statusCode(200).body("status", equalTo("ISSUED")).body("allowedActions", contains("CLOSE"));
        return new Plan(id, taskId);
    }

    @Test
    void aUnitReportsAndTheDepartmentAcceptsIt() {
        Plan plan = issuedPlan("139/KH-UBND");
        Map<String, Object> entry = Map.of("taskId", plan.task(), "status", "ON_TRACK",
                "narrative", "Đăng 65 tin, bài về hợp tác với Lào.", "actuals", Map.of("ARTICLES", 65));
        given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("programmeId", plan.id(), "period", "2026-Q3")).when().post("/api/v1/reports").then().statusCode(403);
        given().auth().oauth2(reporter("SO_NGOAI_VU")).contentType("application/json")
                .body(Map.of("programmeId", plan.id(), "period", "2026-Q3")).when().post("/api/v1/reports")
                .then().statusCode(409).body("code", equalTo("REPORT_NOT_EXPECTED"));
        given().auth().oauth2(reporter("SO_TTTT")).contentType("application/json")
                .body(Map.of("programmeId", plan.id(), "period", "2026-H1")).when().post("/api/v1/reports")
                .then().statusCode(400).body("errors[0].field", equalTo("period"));
        String report = given().auth().oauth2(reporter("SO_TTTT")).contentType("application/json")
                .body(Map.of("programmeId", plan.id(), "period", "2026-Q3")).when().post("/api/v1/reports")
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("allowedActions", hasSize(0))
                .body("blockedActions[0].action", equalTo("SUBMIT")).body("blockedActions[0].code", equalTo("REPORT_INCOMPLETE"))
                .extract().path("id");
        String path = "/api/v1/reports/" + report;
        given().auth().oauth2(reporter("SO_TTTT")).header("If-Match", etag(reporter("SO_TTTT"), path))
                .contentType("application/json").body(Map.of("action", "SUBMIT")).when().post(path + "/transitions")
                .then().statusCode(409).body("code", equalTo("REPORT_INCOMPLETE")).body("errors[0].field", equalTo("entries"));
        given().auth().oauth2(reporter("SO_TTTT")).header("If-Match", etag(reporter("SO_TTTT"), path))
                .contentType("application/json").body(Map.of("entries", List.of(Map.of("taskId", plan.task(), "status", "ON_TRACK",
                        "actuals", Map.of("AGREEMENTS_LA", 3))))).when().put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("entries[0].actuals.AGREEMENTS_LA"));
        given().auth().oauth2(reporter("SO_TTTT")).header("If-Match", etag(reporter("SO_TTTT"), path))
                .contentType("application/json").body(Map.of("entries", List.of(entry))).when().put(path).then().statusCode(200)
                .body("allowedActions", contains("SUBMIT")).body("blockedActions", hasSize(0));
        given().auth().oauth2(reporter("BCH_BDBP")).when().get(path).then().statusCode(404);
        given().auth().oauth2(reporter("SO_TTTT")).header("If-Match", etag(reporter("SO_TTTT"), path))
                .contentType("application/json").body(Map.of("action", "SUBMIT")).when().post(path + "/transitions")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("onTime", equalTo(false));

        given().auth().oauth2(officer()).header("If-Match", etag(officer(), path)).contentType("application/json")
                .body(Map.of("action", "RETURN")).when().post(path + "/transitions").then().statusCode(400);
        given().auth().oauth2(officer()).header("If-Match", etag(officer(), path)).contentType("application/json")
                .body(Map.of("action", "RETURN", "comment", "Bổ sung số liệu tháng 9")).when().post(path + "/transitions")
                .then().statusCode(200).body("status", equalTo("RETURNED")).body("returnedReason", equalTo("Bổ sung số liệu tháng 9"));
        given().auth().oauth2(reporter("SO_TTTT")).header("If-Match", etag(reporter("SO_TTTT"), path))
                .contentType("application/json").body(Map.of("action", "SUBMIT")).when().post(path + "/transitions")
                .then().statusCode(200);
        given().auth().oauth2(approver()).header("If-Match", etag(approver(), path)).contentType("application/json")
                .body(Map.of("action", "ACCEPT")).when().post(path + "/transitions")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("allowedActions", hasSize(0));

        // One of two expected units reported; it did so after the on-time window of 2026-Q3 (15 Oct).
        given().auth().oauth2(officer()).queryParam("programmeId", plan.id()).queryParam("period", "2026-Q3")
                .when().get("/api/v1/reports/completeness")
                .then().statusCode(200).body("expected", equalTo(2)).body("received", equalTo(1))
                .body("receivedOnTime", equalTo(0)).body("reportingRate", equalTo(0.5f)).body("dueBy", equalTo("2026-10-15"))
                .body("units.find { it.unitCode == 'BCH_BDBP' }.received", equalTo(false));
        given().auth().oauth2(officer()).queryParam("programmeId", plan.id()).queryParam("period", "2026-Q3")
                .when().get("/api/v1/reports/consolidated")
                .then().statusCode(200).body("number", equalTo("139/KH-UBND"))
                .body("contentAreas[1].pillar", equalTo("STATE_DIPLOMACY"))
                .body("contentAreas[1].tasks[0].status", equalTo("ON_TRACK"))
                .body("contentAreas[1].tasks[0].indicators.find { it.code == 'ARTICLES' }.actual", equalTo(65))
                .body("contentAreas[1].tasks[0].indicators.find { it.code == 'ARTICLES' }.target", equalTo(60))
                .body("contentAreas[1].tasks[0].indicators.find { it.code == 'AGREEMENTS_LA' }.source", equalTo("AGREEMENTS_IN_FORCE"))
                .body("contentAreas[1].tasks[0].indicators.find { it.code == 'AGREEMENTS_LA' }.actual", equalTo(0))
                .body("missing", hasSize(0));
        // A Lao agreement in force from November 2026 is not counted toward the third quarter of 2026.
        AgreementsInForce.fromNovember2026("11", "Điện Biên", "Tỉnh Phông Sả Lỳ (kiểm thử)", "LA");
        given().auth().oauth2(officer()).queryParam("programmeId", plan.id()).queryParam("period", "2026-Q3")
                .when().get("/api/v1/reports/consolidated")
                .then().statusCode(200)
                .body("contentAreas[1].tasks[0].indicators.find { it.code == 'AGREEMENTS_LA' }.actual", equalTo(0));

        // The same tables as CSV (UTF-8 with a byte-order mark, RFC 4180 quoting) and as XLSX.
        byte[] csv = given().auth().oauth2(officer()).accept("text/csv").queryParam("programmeId", plan.id())
                .queryParam("period", "2026-Q3").when().get("/api/v1/reports/completeness")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("bao-cao-day-du-2026-Q3.csv"))
                .extract().asByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(text.startsWith("\uFEFFMã đơn vị,Đơn vị,Đã nhận,Đúng hạn,Trạng thái,Ngày nộp\r\n"));
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("SO_TTTT,Sở Thông tin và Truyền thông tỉnh Điện Biên,Có,Không,Đã tiếp nhận,"));
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("TỔNG,\"Tỷ lệ báo cáo 50.0%, đúng hạn 0.0%\",1,0,,2026-10-15"));

        byte[] xlsx = given().auth().oauth2(officer())
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("programmeId", plan.id()).queryParam("period", "2026-Q3").when().get("/api/v1/reports/consolidated")
                .then().statusCode(200).extract().asByteArray();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            java.util.List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
            org.junit.jupiter.api.Assertions.assertEquals("Trụ cột", rows.get(0).getCellAsString(0).orElseThrow());
            org.junit.jupiter.api.Assertions.assertEquals("Nguồn số liệu", rows.get(0).getCellAsString(10).orElseThrow());
            org.junit.jupiter.api.Assertions.assertEquals("Tăng cường thông tin đối ngoại trên báo chí và mạng xã hội",
                    rows.get(1).getCellAsString(2).orElseThrow());
            org.junit.jupiter.api.Assertions.assertEquals("Tin, bài thông tin đối ngoại", rows.get(1).getCellAsString(6).orElseThrow());
            org.junit.jupiter.api.Assertions.assertEquals(new java.math.BigDecimal("65"), rows.get(1).getCellAsNumber(8).orElseThrow());
            org.junit.jupiter.api.Assertions.assertEquals("Ngoại giao Nhà nước", rows.get(1).getCellAsString(0).orElseThrow());
            // The lead unit by its name and the figure's source by its label, never their codes.
            org.junit.jupiter.api.Assertions.assertEquals("Sở Thông tin và Truyền thông tỉnh Điện Biên",
                    rows.get(1).getCellAsString(3).orElseThrow());
            org.junit.jupiter.api.Assertions.assertEquals("Nhập từ báo cáo của đơn vị chủ trì",
                    rows.get(1).getCellAsString(10).orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // The assignment table and the list of reports, with the units' names.
        byte[] tasks = given().auth().oauth2(officer())
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .when().get("/api/v1/programmes/" + plan.id() + "/tasks")
                .then().statusCode(200).extract().asByteArray();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(tasks))) {
            java.util.List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
            org.junit.jupiter.api.Assertions.assertEquals("Đơn vị phối hợp", rows.get(0).getCellAsString(3).orElseThrow());
            org.junit.jupiter.api.Assertions.assertEquals("Sở Thông tin và Truyền thông tỉnh Điện Biên",
                    rows.get(1).getCellAsString(2).orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String reportsCsv = new String(given().auth().oauth2(officer()).accept("text/csv").queryParam("programmeId", plan.id())
                .when().get("/api/v1/reports").then().statusCode(200).extract().asByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(reportsCsv.startsWith("\uFEFFMã đơn vị,Đơn vị,Kỳ,Trạng thái,Ngày nộp,Đúng hạn,"),
                reportsCsv);
        org.junit.jupiter.api.Assertions.assertTrue(reportsCsv.contains("SO_TTTT,Sở Thông tin và Truyền thông tỉnh Điện Biên,2026-Q3,"
                + "Đã tiếp nhận,"), reportsCsv);
    }

    @Test
    void aSuccessorProvinceCarriesOnItsPredecessorsProgrammes() {
        // Thái Bình (34) was merged into Hưng Yên (33) on 2025-07-01; the succession comes from agreement-service.
        String thaiBinh = TestTokens.user("tb").roles("officer").province("34").sign();
        String id = given().auth().oauth2(thaiBinh).contentType("application/json")
                .body(Map.of("number", "55/KH-UBND-TB", "title", "Kế hoạch đối ngoại tỉnh Thái Bình", "kind", "PLAN",
                        "fromYear", 2024, "toYear", 2026))
                .when().post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        String hungYen = TestTokens.user("hy").roles("officer").province("33").sign();
        given().auth().oauth2(hungYen).when().get("/api/v1/programmes/" + id)
                .then().statusCode(200).body("provinceCode", equalTo("34"));
        given().auth().oauth2(TestTokens.user("hy.approver").roles("approver").province("33").sign())
                .when().get("/api/v1/programmes/" + id).then().statusCode(200).body("blockedActions.action", hasItem("ISSUE"))
                .body("blockedActions[0].code", equalTo("PROGRAMME_WITHOUT_TASKS"));
        given().auth().oauth2(hungYen).queryParam("q", "thai binh").when().get("/api/v1/programmes")
                .then().statusCode(200).body("items.id", hasItem(id));
        // Not the other way round, and not for anyone else.
        String hungYensOwn = given().auth().oauth2(hungYen).contentType("application/json")
                .body(Map.of("number", "56/KH-UBND-HY", "title", "Kế hoạch đối ngoại tỉnh Hưng Yên", "kind", "PLAN",
                        "fromYear", 2025, "toYear", 2027))
                .when().post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(thaiBinh).when().get("/api/v1/programmes/" + hungYensOwn).then().statusCode(404);
        given().auth().oauth2(TestTokens.user("qn").roles("officer").province("22").sign())
                .when().get("/api/v1/programmes/" + id).then().statusCode(404);
    }

    @Test
    void successionsAreReadAsEveryServiceReadsThem() {
        SuccessionScenarios.run(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("doingoai.test.agreement-service.url", String.class), province -> "/api/v1/programmes/"
                + given().auth().oauth2(SuccessionScenarios.officer(province)).contentType("application/json")
                        .body(Map.of("number", "KH-" + province + "-" + System.nanoTime(), "title", "Kế hoạch của tỉnh " + province,
                                "kind", "PLAN", "fromYear", 2025, "toYear", 2026))
                        .when().post("/api/v1/programmes").then().statusCode(201).extract().path("id"));
    }

    @Test
    void aTaskRecursEveryHalfYearAsAProgrammeReportsEveryHalfYear() {
        String id = given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("number", "HY-" + System.nanoTime(), "title", "Kế hoạch sáu tháng", "kind", "PLAN",
                        "fromYear", 2026, "toYear", 2027, "cadence", "HALF_YEAR"))
                .when().post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        String path = "/api/v1/programmes/" + id;
        given().auth().oauth2(officer()).header("If-Match", etag(officer(), path)).contentType("application/json")
                .body(Map.of("items", List.of(Map.of("title", "Hợp tác biên giới", "pillar", "STATE_DIPLOMACY"))))
                .when().put(path + "/content-areas").then().statusCode(200);
        String area = given().auth().oauth2(officer()).when().get(path).path("contentAreas[0].id");
        given().auth().oauth2(officer()).header("If-Match", etag(officer(), path)).contentType("application/json")
                .body(Map.of("contentAreaId", area, "title", "Giao ban biên giới sáu tháng", "leadUnitCode", "BCH_BDBP",
                        "recurrence", "HALF_YEARLY"))
                .when().post(path + "/tasks").then().statusCode(201).body("recurrence", equalTo("HALF_YEARLY"));
    }

    @Test
    void programmesBelongToTheirProvince() {
        Plan plan = issuedPlan("01/KH-UBND-thu-nghiem");
        given().auth().oauth2(TestTokens.user("qn").roles("officer").province("22").sign())
                .when().get("/api/v1/programmes/" + plan.id()).then().statusCode(404);
        given().auth().oauth2(TestTokens.user("auditor").roles("central-auditor").sign())
                .when().get("/api/v1/programmes/" + plan.id()).then().statusCode(200);
        given().auth().oauth2(reporter("SO_TTTT")).queryParam("q", "thu nghiem").when().get("/api/v1/programmes")
                .then().statusCode(200).body("items.id", hasItem(plan.id()));
        given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("number", "01/KH-UBND-thu-nghiem", "title", "Trùng số", "kind", "PLAN", "fromYear", 2025, "toYear", 2026))
                .when().post("/api/v1/programmes").then().statusCode(409).body("code", equalTo("PROGRAMME_NUMBER_TAKEN"));
        given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("number", "X", "title", "Năm ngược", "kind", "PLAN", "fromYear", 2026, "toYear", 2025))
                .when().post("/api/v1/programmes").then().statusCode(400).body("errors[0].field", equalTo("toYear"));
        given().when().get("/api/v1/programmes").then().statusCode(401);
        String path = "/api/v1/programmes/" + plan.id();
        given().auth().oauth2(officer()).header("If-Match", etag(officer(), path)).contentType("application/json")
                .body(Map.of("items", List.of(Map.of("title", "Chỉ một nội dung", "pillar", "STATE_DIPLOMACY"))))
                .when().put(path + "/content-areas").then().statusCode(409).body("code", equalTo("CONTENT_AREA_IN_USE"));
        given().auth().oauth2(officer()).queryParam("programmeId", plan.id()).when().get("/api/v1/reports/completeness")
                .then().statusCode(200).body("period", equalTo(vn.doingoai.reporting.domain.Period
                        .latestClosed(vn.doingoai.reporting.domain.Cadence.QUARTER,
                                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))).toString()));
        Response closed = given().auth().oauth2(officer()).header("If-Match", etag(officer(), path)).contentType("application/json")
                .body(Map.of("action", "CLOSE")).when().post(path + "/transitions");
        closed.then().statusCode(200).body("status", equalTo("CLOSED"));
        given().auth().oauth2(officer()).header("If-Match", closed.header("ETag")).contentType("application/json")
                .body(Map.of("action", "CLOSE")).when().post(path + "/transitions").then().statusCode(409);
        given().auth().oauth2(reporter("SO_TTTT")).contentType("application/json")
                .body(Map.of("programmeId", plan.id(), "period", "2026-Q3")).when().post("/api/v1/reports")
                .then().statusCode(409).body("code", equalTo("PROGRAMME_NOT_ISSUED"));
        given().auth().oauth2(officer()).queryParam("programmeId", plan.id()).queryParam("period", "2026-Q2")
                .when().get("/api/v1/reports/consolidated").then().statusCode(200)
                .body("contentAreas[1].tasks[0].status", nullValue());
    }
}
