package vn.doingoai.delegation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.ServiceProcess;
import vn.doingoai.delegation.AgreementServiceResource;

/** agreement-service unreachable: what needs it answers a clear 503 quickly; what does not keeps working. */
@QuarkusTest
@TestProfile(AgreementServiceDownTest.Down.class)
@QuarkusTestResource(AgreementServiceResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class AgreementServiceDownTest {

    public static class Down implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.agreement.url", "http://127.0.0.1:" + ServiceProcess.freePort());
        }
    }

    @Test
    void relatedAgreementsCannotBeCheckedSoTheRequestIs503() {
        given().auth().oauth2(officer("60")).contentType("application/json")
                .body(outbound("Đoàn có thỏa thuận liên quan", "2026-09-10", "2026-09-12",
                        "relatedAgreementIds", List.of(UUID.randomUUID().toString())))
                .when().post(DELEGATIONS)
                .then().statusCode(503).contentType("application/problem+json")
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE"))
                .time(lessThan(5000L));
    }

    @Test
    void theInboundNoticeNeedsTheHolidayCalendarSoApprovalIs503() {
        String id = create("60", inbound("Đoàn vào khi thiếu lịch nghỉ", "2027-03-01", "2027-03-02"));
        addMember("60", id, Map.of("fullName", "Guest", "nationality", "LA")).then().statusCode(201);
        transition(approver("60"), id, action("APPROVE", "decision", DECISION)).then().statusCode(503)
                .body("code", equalTo("DEPENDENCY_UNAVAILABLE"));
    }

    @Test
    void everythingElseKeepsWorkingForTheCallersOwnProvince() {
        String id = create("60", outbound("Đoàn không cần dịch vụ thỏa thuận", "2026-09-20", "2026-09-22"));
        given().auth().oauth2(viewer("60")).when().get(DELEGATIONS).then().statusCode(200).body("items.id", hasItem(id));
    }
}
