package vn.doingoai.delegation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doingoai.delegation.api.DelegationFixtures.DELEGATIONS;
import static vn.doingoai.delegation.api.DelegationFixtures.addMember;
import static vn.doingoai.delegation.api.DelegationFixtures.create;
import static vn.doingoai.delegation.api.DelegationFixtures.officer;
import static vn.doingoai.delegation.api.DelegationFixtures.outbound;
import static vn.doingoai.delegation.api.DelegationFixtures.viewer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.personaldata.PersonalDataCipher;
import vn.doingoai.commons.personaldata.PersonalDataConfig;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestDatabase;
import vn.doingoai.delegation.AgreementServiceResource;
import vn.doingoai.delegation.service.PersonalDataResealing;

/**
 * Passport numbers and dates of birth as the database holds them: sealed, the plaintext nowhere in
 * the person's row or history; still recognised by passport; and brought under a new key, or out
 * of plaintext stored before sealing, by the re-sealing job without changing what the API shows.
 */
@QuarkusTest
@QuarkusTestResource(AgreementServiceResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class PersonalDataAtRestTest {

    @Inject
    PersonalDataResealing resealing;

    @Test
    void passportAndBirthDateAreSealedInTheRowAndInTheHistory() throws SQLException {
        String a = create("40", outbound("Đoàn Nghệ An sang Lào", "2027-05-01", "2027-05-04"));
        String personId = addMember("40", a, Map.of("fullName", "Nguyễn Thị Lan", "passportNumber", "N2468013",
                "dateOfBirth", "1979-11-23")).then().statusCode(201).extract().path("personId");
        Map<String, String> row = row("select passport_number, date_of_birth, passport_index from person where id = ?", personId);
        assertTrue(row.get("passport_number").startsWith("pd1:test1:"), row.toString());
        assertFalse(row.get("passport_number").contains("N2468013"));
        assertTrue(row.get("date_of_birth").startsWith("pd1:test1:"));
        assertFalse(row.get("date_of_birth").contains("1979"));
        assertTrue(row.get("passport_index").startsWith("testi1:"));
        assertFalse(row.get("passport_index").contains("N2468013"));

        // The same passport is the same person on another delegation, found by its index.
        String b = create("40", outbound("Đoàn Nghệ An sang Campuchia", "2027-06-01", "2027-06-03"));
        addMember("40", b, Map.of("fullName", "Nguyễn Thị Lan", "passportNumber", "N2468013")).then().statusCode(201)
                .body("personId", equalTo(personId));
        given().auth().oauth2(officer("40")).when().get(DELEGATIONS + "/people/" + personId).then().statusCode(200)
                .body("passportNumber", equalTo("N2468013")).body("dateOfBirth", equalTo("1979-11-23"));
        given().auth().oauth2(viewer("40")).when().get(DELEGATIONS + "/people/" + personId).then().statusCode(200)
                .body("passportNumber", nullValue()).body("dateOfBirth", nullValue());

        String tag = given().auth().oauth2(officer("40")).when().get(DELEGATIONS + "/people/" + personId).then()
                .extract().header("ETag");
        given().auth().oauth2(officer("40")).header("If-Match", tag).contentType("application/json")
                .body(Map.of("fullName", "Nguyễn Thị Lan", "passportNumber", "P1357924", "dateOfBirth", "1979-11-24",
                        "reason", "Hộ chiếu mới"))
                .when().put(DELEGATIONS + "/people/" + personId).then().statusCode(200);
        String history = row("select cast(changes as text) as changes from person_change where person_id = ?", personId)
                .get("changes");
        for (String plain : List.of("N2468013", "P1357924", "1979-11-23", "1979-11-24")) {
            assertFalse(history.contains(plain), plain + " in " + history);
        }
        given().auth().oauth2(officer("40")).when().get(DELEGATIONS + "/people/" + personId + "/history").then()
                .statusCode(200).body("items[0].changes.find { it.field == 'passportNumber' }.before", equalTo("N2468013"))
                .body("items[0].changes.find { it.field == 'passportNumber' }.after", equalTo("P1357924"))
                .body("items[0].changes.field", hasItem("dateOfBirth"));
    }

    @Test
    void theAnswerKeptForAReplayIsSealedToo() throws SQLException {
        String a = create("44", outbound("Đoàn Quảng Trị sang Lào", "2027-10-01", "2027-10-03"));
        String key = UUID.randomUUID().toString();
        Map<String, Object> member = Map.of("fullName", "Hồ Văn Nam", "passportNumber", "Q9081726", "dateOfBirth", "1975-06-07");
        String tag = given().auth().oauth2(officer("44")).when().get(DELEGATIONS + "/" + a).then().extract().header("ETag");
        given().auth().oauth2(officer("44")).header("If-Match", tag).header("Idempotency-Key", key).contentType("application/json")
                .body(member).when().post(DELEGATIONS + "/" + a + "/members").then().statusCode(201)
                .body("passportNumber", equalTo("Q9081726"));
        String stored = TestDatabase.row("select response_body from idempotency_record where idem_key = ?", key)
                .get("response_body");
        assertTrue(stored.startsWith("pd1:test1:"), stored);
        assertFalse(stored.contains("Q9081726") || stored.contains("1975-06-07"));
        given().auth().oauth2(officer("44")).header("If-Match", tag).header("Idempotency-Key", key).contentType("application/json")
                .body(member).when().post(DELEGATIONS + "/" + a + "/members").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("passportNumber", equalTo("Q9081726"));
    }

    @Test
    void theJobSealsPlaintextAndValuesOfAnEarlierKeyWithoutChangingTheRecord() throws SQLException {
        String a = create("42", outbound("Đoàn Hà Tĩnh sang Lào", "2027-07-01", "2027-07-03"));
        String personId = addMember("42", a, Map.of("fullName", "Phan Văn Hùng", "passportNumber", "H1122334"))
                .then().statusCode(201).extract().path("personId");
        String tag = given().auth().oauth2(officer("42")).when().get(DELEGATIONS + "/people/" + personId).then()
                .extract().header("ETag");
        // As an earlier key (test0, still configured beside the current test1) and the days before sealing left it.
        PersonalDataCipher earlier = earlierCipher();
        execute("update person set passport_number = ?, passport_index = ?, date_of_birth = ? where id = ?",
                earlier.seal("H1122334", "text"), earlier.blindIndex("H1122334"), "1985-02-03", personId);
        String b = create("42", outbound("Đoàn Hà Tĩnh sang Thái Lan", "2027-08-01", "2027-08-03"));
        addMember("42", b, Map.of("fullName", "Phan Văn Hùng", "passportNumber", "H1122334")).then().statusCode(201)
                .body("personId", equalTo(personId));

        assertTrue(resealing.resealAll() >= 1);
        Map<String, String> row = row("select passport_number, date_of_birth, passport_index from person where id = ?", personId);
        assertTrue(row.get("passport_number").startsWith("pd1:test1:"), row.toString());
        assertTrue(row.get("date_of_birth").startsWith("pd1:test1:"), row.toString());
        assertTrue(row.get("passport_index").startsWith("testi1:"), row.toString());
        assertEquals(0, resealing.resealAll(), "nothing left under another key");
        given().auth().oauth2(officer("42")).when().get(DELEGATIONS + "/people/" + personId).then().statusCode(200)
                .header("ETag", tag).body("passportNumber", equalTo("H1122334")).body("dateOfBirth", equalTo("1985-02-03"));
    }

    private static PersonalDataCipher earlierCipher() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        return new PersonalDataCipher(new PersonalDataConfig() {
            public Optional<List<String>> keys() {
                return Optional.of(List.of("test0:" + key));
            }

            public Optional<String> currentKey() {
                return Optional.of("test0");
            }

            public Optional<List<String>> indexKeys() {
                return Optional.of(List.of("testi0:" + key));
            }

            public Optional<String> currentIndexKey() {
                return Optional.of("testi0");
            }
        });
    }

    private static Map<String, String> row(String sql, String id) throws SQLException {
        return TestDatabase.row(sql, UUID.fromString(id));
    }

    private static void execute(String sql, Object... values) throws SQLException {
        values[values.length - 1] = UUID.fromString((String) values[values.length - 1]);
        TestDatabase.update(sql, values);
    }
}
