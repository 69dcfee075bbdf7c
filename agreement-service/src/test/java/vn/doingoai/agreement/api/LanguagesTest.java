package vn.doingoai.agreement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.CodeLabelCoverage;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;

/** Messages in the reader's language, codes unchanged; labels for every code the API returns. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class LanguagesTest {

    /** An integrating system's token: without Accept-Language it reads English. */
    private static String officer() {
        return TestTokens.user("officer.38").roles("officer").province("38").client("demo-integration").sign();
    }

    @Test
    void aValidationErrorIsInVietnameseWhenAskedAndItsCodesStay() {
        Map<String, Object> nameless = Map.of("nameVi", " ", "kind", "PROVINCE_STATE", "countryCode", "JP");
        given().auth().oauth2(officer()).header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.8").contentType("application/json")
                .body(nameless)
                .when().post("/api/v1/partners")
                .then().statusCode(400).contentType("application/problem+json").header("Content-Language", "vi")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("title", equalTo("Dữ liệu không hợp lệ"))
                .body("detail", equalTo("Yêu cầu có trường không hợp lệ; xem errors."))
                .body("errors.find { it.field == 'nameVi' }.code", equalTo("REQUIRED"))
                .body("errors.find { it.field == 'nameVi' }.message", equalTo("không được để trống"));
        given().auth().oauth2(officer()).header("Accept-Language", "en").contentType("application/json").body(nameless)
                .when().post("/api/v1/partners")
                .then().statusCode(400).header("Content-Language", "en")
                .body("title", equalTo("Validation failed"))
                .body("errors.find { it.field == 'nameVi' }.code", equalTo("REQUIRED"))
                .body("errors.find { it.field == 'nameVi' }.message", equalTo("must not be blank"));
    }

    @Test
    void aMessageWithValuesNamesThemInEitherLanguage() {
        UUID id = UUID.randomUUID();
        given().auth().oauth2(officer()).header("Accept-Language", "vi").when().get("/api/v1/agreements/" + id)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"))
                .body("title", equalTo("Không tìm thấy"))
                .body("detail", equalTo("Không tồn tại thỏa thuận " + id + "."));
        given().auth().oauth2(officer()).header("Accept-Language", "en").when().get("/api/v1/agreements/" + id)
                .then().statusCode(404).body("title", equalTo("Not found"))
                .body("detail", equalTo("Agreement " + id + " does not exist."));
    }

    @Test
    void anUnknownEnumValueInAQueryIsExplainedInVietnameseWithTheAllowedValues() {
        given().auth().oauth2(officer()).header("Accept-Language", "vi").queryParam("status", "ACTIVE")
                .when().get("/api/v1/agreements")
                .then().statusCode(400).body("errors[0].field", equalTo("status"))
                .body("errors[0].code", equalTo("UNKNOWN"))
                .body("errors[0].allowed", hasItem("IN_FORCE"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("status phải là một trong: DRAFT"));
    }

    @Test
    void aRefusedTransitionNamesActionsAndStatesByTheirLabelsInVietnameseAndByTheirCodesInEnglish() {
        String partner = AgreementFixtures.partner("38", "Tỉnh Luang Prabang (ngôn ngữ)", "LA");
        String id = AgreementFixtures.create("38", AgreementFixtures.draft("Thỏa thuận kiểm thử ngôn ngữ", partner)).path("id");
        String approver = AgreementFixtures.approver("38");
        String tag = AgreementFixtures.etag(approver, id);
        given().auth().oauth2(approver).header("Accept-Language", "vi").header("If-Match", tag).contentType("application/json")
                .body(Map.of("action", "APPROVE")).when().post("/api/v1/agreements/" + id + "/transitions")
                .then().statusCode(409).body("code", equalTo("INVALID_TRANSITION"))
                .body("detail", org.hamcrest.Matchers.startsWith(
                        "Không thể thực hiện Phê duyệt: thỏa thuận đang ở trạng thái Đang soạn thảo; hiện được phép: "));
        given().auth().oauth2(approver).header("Accept-Language", "en").header("If-Match", tag).contentType("application/json")
                .body(Map.of("action", "APPROVE")).when().post("/api/v1/agreements/" + id + "/transitions")
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.startsWith("APPROVE is not possible in DRAFT; allowed now: "));
        // If-Match: * names no version: refused as a missing one, and said so.
        given().auth().oauth2(approver).header("Accept-Language", "en").header("If-Match", "*").contentType("application/json")
                .body(Map.of("action", "APPROVE")).when().post("/api/v1/agreements/" + id + "/transitions")
                .then().statusCode(428).body("detail", org.hamcrest.Matchers.containsString("If-Match: * names no version"));
    }

    @Test
    void aMissingBodyIsNamedBodyNotByTheJavaParameter() {
        given().auth().oauth2(officer()).contentType("application/json").body("null").when().post("/api/v1/partners")
                .then().statusCode(400).body("errors[0].field", equalTo("body")).body("errors[0].code", equalTo("REQUIRED"));
        given().auth().oauth2(officer()).queryParam("limit", 0).when().get("/api/v1/partners")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void theFrontendsClientReadsVietnameseWhenItSaysNothing() {
        String web = TestTokens.user("officer.38").roles("officer").province("38").client("foreign-affairs-web").sign();
        given().auth().oauth2(web).when().get("/api/v1/agreements/" + UUID.randomUUID())
                .then().statusCode(404).header("Content-Language", "vi").body("title", equalTo("Không tìm thấy"));
        given().auth().oauth2(web).header("Accept-Language", "en").when().get("/api/v1/agreements/" + UUID.randomUUID())
                .then().statusCode(404).header("Content-Language", "en").body("title", equalTo("Not found"));
    }

    @Test
    void everyCodeOfTheDocumentHasAVietnameseAndAnEnglishLabel() {
        CodeLabelCoverage.assertEveryEnumIsLabelled("/api/v1/reference/labels/agreements", officer());
        given().auth().oauth2(officer()).when().get("/api/v1/reference/labels/agreements")
                .then().statusCode(200)
                .body("lists.AgreementStatus.find { it.code == 'IN_FORCE' }.nameVi", equalTo("Đang có hiệu lực"))
                .body("lists.AgreementStatus.find { it.code == 'IN_FORCE' }.nameEn", equalTo("In force"))
                .body("lists.PartnerKind.find { it.code == 'PROVINCE_STATE' }.nameVi", equalTo("Tỉnh, bang, vùng"));
    }
}
