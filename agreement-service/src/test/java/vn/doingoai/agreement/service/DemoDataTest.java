package vn.doingoai.agreement.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import vn.doingoai.commons.persistence.DemoData;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;

/** The demo environment of the run command: the seeds' partners and agreements, loadable twice. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("doingoai.demo-data.enabled", "true");
        }
    }

    @Inject
    DemoData demo;

    @Test
    void theSeedsArePresentAndScopedToTheirProvinces() {
        demo.load();
        given().auth().oauth2(TestTokens.user("hy.officer").roles("officer").province("33").sign())
                .queryParam("q", "xay nha bu ly").when().get("/api/v1/agreements")
                .then().statusCode(200)
                .body("items[0].responsibleUnit", equalTo("Ủy ban nhân dân tỉnh Hưng Yên"))
                .body("items[0].fieldCodes", hasItems("EDUCATION", "HEALTH", "AGRICULTURE"));
        given().auth().oauth2(TestTokens.user("th.viewer").roles("viewer").province("38").sign())
                .queryParam("relationship", "TRADITIONAL").when().get("/api/v1/partners")
                .then().statusCode(200)
                .body("items.nameVi", hasItems("Tỉnh Hủa Phăn", "Thành phố Seongnam", "Huyện Mittelsachsen", "Tỉnh Farwaniyah"));
        given().auth().oauth2(TestTokens.user("qn.viewer").roles("viewer").province("22").sign())
                .queryParam("kind", "TWINNING").when().get("/api/v1/agreements")
                .then().body("items.partners.flatten().nameVi", hasItem("Tỉnh Luông Pha Băng"));
        given().auth().oauth2(TestTokens.user("th.viewer").roles("viewer").province("38").sign())
                .queryParam("kind", "EXPIRY").when().get("/api/v1/agreements/deadlines")
                .then().body("items.agreementId", hasItem("da000000-0000-4000-8000-000000000002"));
    }
}
