package vn.doingoai.delegation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.doingoai.delegation.api.DelegationFixtures.DELEGATIONS;
import static vn.doingoai.delegation.api.DelegationFixtures.action;
import static vn.doingoai.delegation.api.DelegationFixtures.addMember;
import static vn.doingoai.delegation.api.DelegationFixtures.create;
import static vn.doingoai.delegation.api.DelegationFixtures.officer;
import static vn.doingoai.delegation.api.DelegationFixtures.outbound;
import static vn.doingoai.delegation.api.DelegationFixtures.transition;
import static vn.doingoai.delegation.api.DelegationFixtures.viewer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.delegation.AgreementServiceResource;

/** A person recognised across delegations is never changed as a side effect of another delegation's write. */
@QuarkusTest
@QuarkusTestResource(AgreementServiceResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class PersonResourceTest {

    @Test
    void aKnownPassportWithAnotherNameIsRefusedAndTheFirstDelegationIsUnchanged() {
        String a = create("36", outbound("Đoàn Nam Định sang Lào", "2027-03-01", "2027-03-04"));
        String personId = addMember("36", a, Map.of("fullName", "Trần Văn Bình", "passportNumber", "C7654321",
                "dateOfBirth", "1975-04-02", "passportType", "OFFICIAL")).then().statusCode(201).extract().path("personId");
        transition(officer("36"), a, action("SUBMIT")).then().statusCode(200).body("status", equalTo("SUBMITTED"));

        String b = create("36", outbound("Đoàn Nam Định sang Campuchia", "2027-05-01", "2027-05-03"));
        addMember("36", b, Map.of("fullName", "Trần Văn Bính", "passportNumber", "C7654321"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("PERSON_MISMATCH"))
                .body("detail", org.hamcrest.Matchers.containsString(personId))
                .body("errors[0].field", equalTo("fullName"));
        addMember("36", b, Map.of("personId", personId, "dateOfBirth", "1976-04-02"))
                .then().statusCode(409).body("code", equalTo("PERSON_MISMATCH")).body("errors[0].field", equalTo("dateOfBirth"));
        given().auth().oauth2(officer("36")).when().get(DELEGATIONS + "/" + a + "/members")
                .then().body("items[0].fullName", equalTo("Trần Văn Bình")).body("items[0].dateOfBirth", equalTo("1975-04-02"));
        given().auth().oauth2(officer("36")).when().get(DELEGATIONS + "/" + b + "/members").then().body("items", hasSize(0));

        // The same details (or none) add the same person; the stored details stand.
        addMember("36", b, Map.of("fullName", "Trần Văn Bình", "passportNumber", "C7654321", "position", "Giám đốc Sở"))
                .then().statusCode(201).body("personId", equalTo(personId));
        given().auth().oauth2(officer("36")).when().get(DELEGATIONS + "/people/" + personId)
                .then().statusCode(200).body("delegations", equalTo(2)).body("passportNumber", equalTo("C7654321"));
    }

    @Test
    void aPersonIsCorrectedExplicitlyWithIfMatchAndTheCorrectionIsInHistory() {
        String a = create("37", outbound("Đoàn Ninh Bình sang Lào", "2027-03-01", "2027-03-04"));
        String personId = addMember("37", a, Map.of("fullName", "Lê Thị Hoa", "passportNumber", "B1234567",
                "dateOfBirth", "1980-01-01")).then().statusCode(201).extract().path("personId");
        String path = DELEGATIONS + "/people/" + personId;
        String tag = given().auth().oauth2(officer("37")).when().get(path).then().statusCode(200).extract().header("ETag");
        Map<String, Object> correction = Map.of("fullName", "Lê Thị Hòa", "passportNumber", "B1234567",
                "dateOfBirth", "1980-01-01", "reason", "Sửa họ tên theo hộ chiếu");
        given().auth().oauth2(officer("37")).contentType("application/json").body(correction)
                .when().put(path).then().statusCode(428);
        given().auth().oauth2(viewer("37")).header("If-Match", tag).contentType("application/json").body(correction)
                .when().put(path).then().statusCode(403);
        given().auth().oauth2(officer("22")).header("If-Match", tag).contentType("application/json").body(correction)
                .when().put(path).then().statusCode(404);
        given().auth().oauth2(officer("37")).header("If-Match", tag).contentType("application/json").body(correction)
                .when().put(path).then().statusCode(200).body("fullName", equalTo("Lê Thị Hòa"));
        given().auth().oauth2(officer("37")).header("If-Match", tag).contentType("application/json").body(correction)
                .when().put(path).then().statusCode(412);
        given().auth().oauth2(officer("37")).when().get(DELEGATIONS + "/" + a + "/members")
                .then().body("items[0].fullName", equalTo("Lê Thị Hòa"));
        given().auth().oauth2(officer("37")).when().get(path + "/history").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].reason", equalTo("Sửa họ tên theo hộ chiếu"))
                .body("items[0].actor", equalTo("officer.37"))
                .body("items[0].changes.field", hasItem("fullName"))
                .body("items[0].changes[0].before", equalTo("Lê Thị Hoa"));
        // Personal data in the history is for those who may read it.
        given().auth().oauth2(viewer("37")).when().get(path).then().statusCode(200).body("passportNumber", nullValue());
    }
}
