package vn.doingoai.reporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.ServiceProcess;
import vn.doingoai.commons.testing.TestTokens;
import vn.doingoai.reporting.SuiteServicesResource;

/** agreement-service unreachable: the figures say what is missing, the rest is answered, quickly; the report to the Ministry is refused rather than sent with gaps. */
@QuarkusTest
@TestProfile(ServiceDownTest.AgreementsDown.class)
@QuarkusTestResource(SuiteServicesResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ServiceDownTest {

    public static class AgreementsDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.agreement.url", "http://127.0.0.1:" + ServiceProcess.freePort());
        }
    }

    @Test
    void theAnnualFiguresArePartialAndSaySo() {
        given().auth().oauth2(TestTokens.user("th.viewer").roles("viewer").province("38").sign()).queryParam("year", 2025)
                .when().get("/api/v1/statistics/annual")
                .then().statusCode(200)
                .body("missing", contains("agreement-service"))
                .body("agreements", nullValue())
                .body("delegations.byDirectionAndCountry", notNullValue())
                .time(lessThan(5000L));
    }

    @Test
    void theAnnualAgreementReportIsNotProducedWithGaps() {
        given().auth().oauth2(TestTokens.user("th.officer").roles("officer").province("38").sign()).queryParam("year", 2026)
                .header("Accept", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .when().get("/api/v1/reports/annual-agreement-report")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE"))
                .time(lessThan(5000L));
    }
}
