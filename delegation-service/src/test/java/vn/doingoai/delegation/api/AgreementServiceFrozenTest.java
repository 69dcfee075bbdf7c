package vn.doingoai.delegation.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static vn.doingoai.delegation.api.DelegationFixtures.DECISION;
import static vn.doingoai.delegation.api.DelegationFixtures.DELEGATIONS;
import static vn.doingoai.delegation.api.DelegationFixtures.action;
import static vn.doingoai.delegation.api.DelegationFixtures.addMember;
import static vn.doingoai.delegation.api.DelegationFixtures.approver;
import static vn.doingoai.delegation.api.DelegationFixtures.create;
import static vn.doingoai.delegation.api.DelegationFixtures.inbound;
import static vn.doingoai.delegation.api.DelegationFixtures.officer;
import static vn.doingoai.delegation.api.DelegationFixtures.outbound;
import static vn.doingoai.delegation.api.DelegationFixtures.transition;
import static vn.doingoai.delegation.api.DelegationFixtures.viewer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.ServiceProcess;
import vn.doingoai.commons.testing.ShortCallTimeouts;
import vn.doingoai.delegation.AgreementServiceResource;

/**
 * agreement-service hung (its process stopped: connections accepted, nothing answered): a call
 * that needs it is a 504 within its timeout, repeated timeouts open the circuit so that the next
 * calls fail at once, what it answered before keeps serving, nothing is stored by a refused
 * request, and once it answers again calls go through without restarting anything.
 */
@QuarkusTest
@TestProfile(ShortCallTimeouts.class)
@QuarkusTestResource(AgreementServiceResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class AgreementServiceFrozenTest {

    @ConfigProperty(name = "doingoai.test.agreement-service.pid")
    long agreementService;

    @Test
    void aHungAgreementServiceIs504ThenFailsFastAndRecoversUnaided() {
        String before = create("61", inbound("Đoàn vào trước khi treo", "2027-04-05", "2027-04-06"));
        addMember("61", before, Map.of("fullName", "Guest One", "nationality", "LA")).then().statusCode(201);
        String during = create("61", inbound("Đoàn vào trong khi treo", "2027-04-12", "2027-04-13"));
        addMember("61", during, Map.of("fullName", "Guest Two", "nationality", "LA")).then().statusCode(201);
        transition(approver("61"), before, action("APPROVE", "decision", DECISION)).then().statusCode(200);

        ServiceProcess.signal(agreementService, "STOP");
        try {
            String title = "Doan zx" + UUID.randomUUID().toString().substring(0, 8);
            relatedToUnknownAgreement(title).then().statusCode(504).contentType("application/problem+json")
                    .body("code", equalTo("DEPENDENCY_TIMEOUT")).time(lessThan(2500L));
            relatedToUnknownAgreement(title).then().statusCode(504).body("code", equalTo("DEPENDENCY_TIMEOUT"));
            relatedToUnknownAgreement(title).then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "2").body("code", equalTo("DEPENDENCY_UNAVAILABLE")).time(lessThan(500L));
            given().auth().oauth2(viewer("61")).queryParam("q", title).when().get(DELEGATIONS)
                    .then().statusCode(200).body("items", empty());
            // The holiday calendar it answered before still serves the inbound notice rule.
            transition(approver("61"), during, action("APPROVE", "decision", DECISION)).then().statusCode(200);
        } finally {
            ServiceProcess.signal(agreementService, "CONT");
        }
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> relatedToUnknownAgreement("Đoàn sau khi hồi phục").statusCode() == 400);
        relatedToUnknownAgreement("Đoàn sau khi hồi phục").then().statusCode(400)
                .body("errors[0].field", equalTo("relatedAgreementIds[0]")).body("errors[0].code", equalTo("UNKNOWN"));
    }

    private static Response relatedToUnknownAgreement(String title) {
        return given().auth().oauth2(officer("61")).contentType("application/json")
                .body(outbound(title, "2026-10-10", "2026-10-12", "relatedAgreementIds", List.of(UUID.randomUUID().toString())))
                .when().post(DELEGATIONS);
    }
}
