package vn.doingoai.gateway;

import vn.doingoai.commons.testing.RawHttp;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.TestTokens;
import vn.doingoai.gateway.observability.AccessLog;
import vn.doingoai.gateway.routing.EchoBackendResource;

/**
 * What the edge enforces before a call reaches a service, and how it behaves when the service
 * misbehaves: roles per route, methods, rate limits, body and header sizes, traversal, CORS, the
 * access log, the circuit, a backend dropping the connection, and readiness.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoBackendResource.class)
class EdgeRulesTest {

    @TestHTTPResource("/")
    URL gateway;

    private static String as(String user, String... roles) {
        return TestTokens.user(user).roles(roles).province("38").unit("SO_NGOAI_VU").sign();
    }

    @Test
    void eachRouteLetsOnlyItsRolesThrough() {
        given().auth().oauth2(as("v", "viewer")).when().get("/api/v1/agreements").then().statusCode(200);
        given().auth().oauth2(as("v", "viewer")).header("Accept-Language", "en").contentType("application/json").body("{}")
                .when().post("/api/v1/agreements")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"))
                .body("detail", equalTo("This call needs one of the roles admin, approver, officer."))
                .body("method", nullValue());
        // The frontend's token without Accept-Language reads Vietnamese; the code is the same.
        given().auth().oauth2(as("v", "viewer")).contentType("application/json").body("{}").when().post("/api/v1/agreements")
                .then().statusCode(403).header("Content-Language", "vi")
                .body("code", equalTo("FORBIDDEN"))
                .body("title", equalTo("Không có quyền"))
                .body("detail", equalTo("Thao tác này cần một trong các vai trò: admin, approver, officer."));
        given().auth().oauth2(as("r", "unit-reporter")).when().get("/api/v1/agreements").then().statusCode(403);
        given().auth().oauth2(as("r", "unit-reporter")).contentType("application/json").body("{}").when().post("/api/v1/reports")
                .then().statusCode(200).body("method", equalTo("POST"));
        given().auth().oauth2(as("s", "offline_access")).when().get("/api/v1/reference/countries").then().statusCode(403);
        given().auth().oauth2(as("o", "officer")).contentType("application/json").body("{}")
                .when().put("/api/v1/reference/countries/LA").then().statusCode(403);
    }

    @Test
    void aMethodTheRouteDoesNotAnswerIs405WithAllow() {
        given().auth().oauth2(as("a", "admin")).when().delete("/api/v1/statistics/annual")
                .then().statusCode(405)
                .header("Allow", "GET, HEAD")
                .contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
        // A method no route answers: Allow says what the path itself answers, as the service would.
        given().auth().oauth2(as("a", "admin")).when().request("TRACE", "/api/v1/agreements")
                .then().statusCode(405).header("Allow", "GET, HEAD, POST");
        // A method the path does not answer is 405 for everyone, before the roles are looked at.
        given().auth().oauth2(as("v", "viewer")).when().delete("/api/v1/reference/labels/agreements")
                .then().statusCode(405).header("Allow", "GET, HEAD");
    }

    @Test
    void aClientOverItsRouteLimitGets429WithHeaders() {
        String token = as("busy", "viewer");
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().auth().oauth2(token).when().get("/api/v1/limited").then().statusCode(200)
                    .header("RateLimit-Policy", "3;w=60")
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(remaining));
        }
        given().auth().oauth2(token).when().get("/api/v1/limited")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("RATE_LIMITED"))
                .header("Retry-After", "20")
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", "60");
        given().auth().oauth2(as("other", "viewer")).when().get("/api/v1/limited").then().statusCode(200)
                .header("RateLimit-Remaining", "2");
    }

    @Test
    void aBodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        given().auth().oauth2(as("o", "officer")).contentType("application/octet-stream").body(new byte[5 * 1024 * 1024])
                .when().post("/api/v1/programmes")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));

        String head = "POST /api/v1/programmes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + as("o", "officer")
                + "\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
        String answer = RawHttp.firstAnswerWhileSending(gateway, head, 4 * 1024 * 1024 + 256 * 1024, java.time.Duration.ofSeconds(10));
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
    }

    @Test
    void headersOverTheLimitAreRefused() {
        given().auth().oauth2(as("v", "viewer")).header("X-Padding", "x".repeat(20 * 1024))
                .when().get("/api/v1/agreements").then().statusCode(431);
    }

    @Test
    void aNulInThePathIsRefusedAsTheServicesRefuseIt() {
        given().auth().oauth2(as("v", "viewer")).urlEncodingEnabled(false).header("Accept-Language", "en")
                .when().get("/api/v1/agreements/%00")
                .then().statusCode(400).body("errors[0].field", equalTo("path"));
        // Also where no route matches.
        given().auth().oauth2(as("v", "viewer")).urlEncodingEnabled(false).when().get("/api/v1/%00")
                .then().statusCode(400).body("errors[0].code", equalTo("CONTROL_CHARACTER"));
        given().auth().oauth2(as("v", "viewer")).urlEncodingEnabled(false).header("Accept-Language", "en")
                .when().get("/api/v1/agreements/%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("path")).body("errors[0].code", equalTo("CONTROL_CHARACTER"));
    }

    @Test
    void traversalCannotReachWhatRoutingForbids() throws Exception {
        String token = as("v", "viewer");
        for (String path : List.of("/api/v1/../q/metrics", "/api/v1/agreements/../../../q/health", "/api/v1/agreements/..;/..;/q/metrics",
                "/api/v1/agreements/%2e%2e/%2e%2e/q/metrics", "/api/v1/agreements/%2E%2E%2F%2E%2E%2Fq", "/api/v1/agreements\\..\\..\\q")) {
            String answer = RawHttp.firstAnswerWhileSending(gateway, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n", 0, java.time.Duration.ofSeconds(10));
            assertTrue(answer.startsWith("HTTP/1.1 404") || answer.startsWith("HTTP/1.1 400"), path + " → " + answer);
            assertFalse(answer.contains("\"path\""), "the echo backend was reached for " + path);
        }
    }

    @Test
    void corsPreflightIsAnsweredAtTheEdgeForAllowedOriginsOnly() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .when().options("/api/v1/agreements")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", containsString("POST"));
        Response refused = given().header("Origin", "https://evil.example.org").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/agreements");
        assertEquals(403, refused.statusCode());
        assertEquals("application/problem+json", refused.contentType());
        for (String header : List.of("Access-Control-Allow-Origin", "Access-Control-Allow-Methods",
                "Access-Control-Allow-Headers", "Access-Control-Max-Age", "Access-Control-Expose-Headers",
                "Access-Control-Allow-Credentials")) {
            assertEquals(null, refused.header(header), header + " on a refused preflight");
        }
        Response refusedCall = given().auth().oauth2(as("v", "viewer")).header("Origin", "https://evil.example.org")
                .when().get("/api/v1/agreements");
        assertEquals(403, refusedCall.statusCode());
        assertEquals("application/problem+json", refusedCall.contentType());
        assertEquals(null, refusedCall.header("Access-Control-Allow-Methods"));
        assertEquals(null, refusedCall.header("Access-Control-Expose-Headers"));

        Response actual = given().auth().oauth2(as("v", "viewer")).header("Origin", "http://localhost:5173")
                .when().get("/api/v1/agreements");
        actual.then().statusCode(200).header("Access-Control-Expose-Headers", containsString("ETag"));
        assertEquals(List.of("http://localhost:5173"), actual.headers().getValues("Access-Control-Allow-Origin"),
                "one CORS answer, the gateway's; the service's own '*' is removed");
        // The answer names one origin: a shared cache must keep it apart from other origins' answers.
        assertEquals(List.of("Accept-Language, Origin"), actual.headers().getValues("Vary"));
        assertEquals("vi", actual.header("Content-Language"));
    }

    @Test
    void everyRequestLeavesOneAccessLogLineWithoutTheToken() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(AccessLog.CATEGORY);
        logger.addHandler(capture);
        try {
            String token = TestTokens.machine("demo-integration").roles("integration", "viewer").province("38").sign();
            given().auth().oauth2(token).header("X-Request-Id", "access-log-0001").queryParam("q", "Hủa Phăn")
                    .when().get("/api/v1/agreements").then().statusCode(200);
            Awaitility.await().atMost(Duration.ofSeconds(5))
                    .until(() -> lines.stream().anyMatch(l -> l.contains("access-log-0001")));
            List<String> mine = lines.stream().filter(l -> l.contains("access-log-0001")).toList();
            assertEquals(1, mine.size(), mine.toString());
            JsonObject line = new JsonObject(mine.get(0));
            assertEquals("GET", line.getString("method"));
            assertEquals("/api/v1/agreements", line.getString("path"));
            assertEquals("agreements", line.getString("route"));
            assertEquals(200, line.getInteger("status"));
            assertEquals("demo-integration", line.getString("client"));
            assertEquals("sub-service-account-demo-integration", line.getString("subject"));
            assertTrue(line.getDouble("durationMs") >= 0);
            assertFalse(mine.get(0).contains(token.substring(token.lastIndexOf('.') + 1)), "the token is never logged");
            assertFalse(mine.get(0).contains("Phăn"), "nor the query");
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void aBackendThatDropsTheConnectionGives502Problem() {
        given().auth().oauth2(as("v", "viewer")).when().get("/api/v1/agreements/close")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("code", equalTo("BAD_GATEWAY"));
        given().auth().oauth2(as("v", "viewer")).when().get("/api/v1/agreements").then().statusCode(200);
    }

    @Test
    void aDeadBackendIsNotHammeredOnceItsCircuitOpens() {
        String token = as("v", "viewer");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).header("Accept-Language", "en").when().get("/api/v1/flaky").then().statusCode(503)
                    .header("Retry-After", "2")
                    .body("detail", equalTo("The flaky service cannot be reached; try again later."));
        }
        given().auth().oauth2(token).header("Accept-Language", "en").when().get("/api/v1/flaky")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("detail", startsWith("The flaky service failed repeatedly"))
                .time(lessThan(500L));
        // Once the open period ends one trial call goes through again (and fails, the port is still dead).
        Awaitility.await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(250)).until(() ->
                given().auth().oauth2(token).header("Accept-Language", "en").when().get("/api/v1/flaky").jsonPath().getString("detail")
                        .equals("The flaky service cannot be reached; try again later."));
    }

    @Test
    void aHungBackendsTimeoutsOpenItsCircuitHoweverLongEachTakes() {
        String token = as("v", "viewer");
        // Three timeouts of 6 s each: the first has left Vert.x' default 10 s window when the third comes.
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/hung").then().statusCode(504)
                    .contentType("application/problem+json").body("code", equalTo("GATEWAY_TIMEOUT"));
        }
        given().auth().oauth2(token).header("Accept-Language", "en").when().get("/api/v1/hung")
                .then().statusCode(503).header("Retry-After", "30")
                .body("detail", startsWith("The hung service failed repeatedly")).time(lessThan(500L));
    }

    @Test
    void readinessNamesEachBackendAndLivenessIsTheGatewaysOwn() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'backends' }.data.agreement", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.reporting", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.delegation", startsWith("DOWN"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.not(hasItem("backends")));
    }
}
