package vn.doingoai.delegation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.persistence.DemoData;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.delegation.AgreementServiceResource;

/** The run command's demo delegations load (twice, harmlessly) and read as the API describes them. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
@QuarkusTestResource(AgreementServiceResource.class)
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
    void demoDelegationsAreThere() {
        demo.load();
        given().auth().oauth2(DelegationFixtures.viewer("38")).queryParam("q", "hua phan").when().get("/api/v1/delegations")
                .then().statusCode(200).body("items[0].status", equalTo("CLOSED"));
        given().auth().oauth2(DelegationFixtures.viewer("33")).queryParam("direction", "INBOUND").when().get("/api/v1/delegations")
                .then().body("items.title", hasItem("Đoàn đại biểu tỉnh Xay Nhạ Bu Ly thăm tỉnh Thái Bình"));
        given().auth().oauth2(DelegationFixtures.viewer("38")).queryParam("state", "OVERDUE")
                .when().get("/api/v1/delegations/deadlines")
                .then().body("items.delegationId", hasItem("e2000000-0000-4000-8000-000000000004"));
    }
}
