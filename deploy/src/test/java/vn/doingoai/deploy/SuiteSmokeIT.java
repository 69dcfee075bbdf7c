package vn.doingoai.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks the suite started by {@code deploy/run.sh}: real Keycloak tokens, through the gateway, to
 * each service and its PostgreSQL database. Run with {@code ./mvnw -pl deploy verify -Pe2e}.
 */
class SuiteSmokeIT {

    private static final String GATEWAY = System.getProperty("doingoai.gateway", "http://localhost:8080");
    private static final String KEYCLOAK = System.getProperty("doingoai.keycloak", "http://localhost:8180");
    private static final String AGREEMENT = System.getProperty("doingoai.agreement", "http://localhost:8081");
    private static final String TOKEN_URL = KEYCLOAK + "/realms/foreign-affairs/protocol/openid-connect/token";

    private static String officer;

    @BeforeAll
    static void login() {
        officer = passwordToken("th.officer");
    }

    private static String passwordToken(String username) {
        return given().formParam("client_id", "foreign-affairs-cli").formParam("grant_type", "password")
                .formParam("username", username).formParam("password", "demo")
                .when().post(TOKEN_URL)
                .then().statusCode(200).extract().path("access_token");
    }

    private static JsonPath claims(String token) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    @Test
    void keycloakIssuesTokensWithProvinceRolesAndAudience() {
        JsonPath claims = claims(officer);
        assertEquals("38", claims.getString("province"));
        assertEquals("http://localhost:8180/realms/foreign-affairs", claims.getString("iss"));
        assertEquals(true, claims.getList("realm_access.roles").contains("officer"));
        assertEquals(true, claims.getString("aud").contains("foreign-affairs-api"));
        JsonPath reporter = claims(passwordToken("db.reporter"));
        assertEquals("11", reporter.getString("province"));
        assertEquals("SO_TTTT", reporter.getString("unit"));
    }

    @Test
    void agreementServiceAnswersThroughTheGateway() {
        given().baseUri(GATEWAY).auth().oauth2(officer).header("X-Request-Id", "smoke-agreement-0001")
                .when().get("/api/v1/reference/cooperation-fields")
                .then().statusCode(200)
                .header("X-Request-Id", "smoke-agreement-0001")
                .body("items.code", hasItem("EDUCATION"))
                .body("items.find { it.code == 'AGRICULTURE' }.nameVi", equalTo("Nông nghiệp"));
    }

    @Test
    void delegationServiceAnswersThroughTheGateway() {
        given().baseUri(GATEWAY).auth().oauth2(officer)
                .when().get("/api/v1/reference/delegation-purposes")
                .then().statusCode(200)
                .body("items.code", hasItem("OFFICIAL_VISIT"));
    }

    @Test
    void reportingServiceAnswersWithTheCallersProvinceOnly() {
        given().baseUri(GATEWAY).auth().oauth2(officer)
                .when().get("/api/v1/reference/units")
                .then().statusCode(200)
                .body("items.provinceCode", everyItem(equalTo("38")))
                .body("items.code", hasItem("SO_NGOAI_VU"));
    }

