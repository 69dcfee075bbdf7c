package vn.doingoai.reporting.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.ServiceProcess;
import vn.doingoai.commons.testing.ShortCallTimeouts;
import vn.doingoai.commons.testing.TestTokens;
import vn.doingoai.reporting.SuiteServicesResource;

/**
 * agreement-service hung under the annual statistics: the documented partial answer (its figures
 * absent, the service named in {@code missing}) comes within the call's timeout, well inside the
 * gateway's; later answers come at once while the circuit is open; its figures return unaided.
 */
@QuarkusTest
@TestProfile(ShortCallTimeouts.class)
@QuarkusTestResource(SuiteServicesResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class AgreementServiceFrozenTest {

    @ConfigProperty(name = "doingoai.test.agreement-service.pid")
    long agreementService;

    @Test
    void theAnnualStatisticsDegradeWithinTheBudgetWhileAgreementServiceHangs() {
        annual().then().statusCode(200).body("missing", empty());
        ServiceProcess.signal(agreementService, "STOP");
        try {
            annual().then().statusCode(200).body("missing", contains("agreement-service")).body("agreements", nullValue())
                    .body("delegations.byDirectionAndCountry", notNullValue()).time(lessThan(2500L));
            annual().then().statusCode(200).body("missing", contains("agreement-service"));
            annual().then().statusCode(200).body("missing", contains("agreement-service")).time(lessThan(500L));
        } finally {
            ServiceProcess.signal(agreementService, "CONT");
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> annual().path("missing").equals(List.of()));
        annual().then().body("agreements.inForceByCountry.find { it.keys.country == 'LA' }.agreements", equalTo(1));
    }

    private static Response annual() {
        return given().auth().oauth2(TestTokens.user("th.viewer").roles("viewer").province("38").sign())
                .queryParam("year", 2025).when().get("/api/v1/statistics/annual");
    }
}
