package vn.doingoai.reporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.CodeLabelCoverage;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;
import vn.doingoai.reporting.SuiteServicesResource;

/** Messages in the reader's language, labels for every code, and exports that print labels, never codes. */
@QuarkusTest
@QuarkusTestResource(SuiteServicesResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class LanguagesTest {

    private static String officer() {
        return TestTokens.user("db.officer").roles("officer").province("11").sign();
    }

    private String draftProgramme(String number) {
        return given().auth().oauth2(officer()).contentType("application/json")
                .body(Map.of("number", number, "title", "Chương trình kiểm thử ngôn ngữ " + number, "kind", "PROGRAMME",
                        "issuingBody", "Ủy ban nhân dân tỉnh Điện Biên", "fromYear", 2026, "toYear", 2027, "cadence", "HALF_YEAR"))
                .when().post("/api/v1/programmes").then().statusCode(201).extract().path("id");
    }

    @Test
    void aBlockedIssueSaysWhyInVietnameseAndItsRefusalToo() {
        String id = draftProgramme("LANG-01/CTr-UBND");
        String approver = TestTokens.user("db.approver").roles("approver").province("11").sign();
        given().auth().oauth2(approver).header("Accept-Language", "vi").when().get("/api/v1/programmes/" + id)
                .then().statusCode(200)
                .body("blockedActions.find { it.action == 'ISSUE' }.reason", equalTo("Chương trình phải có nhiệm vụ khi ban hành."));
        String tag = given().auth().oauth2(approver).when().get("/api/v1/programmes/" + id).then().extract().header("ETag");
        given().auth().oauth2(approver).header("Accept-Language", "vi").header("If-Match", tag).contentType("application/json")
                .body(Map.of("action", "ISSUE")).when().post("/api/v1/programmes/" + id + "/transitions")
                .then().statusCode(409).body("code", equalTo("PROGRAMME_WITHOUT_TASKS"))
                .body("title", equalTo("Không thể chuyển trạng thái"))
                .body("detail", equalTo("Chương trình phải có nhiệm vụ khi ban hành."));
    }

    @Test
    void aProgrammeExportPrintsLabels() {
        draftProgramme("LANG-02/CTr-UBND");
        String csv = given().auth().oauth2(officer()).accept("text/csv").when().get("/api/v1/programmes")
                .then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(csv, containsString("Tỉnh Điện Biên,LANG-02/CTr-UBND,Chương trình kiểm thử ngôn ngữ LANG-02/CTr-UBND,"
                + "Chương trình,Ủy ban nhân dân tỉnh Điện Biên,"));
        org.hamcrest.MatcherAssert.assertThat(csv, containsString(",Dự thảo,Sáu tháng,"));
        org.hamcrest.MatcherAssert.assertThat(csv, not(containsString("HALF_YEAR")));
    }

    @Test
    void everyCodeOfTheDocumentHasAVietnameseAndAnEnglishLabel() {
        CodeLabelCoverage.assertEveryEnumIsLabelled("/api/v1/reference/labels/reporting", officer());
        given().auth().oauth2(officer()).when().get("/api/v1/reference/labels/reporting")
                .then().statusCode(200)
                .body("lists.Pillar.find { it.code == 'PEOPLE_TO_PEOPLE_DIPLOMACY' }.nameVi", equalTo("Đối ngoại nhân dân"))
                .body("lists.TaskStatus.find { it.code == 'AT_RISK' }.nameEn", equalTo("At risk"));
    }
}