    @Test
    void demoAgreementsAreLoadedAndASuccessorSeesItsPredecessors() {
        given().baseUri(GATEWAY).auth().oauth2(officer).queryParam("q", "hua phan")
                .when().get("/api/v1/agreements")
                .then().statusCode(200)
                .body("items.titleVi", hasItem("Thỏa thuận hợp tác giữa tỉnh Thanh Hóa và tỉnh Hủa Phăn giai đoạn 2022–2026"));
        given().baseUri(GATEWAY).auth().oauth2(passwordToken("hy.officer")).queryParam("q", "xay nha bu ly")
                .when().get("/api/v1/agreements")
                .then().statusCode(200)
                .body("items.provinceCode", hasItem("34"))
                .body("items.responsibleUnit", hasItem("Ủy ban nhân dân tỉnh Hưng Yên"));
        given().baseUri(GATEWAY).auth().oauth2(passwordToken("qn.officer")).queryParam("q", "hua phan")
                .when().get("/api/v1/agreements")
                .then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void demoDelegationsAreLoadedAndTheSuccessionComesFromTheAgreementService() {
        given().baseUri(GATEWAY).auth().oauth2(officer).queryParam("q", "hua phan")
                .when().get("/api/v1/delegations")
                .then().statusCode(200)
                .body("items.title", hasItem("Đoàn công tác tỉnh Thanh Hóa thăm và làm việc tại tỉnh Hủa Phăn"));
        given().baseUri(GATEWAY).auth().oauth2(passwordToken("hy.officer")).queryParam("direction", "INBOUND")
                .when().get("/api/v1/delegations")
                .then().statusCode(200)
                .body("items.title", hasItem("Đoàn đại biểu tỉnh Xay Nhạ Bu Ly thăm tỉnh Thái Bình"));
    }

    @Test
    void annualStatisticsArePulledFromTheOtherServices() {
        given().baseUri(GATEWAY).auth().oauth2(officer).queryParam("year", 2025)
                .when().get("/api/v1/statistics/annual")
                .then().statusCode(200)
                .body("missing", org.hamcrest.Matchers.empty())
                // At least the demo's Hủa Phăn agreement; the journeys may have added more.
                .body("agreements.inForceByCountry.find { it.keys.country == 'LA' }.agreements",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("delegations.byDirectionAndCountry.find { it.keys.country == 'LA' }.delegations", equalTo(1));
    }

    @Test
    void theAnnualReportToTheMinistryPrintsThroughTheGateway() {
        byte[] docx = given().baseUri(GATEWAY).auth().oauth2(officer)
                .header("Accept", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .queryParam("year", 2026)
                .when().get("/api/v1/reports/annual-agreement-report")
                .then().statusCode(200)
                .header("Content-Disposition", containsString(".docx"))
                .extract().asByteArray();
        // A DOCX is a ZIP archive: "PK" and then the parts the word processor opens.
        assertEquals('P', (char) docx[0]);
        assertEquals('K', (char) docx[1]);
        given().baseUri(GATEWAY).auth().oauth2(officer).queryParam("year", 2026)
                .when().get("/api/v1/reports/annual-agreement-report")
                .then().statusCode(200)
                .body("provinceName", equalTo("Tỉnh Thanh Hóa"))
                .body("planned.referenceNumber", hasItem("DEMO-05/2026/TTQT"));
    }

    @Test
    void theGatewayServesTheSuitesOneOpenApiDocumentAndSwaggerUi() {
        given().baseUri(GATEWAY).queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Đối ngoại API"))
                .body("paths.'/api/v1/agreements'.get.operationId", equalTo("listAgreements"))
                .body("paths.'/api/v1/delegations'.get.operationId", equalTo("listDelegations"))
                .body("paths.'/api/v1/reports/consolidated'.get.operationId", equalTo("getConsolidatedReport"))
                .body("components.securitySchemes.keycloak.flows.clientCredentials.tokenUrl",
                        equalTo("http://localhost:8180/realms/foreign-affairs/protocol/openid-connect/token"));
        given().baseUri(GATEWAY).when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void theFrontendsOriginGetsItsPreflightAnsweredAtTheGateway() {
        given().baseUri(GATEWAY).header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/agreements")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Credentials", "true");
        io.restassured.response.Response actual = given().baseUri(GATEWAY).auth().oauth2(officer)
                .header("Origin", "http://localhost:5173").when().get("/api/v1/reference/countries");
        actual.then().statusCode(200);
        assertEquals(1, actual.headers().getValues("Access-Control-Allow-Origin").size());
    }

    @Test
    void gatewayReadinessNamesEveryBackend() {
        given().baseUri(GATEWAY).when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'backends' }.data.agreement", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.delegation", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.reporting", equalTo("UP"));
    }

    @Test
    void aViewerCannotWriteAndTheGatewaySaysWhichRolesCan() {
        given().baseUri(GATEWAY).auth().oauth2(passwordToken("th.viewer")).contentType("application/json").body("{}")
                .when().post("/api/v1/agreements")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", equalTo("This call needs one of the roles admin, approver, officer."));
    }

    @Test
    void machineClientWithClientCredentialsReadsItsProvince() {
        String machine = given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "demo-integration").formParam("client_secret", "demo-integration-secret")
                .when().post(TOKEN_URL)
                .then().statusCode(200).extract().path("access_token");
        given().baseUri(GATEWAY).auth().oauth2(machine)
                .when().get("/api/v1/reference/units")
                .then().statusCode(200)
                .body("items.provinceCode", everyItem(equalTo("38")));
    }

    @Test
    void noTokenIs401ProblemAtTheGateway() {
        given().baseUri(GATEWAY)
                .when().get("/api/v1/reference/units")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"))
                .body("requestId", not(emptyOrNullString()));
    }

    @Test
    void tamperedTokenIsRefusedAtTheGatewayAndAtTheServiceDirectly() {
        String[] parts = officer.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"38\"", "\"22\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        for (String base : new String[] { GATEWAY, AGREEMENT }) {
            given().baseUri(base).auth().oauth2(tampered)
                    .when().get("/api/v1/reference/cooperation-fields")
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("code", equalTo("UNAUTHENTICATED"));
        }
    }

    @Test
    void serviceCalledDirectlyWithoutTokenIs401Problem() {
        given().baseUri(AGREEMENT)
                .when().get("/api/v1/reference/cooperation-fields")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
    }
}
