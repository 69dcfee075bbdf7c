package vn.doingoai.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.TestTokens;
import vn.doingoai.gateway.routing.EchoBackendResource;

/**
 * The gateway's token check with real RS256 tokens against the test issuer's JWKS: what passes,
 * what is refused, and a key rotation picked up without a restart.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoBackendResource.class)
class TokenValidationTest {

    private static final String CERTS = "/auth/realms/quarkus/protocol/openid-connect/certs";

    @OidcWireMock
    WireMockServer issuer;

    private static void accepted(String token) {
        given().auth().oauth2(token).when().get("/api/v1/agreements").then().statusCode(200).body("path", equalTo("/api/v1/agreements"));
    }

    private static void refused(String token) {
        given().auth().oauth2(token).when().get("/api/v1/agreements")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aValidTokenPassesAndEveryFlawedOneIsRefused() {
        accepted(TestTokens.user("th.officer").roles("officer").province("38").sign());
        refused(TestTokens.user("a").roles("officer").expiredSince(Duration.ofMinutes(2)).sign());
        refused(TestTokens.user("a").roles("officer").notBefore(Instant.now().plus(Duration.ofMinutes(5))).sign());
        refused(TestTokens.user("a").roles("officer").issuer("https://evil.example.org/realms/foreign-affairs").sign());
        refused(TestTokens.user("a").roles("officer").audience("account").sign());
        refused(TestTokens.user("a").roles("officer").signWithForeignKey());
        refused(TestTokens.user("a").roles("officer").unsigned());
        refused(TestTokens.user("a").roles("officer").hmacWithPublicKey());
    }

    @Test
    void clocksMayDifferByTheGraceButNoMore() {
        accepted(TestTokens.user("a").roles("officer").notBefore(Instant.now().plusSeconds(10)).sign());
        accepted(TestTokens.user("a").roles("officer").expiredSince(Duration.ofSeconds(10)).sign());
        refused(TestTokens.user("a").roles("officer").expiredSince(Duration.ofSeconds(90)).sign());
    }

    @Test
    void aMachineTokenFromClientCredentialsWorksLikeAUsersToken() {
        String machine = TestTokens.machine("demo-integration").roles("integration", "viewer").province("38").sign();
        given().auth().oauth2(machine).when().get("/api/v1/agreements")
                .then().statusCode(200).body("authorization", equalTo("Bearer " + machine));
        given().auth().oauth2(machine).contentType("application/json").body("{}").when().post("/api/v1/agreements")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void aRotatedKeyIsPickedUpOnceTheIssuerPublishesItAndMadeUpKidsCostOneFetch() {
        KeyPair rotated = TestTokens.newKeyPair();
        String signedWithNewKey = TestTokens.user("th.officer").roles("officer").province("38")
                .signWith(rotated.getPrivate(), "rotated-2");
        Map<String, RSAPublicKey> published = new LinkedHashMap<>();
        published.put("1", TestTokens.publishedKey());
        published.put("rotated-2", (RSAPublicKey) rotated.getPublic());
        issuer.stubFor(get(urlEqualTo(CERTS)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(TestTokens.jwks(published))));
        int fetchesBefore = issuer.findAll(getRequestedFor(urlEqualTo(CERTS))).size();

        accepted(signedWithNewKey);
        int fetchesAfterRotation = issuer.findAll(getRequestedFor(urlEqualTo(CERTS))).size();
        assertEquals(fetchesBefore + 1, fetchesAfterRotation, "the unknown kid made the gateway fetch the JWKS once");

        accepted(signedWithNewKey);
        for (int i = 0; i < 5; i++) {
            refused(TestTokens.user("a").roles("officer").signWith(TestTokens.newKeyPair().getPrivate(), "made-up-" + i));
        }
        assertEquals(fetchesAfterRotation, issuer.findAll(getRequestedFor(urlEqualTo(CERTS))).size(),
                "within the refresh interval, unknown kids do not make the gateway fetch again");
        accepted(TestTokens.user("th.officer").roles("officer").province("38").sign());
    }
}
