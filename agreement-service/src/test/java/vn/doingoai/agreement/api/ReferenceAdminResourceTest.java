package vn.doingoai.agreement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.doingoai.agreement.api.AgreementFixtures.AGREEMENTS;
import static vn.doingoai.agreement.api.AgreementFixtures.action;
import static vn.doingoai.agreement.api.AgreementFixtures.create;
import static vn.doingoai.agreement.api.AgreementFixtures.draft;
import static vn.doingoai.agreement.api.AgreementFixtures.officer;
import static vn.doingoai.agreement.api.AgreementFixtures.partner;
import static vn.doingoai.agreement.api.AgreementFixtures.transition;
import static vn.doingoai.agreement.api.AgreementFixtures.viewer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ReferenceAdminResourceTest {

    private static final String REF = "/api/v1/reference";

    private static String admin() {
        return TestTokens.user("admin").roles("admin").sign();
    }

    @Test
    void anAddedHolidayMovesWorkingDayDeadlines() {
        // A made-up holiday on Monday 10 March 2025, removed again at the end.
        given().auth().oauth2(officer("38")).contentType("application/json").body(Map.of("nameVi", "X", "nameEn", "X"))
                .when().put(REF + "/holidays/2025-03-10").then().statusCode(403);
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("nameVi", "Ngày nghỉ thử nghiệm", "nameEn", "Test holiday"))
                .when().put(REF + "/holidays/2025-03-10").then().statusCode(201).header("ETag", org.hamcrest.Matchers.notNullValue());
        try {
            given().auth().oauth2(viewer("38")).queryParam("year", 2025).when().get(REF + "/holidays")
                    .then().statusCode(200).body("items.day", hasItem("2025-03-10")).body("items.day", hasItem("2025-09-02"));
            String id = create("83", draft("Thỏa thuận Bến Tre – thử lịch nghỉ", partner("83", "Đối tác lịch nghỉ", "LA"))).path("id");
            // Friday 7 March 2025 + 3 working days, the Monday being a holiday: 11, 12, 13 March.
            transition(officer("83"), id, action("START_CONSULTATION", "effectiveOn", "2025-03-07",
                    "consultedBodies", List.of("Bộ Ngoại giao"), "shortenedProcedure", true, "shortenedReason", "Khẩn"))
                    .then().statusCode(200).body("consultations[0].dueOn", equalTo("2025-03-13"));
        } finally {
            String tag = given().auth().oauth2(admin()).when().get(REF + "/holidays/2025-03-10").header("ETag");
            given().auth().oauth2(admin()).when().delete(REF + "/holidays/2025-03-10").then().statusCode(428);
            given().auth().oauth2(admin()).header("If-Match", tag).when().delete(REF + "/holidays/2025-03-10").then().statusCode(204);
        }
        given().auth().oauth2(viewer("38")).queryParam("year", 2025).when().get(REF + "/holidays")
                .then().body("items.day", not(hasItem("2025-03-10")));
    }

    @Test
    void labelsChangeWithTheCurrentETagOnly() {
        String tag = given().auth().oauth2(admin()).when().get(REF + "/partner-kinds/NGO").then().statusCode(200)
                .body("nameVi", equalTo("Tổ chức phi chính phủ nước ngoài")).extract().header("ETag");
        Map<String, Object> body = Map.of("nameVi", "Tổ chức phi chính phủ nước ngoài (NGO)", "nameEn", "Foreign NGO", "sortOrder", 50);
        given().auth().oauth2(admin()).contentType("application/json").body(body).when().put(REF + "/partner-kinds/NGO")
                .then().statusCode(428);
        given().auth().oauth2(admin()).header("If-Match", "\"stale\"").contentType("application/json").body(body)
                .when().put(REF + "/partner-kinds/NGO").then().statusCode(412);
        given().auth().oauth2(admin()).header("If-Match", tag).contentType("application/json").body(body)
                .when().put(REF + "/partner-kinds/NGO")
                .then().statusCode(200).body("nameVi", equalTo("Tổ chức phi chính phủ nước ngoài (NGO)"))
                .header("ETag", not(equalTo(tag)));
        given().auth().oauth2(admin()).header("If-Match", tag).contentType("application/json").body(body)
                .when().put(REF + "/partner-kinds/ALIENS").then().statusCode(404);
        given().auth().oauth2(admin()).header("If-Match", tag).contentType("application/json")
                .body(Map.of("nameVi", "", "nameEn", "x", "sortOrder", -1)).when().put(REF + "/partner-kinds/NGO")
                .then().statusCode(400).body("errors.field", hasItem("nameVi")).body("errors.field", hasItem("sortOrder"));
    }

    @Test
    void aNewCooperationFieldIsOfferedAndCanBeRetired() {
        Map<String, Object> field = Map.of("nameVi", "Chuyển đổi số", "nameEn", "Digital transformation", "sortOrder", 150);
        String tag = given().auth().oauth2(admin()).contentType("application/json").body(field)
                .when().put(REF + "/cooperation-fields/DIGITAL_TRANSFORMATION").then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(viewer("38")).when().get(REF + "/cooperation-fields")
                .then().body("items.code", hasItem("DIGITAL_TRANSFORMATION"));
        given().auth().oauth2(admin()).contentType("application/json").body(field)
                .when().put(REF + "/cooperation-fields/DIGITAL_TRANSFORMATION").then().statusCode(428);
        given().auth().oauth2(admin()).header("If-Match", tag).contentType("application/json")
                .body(Map.of("nameVi", "Chuyển đổi số", "nameEn", "Digital transformation", "sortOrder", 150, "active", false))
                .when().put(REF + "/cooperation-fields/DIGITAL_TRANSFORMATION").then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(viewer("38")).when().get(REF + "/cooperation-fields")
                .then().body("items.code", not(hasItem("DIGITAL_TRANSFORMATION")));
        given().auth().oauth2(viewer("38")).queryParam("includeInactive", true).when().get(REF + "/cooperation-fields")
                .then().body("items.code", hasItem("DIGITAL_TRANSFORMATION"));
        given().auth().oauth2(admin()).contentType("application/json").body(field)
                .when().put(REF + "/cooperation-fields/digital").then().statusCode(400);
    }

    @Test
    void aProvinceSetsItsOwnExpiryWarning() {
        String tag = given().auth().oauth2(viewer("84")).when().get(REF + "/province-settings/84")
                .then().statusCode(200).body("expiryWarningDays", equalTo(90)).extract().header("ETag");
        given().auth().oauth2(admin()).header("If-Match", tag).contentType("application/json")
                .body(Map.of("expiryWarningDays", 800)).when().put(REF + "/province-settings/84").then().statusCode(400);
        given().auth().oauth2(admin()).header("If-Match", tag).contentType("application/json")
                .body(Map.of("expiryWarningDays", 30)).when().put(REF + "/province-settings/84")
                .then().statusCode(200).body("expiryWarningDays", equalTo(30));
        given().auth().oauth2(viewer("84")).when().get(REF + "/province-settings/84").then().body("expiryWarningDays", equalTo(30));
    }

    @Test
    void labelListsForAgreementsAreServed() {
        given().auth().oauth2(viewer("38")).when().get(REF + "/agreement-kinds")
                .then().statusCode(200).body("items.code", hasItem("TWINNING"));
        given().auth().oauth2(viewer("38")).when().get(REF + "/signing-levels")
                .then().statusCode(200).body("items.find { it.code == 'PEOPLES_COUNCIL' }.nameVi", equalTo("Hội đồng nhân dân cấp tỉnh"));
        given().auth().oauth2(viewer("38")).when().get(AGREEMENTS + "/deadlines").then().statusCode(200);
    }

    @Test
    void aRecordedSuccessionOpensThePredecessorsRecordsToTheSuccessor() {
        String partner = partner("97", "Đối tác của đơn vị 97", "LA");
        given().auth().oauth2(officer("98")).when().get("/api/v1/partners/" + partner).then().statusCode(404);
        Map<String, Object> succession = Map.of("predecessorCode", "97", "successorCode", "98", "effectiveOn", "2025-01-01",
                "kind", "MERGE", "legalBasis", "Nghị quyết thử nghiệm");
        given().auth().oauth2(officer("98")).contentType("application/json").body(succession)
                .when().post(REF + "/administrative-successions").then().statusCode(403);
        given().auth().oauth2(admin()).contentType("application/json").body(succession)
                .when().post(REF + "/administrative-successions").then().statusCode(201).body("successorCode", equalTo("98"));
        given().auth().oauth2(admin()).contentType("application/json").body(succession)
                .when().post(REF + "/administrative-successions").then().statusCode(409).body("code", equalTo("SUCCESSION_EXISTS"));
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("predecessorCode", "98", "successorCode", "97", "effectiveOn", "2031-01-01", "kind", "MERGE",
                        "legalBasis", "x"))
                .when().post(REF + "/administrative-successions").then().statusCode(400).body("errors[0].code", equalTo("CYCLE"));
        given().auth().oauth2(officer("98")).when().get("/api/v1/partners/" + partner).then().statusCode(200);

        String path = REF + "/administrative-successions/97/98/2025-01-01";
        String tag = given().auth().oauth2(admin()).when().get(path).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(admin()).when().delete(path).then().statusCode(428);
        given().auth().oauth2(admin()).header("If-Match", tag).when().delete(path).then().statusCode(204);
        given().auth().oauth2(officer("98")).when().get("/api/v1/partners/" + partner).then().statusCode(404);
    }

    @Test
    void successionsAreReadAsEveryServiceReadsThem() {
        vn.doingoai.commons.testing.SuccessionScenarios.run("http://localhost:" + io.restassured.RestAssured.port,
                province -> "/api/v1/partners/" + partner(province, "Đối tác của tỉnh " + province, "LA"));
    }

    @Test
    void unitNamesHavePeriodsThatDoNotOverlap() {
        Map<String, Object> unit = Map.of("code", "99", "nameVi", "Tỉnh thử nghiệm", "nameEn", "Test Province",
                "kind", "PROVINCE", "validFrom", "2030-01-01");
        String id = given().auth().oauth2(admin()).contentType("application/json").body(unit)
                .when().post(REF + "/administrative-units").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin()).contentType("application/json").body(unit)
                .when().post(REF + "/administrative-units").then().statusCode(409).body("code", equalTo("UNIT_PERIOD_OVERLAP"));
        given().auth().oauth2(admin()).contentType("application/json")
                .body(Map.of("code", "99", "nameVi", "X", "nameEn", "X", "kind", "PROVINCE", "validFrom", "2030-01-01",
                        "validTo", "2029-01-01"))
                .when().post(REF + "/administrative-units").then().statusCode(400).body("errors[0].field", equalTo("validTo"));
        String tag = given().auth().oauth2(viewer("38")).when().get(REF + "/administrative-units/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(admin()).header("If-Match", tag).contentType("application/json")
                .body(Map.of("nameVi", "Tỉnh thử nghiệm mới", "nameEn", "New Test Province", "kind", "PROVINCE",
                        "validFrom", "2030-01-01"))
                .when().put(REF + "/administrative-units/" + id).then().statusCode(200).body("nameVi", equalTo("Tỉnh thử nghiệm mới"));
        given().auth().oauth2(viewer("38")).queryParam("asOf", "2030-06-01").when().get(REF + "/administrative-units")
                .then().body("items.find { it.code == '99' }.nameVi", equalTo("Tỉnh thử nghiệm mới"));
    }
}
