package vn.doingoai.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoBackendResource.class)
class ProxyRoutesTest {

    @TestHTTPResource("/")
    URL gateway;

    private static String token() {
        return TestTokens.user("th.officer").roles("officer").province("38").sign();
    }

    @Test
    void forwardsMethodPathQueryTokenAndRequestId() {
        String token = token();
        Response response = given().auth().oauth2(token).header("X-Request-Id", "gateway-test-0001")
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .queryParam("status", "IN_FORCE").queryParam("q", "Xay Nhạ Bu Ly")
                .when().get("/api/v1/agreements/5f1c0a0e-7a55-4c1b-9e7e-2f1f0b7c8a11");
        response.then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("path", equalTo("/api/v1/agreements/5f1c0a0e-7a55-4c1b-9e7e-2f1f0b7c8a11"))
                .body("query", equalTo("status=IN_FORCE&q=Xay%20Nh%E1%BA%A1%20Bu%20Ly"))
                .body("authorization", equalTo("Bearer " + token))
                .body("requestId", equalTo("gateway-test-0001"))
                .body("traceparent", equalTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        assertEquals(1, response.headers().getValues("X-Request-Id").size(), "X-Request-Id appears once");
        assertEquals("gateway-test-0001", response.header("X-Request-Id"));
    }

    @Test
    void tellsTheServiceHowItWasReachedAndDropsWhatTheClientClaimed() {
        // The public address is the configured one (gateway.public-url), whatever Host the client sent.
        given().auth().oauth2(token()).header("X-Forwarded-Host", "attacker.example").header("X-Forwarded-Proto", "http")
                .header("X-Forwarded-For", "10.9.9.9").header("Forwarded", "for=10.9.9.9;host=attacker.example")
                .header("Host", "evil.example")
                .when().get("/api/v1/reference/cooperation-fields")
                .then().statusCode(200)
                .body("forwardedHost", equalTo("doingoai.example.gov.vn"))
                .body("forwardedPort", equalTo("443"))
                .body("forwardedProto", equalTo("https"))
                .body("forwardedFor", equalTo("127.0.0.1"));
    }

    @Test
    void anAnswerVariesByLanguageInOneHeaderThoughTheServiceSaysSoToo() {
        Response response = given().auth().oauth2(token()).header("Origin", "http://localhost:5173")
                .when().get("/api/v1/reference/cooperation-fields");
        response.then().statusCode(200);
        List<String> vary = response.headers().getValues("Vary");
        assertEquals(1, vary.size(), vary.toString());
        assertEquals(1, java.util.Arrays.stream(vary.get(0).split(",")).map(String::strip)
                .filter("Accept-Language"::equalsIgnoreCase).count(), vary.toString());
    }

    @Test
    void generatesRequestIdWhenAbsentAndSendsTheSameOneDownstream() {
        Response response = given().auth().oauth2(token()).when().get("/api/v1/reference/cooperation-fields");
        response.then().statusCode(200).body("requestId", not(emptyOrNullString()));
        assertEquals(response.jsonPath().getString("requestId"), response.header("X-Request-Id"));
    }

    @Test
    void streamsALargeBodyUnchanged() {
        byte[] body = new byte[3 * 1024 * 1024];
        new Random(42).nextBytes(body);
        given().auth().oauth2(token()).contentType("application/octet-stream").body(body)
                .when().post("/api/v1/programmes")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(body.length))
                .body("bodySha256", equalTo(EchoBackendResource.sha256(body)));
    }

    @Test
    void withoutTokenAnswers401ProblemAndNeverReachesTheService() {
        given().header("X-Request-Id", "gateway-no-token-1").when().get("/api/v1/agreements")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"))
                .body("requestId", equalTo("gateway-no-token-1"))
                .body("method", equalTo(null));
    }

    @Test
    void refusesExpiredForgedForeignIssuerAndWrongAudienceTokens() {
        String[] bad = {
                TestTokens.user("a").roles("officer").expiredSince(Duration.ofMinutes(5)).sign(),
                TestTokens.user("a").roles("officer").signWithForeignKey(),
                TestTokens.user("a").roles("officer").issuer("https://evil.example.org/realms/foreign-affairs").sign(),
                TestTokens.user("a").roles("officer").audience("account").sign(),
                "eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0.",
        };
        for (String token : bad) {
            given().auth().oauth2(token).when().get("/api/v1/agreements")
                    .then().statusCode(401)
                    .header("WWW-Authenticate", "Bearer")
                    .contentType("application/problem+json")
                    .body("code", equalTo("UNAUTHENTICATED"));
        }
    }

    @Test
    void unknownApiPathIs404Problem() {
        given().auth().oauth2(token()).when().get("/api/v1/partnerships")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(token()).when().get("/api/v2/agreements")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void encodedTraversalIsRefused() {
        given().auth().oauth2(token()).urlEncodingEnabled(false)
                .when().get("/api/v1/agreements/%2e%2e/%2e%2e/%2e%2e/q/metrics")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token()).urlEncodingEnabled(false)
                .when().get("/api/v1/agreements/..%2f..%2f..%2fq%2fmetrics")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void serviceDownGives503ProblemQuickly() {
        long started = System.nanoTime();
        given().auth().oauth2(token()).header("X-Request-Id", "gateway-down-0001").header("Accept-Language", "en")
                .when().get("/api/v1/delegations")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("SERVICE_UNAVAILABLE"))
                .body("requestId", equalTo("gateway-down-0001"))
                .body("detail", equalTo("The delegation service cannot be reached; try again later."));
        assertEquals(true, Duration.ofNanos(System.nanoTime() - started).toMillis() < 3000);
    }

    @Test
    void aCallSlowerThanThePoolsIdleTimeoutIsAnsweredWithinTheResponseTimeout() {
        // agreement: idle timeout 1 s, response timeout 30 s, the answer comes after 3 s.
        given().auth().oauth2(token()).when().get("/api/v1/partners/slow").then().statusCode(200);
    }

    @Test
    void slowServiceGives504ProblemAtTheResponseTimeout() {
        given().auth().oauth2(token()).when().get("/api/v1/reports/slow")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("code", equalTo("GATEWAY_TIMEOUT"))
                .time(lessThan(2500L));
    }

    @Test
    void survivesClientsThatAbortInFlightRequests() throws Exception {
        // The reporting backend has a pool of 4 connections; 40 callers hang up while the gateway
        // waits on the slow answer. A stuck pool would make the next call wait forever.
        String token = token();
        for (int i = 0; i < 40; i++) {
            try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /api/v1/reports/slow HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        }
        given().auth().oauth2(token).when().get("/api/v1/reports")
                .then().statusCode(200)
                .body("path", equalTo("/api/v1/reports"))
                .time(lessThan(10_000L));
    }
}
