package vn.doingoai.reporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.doingoai.reporting.SuiteServicesResource;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(SuiteServicesResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ReferenceResourceTest {

    @org.junit.jupiter.api.BeforeEach
    void units() {
        ReportingUnits.ensure();
    }

    private static final String PATH = "/api/v1/reference/units";

    @Test
    void reporterSeesOnlyTheUnitsOfItsProvince() {
        given().auth().oauth2(TestTokens.user("db.reporter").roles("unit-reporter").province("11").unit("SO_TTTT").sign())
                .when().get(PATH)
                .then().statusCode(200)
                .body("items.provinceCode", everyItem(equalTo("11")))
                .body("items.code", hasItems("SO_TTTT", "SO_NGOAI_VU"))
                .body("items.find { it.code == 'SO_TTTT' }.nameVi", equalTo("Sở Thông tin và Truyền thông tỉnh Điện Biên"));
    }

    @Test
    void askingForAnotherProvinceGivesNothing() {
        given().auth().oauth2(TestTokens.user("qn.officer").roles("officer").province("22").sign())
                .queryParam("province", "38")
                .when().get(PATH)
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void centralAuditorSeesEveryProvinceAndCanNarrow() {
        String auditor = TestTokens.user("central.auditor").roles("central-auditor").sign();
        given().auth().oauth2(auditor).when().get(PATH)
                .then().statusCode(200)
                .body("items.provinceCode", hasItems("11", "22", "38"));
        given().auth().oauth2(auditor).queryParam("province", "22").when().get(PATH)
                .then().statusCode(200)
                .body("items.provinceCode", everyItem(equalTo("22")))
                .body("items.code", hasItem("BAN_XTHT_DT"));
    }

    @Test
    void malformedProvinceFilterIsAFieldError() {
        given().auth().oauth2(TestTokens.user("central.auditor").roles("central-auditor").sign())
                .queryParam("province", "Thanh Hoa")
                .when().get(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("province"))
                .body("errors[0].code", equalTo("FORMAT"));
    }

    @Test
    void tokenWithoutProvinceIsForbiddenForProvincialRoles() {
        given().auth().oauth2(TestTokens.user("lost").roles("officer").sign())
                .when().get(PATH)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void withoutTokenAnswers401Problem() {
        given().when().get(PATH)
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
    }

    @Test
    void administratorsKeepTheUnitsOfEachProvince() {
        String admin = TestTokens.user("admin").roles("admin").sign();
        String officer = TestTokens.user("o").roles("officer").province("12").sign();
        java.util.Map<String, Object> unit = java.util.Map.of("provinceCode", "12", "code", "SO_NGOAI_VU",
                "nameVi", "Sở Ngoại vụ tỉnh Lai Châu", "nameEn", "Lai Châu Department of Foreign Affairs");
        given().auth().oauth2(officer).contentType("application/json").body(unit).when().post(PATH).then().statusCode(403);
        String id = given().auth().oauth2(admin).contentType("application/json").body(unit).when().post(PATH)
                .then().statusCode(201).header("ETag", org.hamcrest.Matchers.notNullValue()).extract().path("id");
        given().auth().oauth2(admin).contentType("application/json").body(unit).when().post(PATH)
                .then().statusCode(409).body("code", equalTo("UNIT_EXISTS"));
        given().auth().oauth2(admin).contentType("application/json").body(java.util.Map.of("nameVi", "X"))
                .when().post(PATH).then().statusCode(400).body("errors.field", hasItems("provinceCode", "code"));
        String tag = given().auth().oauth2(officer).when().get(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.user("o2").roles("officer").province("22").sign()).when().get(PATH + "/" + id)
                .then().statusCode(404);
        java.util.Map<String, Object> retired = java.util.Map.of("nameVi", "Sở Ngoại vụ tỉnh Lai Châu", "active", false);
        given().auth().oauth2(admin).contentType("application/json").body(retired).when().put(PATH + "/" + id).then().statusCode(428);
        given().auth().oauth2(admin).header("If-Match", tag).contentType("application/json")
                .body(java.util.Map.of("nameVi", "X", "code", "OTHER")).when().put(PATH + "/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().auth().oauth2(officer).when().get(PATH).then().body("items.code", hasItems("SO_NGOAI_VU"));
        given().auth().oauth2(admin).header("If-Match", tag).contentType("application/json").body(retired)
                .when().put(PATH + "/" + id).then().statusCode(200);
        given().auth().oauth2(officer).when().get(PATH).then().body("items", org.hamcrest.Matchers.empty());
        given().auth().oauth2(admin).queryParam("province", "12").queryParam("includeInactive", true).when().get(PATH)
                .then().body("items[0].code", equalTo("SO_NGOAI_VU")).body("items[0].active", equalTo(false));
        given().auth().oauth2(admin).when().get(PATH + "/" + id).then().body("active", equalTo(false));
        // A retired unit takes no new task.
        String programme = given().auth().oauth2(officer).contentType("application/json")
                .body(java.util.Map.of("number", "LC-01", "title", "Kế hoạch Lai Châu", "kind", "PLAN", "fromYear", 2026, "toYear", 2026))
                .when().post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        String path = "/api/v1/programmes/" + programme;
        given().auth().oauth2(officer).header("If-Match", given().auth().oauth2(officer).when().get(path).header("ETag"))
                .contentType("application/json")
                .body(java.util.Map.of("items", java.util.List.of(java.util.Map.of("title", "Biên giới", "pillar", "STATE_DIPLOMACY"))))
                .when().put(path + "/content-areas").then().statusCode(200);
        String area = given().auth().oauth2(officer).when().get(path).path("contentAreas[0].id");
        given().auth().oauth2(officer).header("If-Match", given().auth().oauth2(officer).when().get(path).header("ETag"))
                .contentType("application/json")
                .body(java.util.Map.of("contentAreaId", area, "title", "Giao ban", "leadUnitCode", "SO_NGOAI_VU", "recurrence", "YEARLY"))
                .when().post(path + "/tasks").then().statusCode(400).body("errors[0].field", equalTo("leadUnitCode"));
    }
}
