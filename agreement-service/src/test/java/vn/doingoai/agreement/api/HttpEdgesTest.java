package vn.doingoai.agreement.api;

import vn.doingoai.commons.testing.RawHttp;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;

/** What a service answers to requests malformed at the HTTP level, when called directly. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class HttpEdgesTest {

    @TestHTTPResource("/")
    URL service;

    @Test
    void anHttp11RequestWithoutHostIs400ProblemAndTheConnectionClosed() throws IOException {
        String answer = RawHttp.untilClosed(service, "GET /api/v1/partners HTTP/1.1\r\nAccept: */*\r\n\r\n", java.time.Duration.ofSeconds(5));
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertFalse(answer.contains(RawHttp.STAYED_OPEN.strip()), answer);
    }

    @Test
    void aLongTargetIs414Problem() throws IOException {
        String answer = RawHttp.untilClosed(service, "GET /api/v1/partners?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n", java.time.Duration.ofSeconds(5));
        assertTrue(answer.startsWith("HTTP/1.1 414"), answer);
        assertTrue(answer.contains("URI_TOO_LONG"), answer);
    }

    @Test
    void aNulInAPathNoResourceMatchesIs400LikeInAParameter() {
        io.restassured.RestAssured.given().auth().oauth2(vn.doingoai.commons.testing.TestTokens.user("o").roles("officer")
                        .province("38").sign()).urlEncodingEnabled(false)
                .when().get("/api/v1/reference/labels/%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("path"))
                .body("errors[0].code", org.hamcrest.Matchers.equalTo("CONTROL_CHARACTER"))
                .body("instance", org.hamcrest.Matchers.equalTo("/api/v1/reference/labels/%00"));
    }
}
