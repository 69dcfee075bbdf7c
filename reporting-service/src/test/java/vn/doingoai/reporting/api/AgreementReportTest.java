package vn.doingoai.reporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;
import vn.doingoai.reporting.SuiteServicesResource;

/**
 * The annual report to the Ministry of Foreign Affairs, made from the real agreement-service's records
 * (the seeds' demo data): Thanh Hóa's Hủa Phăn agreement signed in 2022, in force and expiring at the
 * end of 2026, and the Seongnam MoU in consultation as the plan for 2027.
 */
@QuarkusTest
@QuarkusTestResource(SuiteServicesResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class AgreementReportTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String HUA_PHAN = "Thỏa thuận hợp tác giữa tỉnh Thanh Hóa và tỉnh Hủa Phăn giai đoạn 2022–2026";

    private static String officer() {
        return TestTokens.user("th.officer").roles("officer").province("38").sign();
    }

    @Test
    void thanhHoasReportListsWhatWasSignedIsInForceExpiresAndIsPlanned() {
        given().auth().oauth2(officer()).queryParam("year", 2026).when().get("/api/v1/reports/annual-agreement-report")
                .then().statusCode(200)
                .body("province", equalTo("38"))
                .body("provinceName", equalTo("Tỉnh Thanh Hóa"))
                .body("dueBy", equalTo("2026-11-15"))
                .body("signed", empty())
                .body("inForce.title", contains(HUA_PHAN))
                .body("inForce[0].countries", contains("LA"))
                .body("inForce[0].partners", contains("Tỉnh Hủa Phăn"))
                .body("expiring.expiresOn", contains("2026-12-31"))
                .body("planned", hasSize(1))
                .body("planned[0].status", equalTo("CONSULTING"))
                .body("planned[0].proposedOn", equalTo("2026-10-01"))
                .body("planned[0].partners", contains("Thành phố Seongnam"))
                .body("inForceByCountry", hasSize(1))
                .body("inForceByCountry[0].code", equalTo("LA"))
                .body("inForceByCountry[0].agreements", equalTo(1))
                .body("inForceByField.code", contains("AGRICULTURE", "BORDER_MANAGEMENT", "EDUCATION"));
        given().auth().oauth2(officer()).queryParam("year", 2022).when().get("/api/v1/reports/annual-agreement-report")
                .then().statusCode(200)
                .body("signed.referenceNumber", contains("DEMO-02/2021/TTQT"))
                .body("signed[0].signedOn", equalTo("2022-01-10"))
                .body("expiring", empty());
    }

    @Test
    void aUnitReporterMayNotReadTheAgreementReport() {
        given().auth().oauth2(TestTokens.user("db.reporter").roles("unit-reporter").province("38").unit("SO_TTTT").sign())
                .queryParam("year", 2026).when().get("/api/v1/reports/annual-agreement-report")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void theReportIsAboutOneProvinceAndOnlyCentralBodiesChooseIt() {
        String auditor = TestTokens.user("auditor").roles("central-auditor").sign();
        given().auth().oauth2(auditor).queryParam("year", 2026).when().get("/api/v1/reports/annual-agreement-report")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("province"));
        given().auth().oauth2(auditor).queryParam("year", 2026).queryParam("province", "22")
                .when().get("/api/v1/reports/annual-agreement-report")
                .then().statusCode(200)
                .body("provinceName", equalTo("Tỉnh Quảng Ninh"))
                .body("inForce", hasSize(2))
                .body("planned", empty());
        given().auth().oauth2(TestTokens.user("qn").roles("officer").province("22").sign()).queryParam("year", 2026)
                .queryParam("province", "38").when().get("/api/v1/reports/annual-agreement-report")
                .then().statusCode(403);
        given().auth().oauth2(officer()).when().get("/api/v1/reports/annual-agreement-report")
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().auth().oauth2(officer()).queryParam("year", 2026).header("Accept", "application/pdf")
                .when().get("/api/v1/reports/annual-agreement-report")
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void thePrintableReportIsAnAdministrativeDocumentInVietnamese() throws IOException {
        byte[] docx = given().auth().oauth2(officer()).queryParam("year", 2026).header("Accept", DOCX)
                .when().get("/api/v1/reports/annual-agreement-report")
                .then().statusCode(200)
                .contentType(DOCX)
                .header("Content-Disposition", equalTo("attachment; filename=\"bao-cao-thoa-thuan-quoc-te-2026-38.docx\""))
                .extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String letterhead = cellText(document.getTables().get(0));
            assertContains(letterhead, "ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "Số:       /BC-UBND",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Thanh Hóa, ngày ");
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertContains(text, "BÁO CÁO",
                    "Tình hình ký kết và thực hiện thỏa thuận quốc tế năm 2026 và kế hoạch ký kết thỏa thuận quốc tế năm 2027",
                    "Kính gửi: Bộ Ngoại giao", "Trong năm 2026, tỉnh không ký kết thỏa thuận quốc tế nào.",
                    "tỉnh có 1 thỏa thuận quốc tế đang có hiệu lực, với đối tác của Lào (1).",
                    "III. KẾ HOẠCH KÝ KẾT THỎA THUẬN QUỐC TẾ NĂM 2027", "Tỉnh dự kiến ký kết 1 thỏa thuận quốc tế:",
                    "hạn gửi Bộ Ngoại giao: 15/11/2026");
            List<XWPFTable> tables = document.getTables();
            String inForce = cellText(tables.get(1));
            assertContains(inForce, HUA_PHAN, "(DEMO-02/2021/TTQT)", "Tỉnh Hủa Phăn", "(Lào)", "Nông nghiệp", "10/01/2022",
                    "31/12/2026");
            String plan = cellText(tables.get(3));
            assertContains(plan, "Thành phố Seongnam", "(Hàn Quốc)", "Du lịch", "Sở Ngoại vụ tỉnh Thanh Hóa",
                    "Đang lấy ý kiến", "Đề xuất 01/10/2026");
            assertContains(cellText(tables.get(tables.size() - 1)), "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
            assertThat(document.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).map(r -> r.getFontFamily())
                    .distinct().toList(), contains("Times New Roman"));
        }
    }

    @Test
    void theReportsTablesExportAsCsv() {
        String csv = given().auth().oauth2(officer()).queryParam("year", 2026).header("Accept", "text/csv")
                .when().get("/api/v1/reports/annual-agreement-report")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString(); // RestAssured decodes with the declared charset
        byte[] bytes = given().auth().oauth2(officer()).queryParam("year", 2026).header("Accept", "text/csv")
                .when().get("/api/v1/reports/annual-agreement-report").then().extract().asByteArray();
        assertThat(new String(bytes, StandardCharsets.UTF_8), equalTo(csv));
        assertThat(csv.lines().findFirst().orElseThrow(), equalTo("\uFEFFPhần,\"Số, ký hiệu\",Tên thỏa thuận,Đối tác,Nước,Lĩnh vực,Loại,Tình trạng,Cơ quan chủ trì,"
                        + "Ngày đề xuất,Ngày ký,Ngày hiệu lực,Ngày hết hạn"));
        // Codes are printed as their labels: the country, the field, the kind and the status.
        assertContains(csv, "Đang có hiệu lực,DEMO-02/2021/TTQT," + HUA_PHAN + ",Tỉnh Hủa Phăn,Lào,"
                + "\"Quản lý biên giới, Nông nghiệp, Giáo dục\",\"Chương trình, kế hoạch hợp tác\",Đang có hiệu lực,");
        assertThat(csv, not(containsString(",IN_FORCE,")));
        assertContains(csv, "Kế hoạch ký năm 2027,DEMO-05/2026/TTQT,");
    }

    static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertThat(text, containsString(part));
        }
    }

    static String cellText(XWPFTable table) {
        return table.getRows().stream().flatMap(r -> r.getTableCells().stream()).map(c -> c.getText())
                .collect(Collectors.joining("\n"));
    }
}
