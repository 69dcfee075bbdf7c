package vn.doingoai.reporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.persistence.DemoData;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;
import vn.doingoai.reporting.SuiteServicesResource;

/** The run command's programmes: Điện Biên's plan with nine content areas, a report on time, one late, one missing. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
@QuarkusTestResource(SuiteServicesResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("doingoai.demo-data.enabled", "true");
        }
    }

    @Inject
    DemoData demo;

    @Test
    void dienBiensPlanAndItsReportingDiscipline() {
        demo.load();
        String officer = TestTokens.user("db.officer").roles("officer").province("11").sign();
        String plan = "f1000000-0000-4000-8000-000000000002";
        given().auth().oauth2(officer).when().get("/api/v1/programmes/" + plan)
                .then().statusCode(200).body("number", equalTo("139/KH-UBND")).body("contentAreas", hasSize(9));
        given().auth().oauth2(officer).queryParam("programmeId", plan).queryParam("period", "2026-Q3")
                .when().get("/api/v1/reports/completeness")
                .then().statusCode(200).body("expected", equalTo(3)).body("received", equalTo(2))
                .body("receivedOnTime", equalTo(1))
                .body("units.find { it.unitCode == 'BCH_BDBP' }.received", equalTo(false));
        given().auth().oauth2(TestTokens.user("th").roles("viewer").province("38").sign())
                .queryParam("programmeId", "f1000000-0000-4000-8000-000000000001").queryParam("period", "2025")
                .when().get("/api/v1/reports/consolidated")
                .then().statusCode(200)
                .body("contentAreas.find { it.pillar == 'PEOPLE_TO_PEOPLE_DIPLOMACY' }.title", equalTo("Đối ngoại nhân dân"))
                .body("contentAreas[1].tasks[0].indicators.find { it.code == 'DELEGATIONS_LA' }.actual", equalTo(1));
    }

    @Test
    void theConsolidatedReportPrintsAsTheDepartmentsReport() throws java.io.IOException {
        demo.load();
        byte[] docx = given().auth().oauth2(TestTokens.user("db.officer").roles("officer").province("11").sign())
                .queryParam("programmeId", "f1000000-0000-4000-8000-000000000002").queryParam("period", "2026-Q3")
                .header("Accept", AgreementReportTest.DOCX)
                .when().get("/api/v1/reports/consolidated")
                .then().statusCode(200).contentType(AgreementReportTest.DOCX)
                .header("Content-Disposition", equalTo("attachment; filename=\"bao-cao-tong-hop-2026-Q3.docx\""))
                .extract().asByteArray();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document =
                new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            AgreementReportTest.assertContains(AgreementReportTest.cellText(document.getTables().get(0)),
                    "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", "SỞ NGOẠI VỤ", "Số:       /BC-SNgV", "Điện Biên, ngày ");
            String text = document.getParagraphs().stream().map(p -> p.getText())
                    .collect(java.util.stream.Collectors.joining("\n"));
            AgreementReportTest.assertContains(text, "BÁO CÁO", "(139/KH-UBND), quý III năm 2026", "I. ĐỐI NGOẠI ĐẢNG",
                    "II. NGOẠI GIAO NHÀ NƯỚC", "5. Thông tin đối ngoại", "Số nhiệm vụ quá hạn:");
            String tables = document.getTables().stream().map(AgreementReportTest::cellText)
                    .collect(java.util.stream.Collectors.joining("\n"));
            AgreementReportTest.assertContains(tables, "Sở Thông tin và Truyền thông", "Nơi nhận:", "GIÁM ĐỐC");
        }
    }
}
