package vn.doingoai.delegation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.doingoai.delegation.api.DelegationFixtures.DELEGATIONS;
import static vn.doingoai.delegation.api.DelegationFixtures.create;
import static vn.doingoai.delegation.api.DelegationFixtures.officer;
import static vn.doingoai.delegation.api.DelegationFixtures.outbound;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.CodeLabelCoverage;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.delegation.AgreementServiceResource;

/** Messages and the reasons of blocked actions in the reader's language; labels for every code. */
@QuarkusTest
@QuarkusTestResource(AgreementServiceResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class LanguagesTest {

    @Test
    void theReasonAnActionIsBlockedIsInTheReadersLanguage() {
        String id = create("38", outbound("Đoàn chưa có thành viên", "2027-03-02", "2027-03-06"));
        given().auth().oauth2(officer("38")).header("Accept-Language", "vi").when().get(DELEGATIONS + "/" + id)
                .then().statusCode(200)
                .body("blockedActions.find { it.action == 'SUBMIT' }.code", equalTo("MEMBERS_REQUIRED"))
                .body("blockedActions.find { it.action == 'SUBMIT' }.reason",
                        equalTo("Đoàn cần ít nhất một thành viên trước khi trình."));
        given().auth().oauth2(officer("38")).header("Accept-Language", "en").when().get(DELEGATIONS + "/" + id)
                .then().statusCode(200)
                .body("blockedActions.find { it.action == 'SUBMIT' }.reason",
                        equalTo("A delegation needs at least one member before it is submitted."));
    }

    @Test
    void aMessageWrittenOnAConstraintIsTranslatedToo() {
        given().auth().oauth2(officer("38")).header("Accept-Language", "vi").queryParam("country", "vn")
                .when().get(DELEGATIONS)
                .then().statusCode(400).body("errors.find { it.field == 'country' }.code", equalTo("FORMAT"))
                .body("errors.find { it.field == 'country' }.message", equalTo("phải là mã quốc gia ISO 3166-1 alpha-2"));
        given().auth().oauth2(officer("38")).header("Accept-Language", "en").queryParam("country", "vn")
                .when().get(DELEGATIONS)
                .then().statusCode(400)
                .body("errors.find { it.field == 'country' }.message", equalTo("must be an ISO 3166-1 alpha-2 code"));
    }

    @Test
    void everyCodeOfTheDocumentHasAVietnameseAndAnEnglishLabel() {
        CodeLabelCoverage.assertEveryEnumIsLabelled("/api/v1/reference/labels/delegations", officer("38"));
        given().auth().oauth2(officer("38")).when().get("/api/v1/reference/labels/delegations")
                .then().statusCode(200)
                .body("lists.PassportType.find { it.code == 'OFFICIAL' }.nameVi", equalTo("Hộ chiếu công vụ"))
                .body("lists.Direction.code", equalTo(java.util.List.of("OUTBOUND", "INBOUND")))
                .body("lists.DelegationPurpose.find { it.code == 'WORKING_VISIT' }.nameVi", org.hamcrest.Matchers.notNullValue());
    }
}
