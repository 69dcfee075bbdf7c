package vn.doingoai.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.TestTokens;
import vn.doingoai.gateway.routing.EchoBackendResource;

/** Requests without a token or with a refused one are limited by source address; health probes are not. */
@QuarkusTest
@TestProfile(AnonymousRateLimitTest.TightAnonymousLimit.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoBackendResource.class)
class AnonymousRateLimitTest {

    public static class TightAnonymousLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limits.anonymous", "3/1m");
        }
    }

    @Test
    void anAddressWithoutATokenOrWithRefusedTokensGets429AfterItsLimit() {
        String colleague = TestTokens.user("v").roles("viewer").province("38").sign();
        given().auth().oauth2(colleague).when().get("/api/v1/agreements").then().statusCode(200);
        // Refused tokens count against the address like requests without one.
        given().auth().oauth2("forged." + "x".repeat(40) + ".sig").when().get("/api/v1/agreements")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.user("v").roles("viewer").province("38").signWithForeignKey())
                .when().get("/api/v1/agreements").then().statusCode(401);
        given().when().get("/api/v1/agreements").then().statusCode(401).header("RateLimit-Remaining", "0");
        given().when().get("/api/v1/agreements")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("code", equalTo("RATE_LIMITED"))
                .header("Retry-After", "20")
                .header("RateLimit-Policy", "3;w=60");
        // Out of budget, a forged token is refused before its signature is checked.
        given().auth().oauth2("forged." + "y".repeat(40) + ".sig").when().get("/api/v1/agreements")
                .then().statusCode(429).body("code", equalTo("RATE_LIMITED"));
        given().when().get("/q/health/live").then().statusCode(200);
        // Someone at the same address whose token the gateway has verified keeps working: a valid token
        // is counted by client, not by address.
        given().auth().oauth2(colleague).when().get("/api/v1/agreements").then().statusCode(200);
    }
}
