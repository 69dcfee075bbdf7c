package vn.doingoai.delegation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.doingoai.delegation.AgreementServiceResource;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(AgreementServiceResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ReferenceResourceTest {

    private static final String PATH = "/api/v1/reference/delegation-purposes";

    @Test
    void listsActivePurposesInOrder() {
        given().auth().oauth2(TestTokens.user("qn.officer").roles("officer").province("22").sign())
                .when().get(PATH)
                .then().statusCode(200)
                .body("items.code", hasItems("OFFICIAL_VISIT", "WORKING_VISIT", "BORDER_AFFAIRS"))
                .body("items[0].code", equalTo("OFFICIAL_VISIT"))
                .body("items.find { it.code == 'WORKING_VISIT' }.nameVi", equalTo("Thăm và làm việc"))
                .body("items.active", not(hasItems(false)));
    }

    @Test
    void administratorsKeepPurposesAndLevels() {
        String admin = TestTokens.user("admin").roles("admin").sign();
        String officer = TestTokens.user("qn.officer").roles("officer").province("22").sign();
        java.util.Map<String, Object> forum = java.util.Map.of("code", "INVESTMENT_FORUM", "nameVi", "Dự diễn đàn đầu tư",
                "nameEn", "Investment forum", "sortOrder", 55);
        given().auth().oauth2(officer).contentType("application/json").body(forum).when().post(PATH).then().statusCode(403);
        given().auth().oauth2(admin).contentType("application/json").body(forum).when().post(PATH)
                .then().statusCode(201).header("ETag", org.hamcrest.Matchers.notNullValue()).body("active", equalTo(true));
        given().auth().oauth2(admin).contentType("application/json").body(forum).when().post(PATH)
                .then().statusCode(409).body("code", equalTo("CODE_EXISTS"));
        String tag = given().auth().oauth2(officer).when().get(PATH + "/INVESTMENT_FORUM").then().statusCode(200)
                .extract().header("ETag");
        java.util.Map<String, Object> retired = java.util.Map.of("nameVi", "Dự diễn đàn đầu tư", "nameEn", "Investment forum",
                "sortOrder", 55, "active", false);
        given().auth().oauth2(admin).contentType("application/json").body(retired).when().put(PATH + "/INVESTMENT_FORUM")
                .then().statusCode(428);
        given().auth().oauth2(admin).header("If-Match", tag).contentType("application/json").body(retired)
                .when().put(PATH + "/INVESTMENT_FORUM").then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(admin).header("If-Match", tag).contentType("application/json").body(retired)
                .when().put(PATH + "/INVESTMENT_FORUM").then().statusCode(412);
        given().auth().oauth2(officer).when().get(PATH).then().body("items.code", not(hasItems("INVESTMENT_FORUM")));
        given().auth().oauth2(officer).queryParam("includeInactive", true).when().get(PATH)
                .then().body("items.code", hasItems("INVESTMENT_FORUM"));
        // A retired purpose is not taken by a new delegation.
        java.util.Map<String, Object> delegation = DelegationFixtures.outbound("Đoàn dự diễn đàn", "2027-05-01", "2027-05-02");
        delegation.put("purpose", "INVESTMENT_FORUM");
        given().auth().oauth2(officer).contentType("application/json").body(delegation).when().post("/api/v1/delegations")
                .then().statusCode(400).body("errors[0].field", equalTo("purpose")).body("errors[0].code", equalTo("INACTIVE"));

        String levels = "/api/v1/reference/delegation-levels";
        given().auth().oauth2(admin).contentType("application/json").body(java.util.Map.of("code", "EMBASSY",
                "nameVi", "Cơ quan đại diện nước ngoài", "nameEn", "Foreign mission", "sortOrder", 25))
                .when().post(levels).then().statusCode(201);
        given().auth().oauth2(officer).when().get(levels).then().statusCode(200).body("items.code", hasItems("EMBASSY", "DEPARTMENT"));
        given().auth().oauth2(officer).when().get(levels + "/NOPE").then().statusCode(404);
    }

    @Test
    void machineClientWithIntegrationRoleReads() {
        given().auth().oauth2(TestTokens.user("service-account-demo-integration").client("demo-integration")
                        .roles("integration", "viewer").province("38").sign())
                .when().get(PATH)
                .then().statusCode(200);
    }

    @Test
    void withoutTokenAnswers401Problem() {
        given().when().get(PATH)
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void refusesExpiredAndForgedTokens() {
        given().auth().oauth2(TestTokens.user("x").roles("viewer").expiredSince(Duration.ofMinutes(2)).sign())
                .when().get(PATH).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.user("x").roles("viewer").signWithForeignKey())
                .when().get(PATH).then().statusCode(401).contentType("application/problem+json");
    }
}
