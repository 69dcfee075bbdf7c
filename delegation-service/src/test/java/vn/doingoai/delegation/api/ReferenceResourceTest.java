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
