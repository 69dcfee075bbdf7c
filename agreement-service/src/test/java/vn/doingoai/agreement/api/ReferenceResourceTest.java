package vn.doingoai.agreement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ReferenceResourceTest {

    private static final String PATH = "/api/v1/reference/cooperation-fields";

    private static String officer() {
        return TestTokens.user("th.officer").roles("officer").province("38").sign();
    }

    @Test
    void listsTheSeededFieldsWithBothLabels() {
        given().auth().oauth2(officer())
                .when().get(PATH)
                .then().statusCode(200)
                .contentType("application/json")
                .body("items.code", hasItems("EDUCATION", "HEALTH", "BORDER_MANAGEMENT"))
                .body("items.find { it.code == 'EDUCATION' }.nameVi", equalTo("Giáo dục"))
                .body("items.find { it.code == 'EDUCATION' }.nameEn", equalTo("Education"))
                .body("items[0].code", equalTo("EDUCATION"));
    }

    @Test
    void listsCountriesWithVietnameseNames() {
        given().auth().oauth2(officer()).when().get("/api/v1/reference/countries")
                .then().statusCode(200)
                .body("items.size()", equalTo(249))
                .body("items.find { it.code == 'LA' }.nameVi", equalTo("Lào"))
                .body("items.find { it.code == 'KR' }.nameEn", equalTo("South Korea"));
    }

    @Test
    void listsPartnerAndRelationshipKindsMatchingTheEnums() {
        given().auth().oauth2(officer()).when().get("/api/v1/reference/partner-kinds")
                .then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.containsInAnyOrder(
                        java.util.Arrays.stream(vn.doingoai.agreement.domain.PartnerKind.values()).map(Enum::name).toArray()));
        given().auth().oauth2(officer()).when().get("/api/v1/reference/relationship-kinds")
                .then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.containsInAnyOrder(
                        java.util.Arrays.stream(vn.doingoai.agreement.domain.RelationshipKind.values()).map(Enum::name).toArray()))
                .body("items.find { it.code == 'TWINNED' }.nameVi", equalTo("Kết nghĩa"));
    }

    @Test
    void administrativeUnitsBeforeAndAfterThe2025Arrangement() {
        given().auth().oauth2(officer()).queryParam("asOf", "2025-06-30").when().get("/api/v1/reference/administrative-units")
                .then().statusCode(200)
                .body("items.size()", equalTo(63))
                .body("items.find { it.code == '34' }.nameVi", equalTo("Tỉnh Thái Bình"))
                .body("items.find { it.code == '46' }.nameVi", equalTo("Thành phố Huế"));
        given().auth().oauth2(officer()).queryParam("asOf", "2025-07-01").when().get("/api/v1/reference/administrative-units")
                .then().statusCode(200)
                .body("items.size()", equalTo(34))
                .body("items.code", not(hasItems("34")))
                .body("items.find { it.code == '15' }.nameVi", equalTo("Tỉnh Lào Cai"))
                .body("items.find { it.code == '38' }.nameVi", equalTo("Tỉnh Thanh Hóa"));
        given().auth().oauth2(officer()).queryParam("asOf", "2024-12-31").when().get("/api/v1/reference/administrative-units")
                .then().body("items.find { it.code == '46' }.nameVi", equalTo("Tỉnh Thừa Thiên Huế"));
        given().auth().oauth2(officer()).when().get("/api/v1/reference/administrative-successions")
                .then().statusCode(200)
                .body("items.find { it.predecessorCode == '34' }.successorCode", equalTo("33"))
                .body("items.find { it.predecessorCode == '34' }.effectiveOn", equalTo("2025-07-01"));
    }

    @Test
    void echoesTheCallersRequestId() {
        given().auth().oauth2(officer()).header("X-Request-Id", "integration-test-0001")
                .when().get(PATH)
                .then().statusCode(200)
                .header("X-Request-Id", "integration-test-0001");
    }

    @Test
    void withoutTokenAnswers401Problem() {
        given().header("X-Request-Id", "no-token-request-1")
                .when().get(PATH)
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("status", equalTo(401))
                .body("code", equalTo("UNAUTHENTICATED"))
                .body("requestId", equalTo("no-token-request-1"))
                .body("instance", equalTo(PATH));
    }

    @Test
    void refusesExpiredToken() {
        String expired = TestTokens.user("th.officer").roles("officer").province("38")
                .expiredSince(Duration.ofMinutes(10)).sign();
        given().auth().oauth2(expired).when().get(PATH)
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void clocksMayDifferByTheGatewaysGraceButNoMore() {
        String justExpired = TestTokens.user("th.officer").roles("officer").province("38")
                .expiredSince(Duration.ofSeconds(10)).sign();
        given().auth().oauth2(justExpired).when().get(PATH).then().statusCode(200);
        String longExpired = TestTokens.user("th.officer").roles("officer").province("38")
                .expiredSince(Duration.ofSeconds(90)).sign();
        given().auth().oauth2(longExpired).when().get(PATH).then().statusCode(401);
    }

    @Test
    void refusesForeignIssuer() {
        String foreign = TestTokens.user("th.officer").roles("officer").issuer("https://evil.example.org").sign();
        given().auth().oauth2(foreign).when().get(PATH)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesWrongAudience() {
        String other = TestTokens.user("th.officer").roles("officer").audience("some-other-api").sign();
        given().auth().oauth2(other).when().get(PATH)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesForgedSignature() {
        String forged = TestTokens.user("th.officer").roles("officer").province("38").signWithForeignKey();
        given().auth().oauth2(forged).when().get(PATH)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusesGarbageToken() {
        given().header("Authorization", "Bearer not-a-jwt").when().get(PATH)
                .then().statusCode(401).contentType("application/problem+json")
                .body("requestId", not(emptyOrNullString()));
    }

    @Test
    void tokenWithoutAnyRoleOfTheSuiteIsForbidden() {
        String noRole = TestTokens.user("stranger").province("38").sign();
        given().auth().oauth2(noRole).when().get(PATH)
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void unknownPathIsProblem404() {
        given().auth().oauth2(officer()).when().get("/api/v1/reference/no-such-list")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void wrongMethodIsProblem405() {
        given().auth().oauth2(officer()).when().delete(PATH)
                .then().statusCode(405).contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }
}
