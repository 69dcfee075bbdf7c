package vn.doingoai.agreement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.doingoai.agreement.api.AgreementFixtures.AGREEMENTS;
import static vn.doingoai.agreement.api.AgreementFixtures.approver;
import static vn.doingoai.agreement.api.AgreementFixtures.create;
import static vn.doingoai.agreement.api.AgreementFixtures.draft;
import static vn.doingoai.agreement.api.AgreementFixtures.officer;
import static vn.doingoai.agreement.api.AgreementFixtures.partner;
import static vn.doingoai.agreement.api.AgreementFixtures.transition;
import static vn.doingoai.agreement.api.AgreementFixtures.viewer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;

/**
 * Every operation of the service against callers it must refuse: no token (401), a role that may
 * not act (403), and an officer of another province, for whom the record does not exist (404).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class AccessMatrixTest {

    record Call(String method, String path, Object body) {
    }

    static String partnerId;
    static String agreementId;
    static String deadlineId;

    /** Runs before each test (RestAssured knows the test port only then) but creates the records once. */
    @BeforeEach
    void records() {
        if (partnerId != null) {
            return;
        }
        partnerId = partner("87", "Tỉnh Chăm Pa Sắc (ma trận)", "LA");
        agreementId = create("87", draft("Thỏa thuận ma trận quyền", partnerId)).path("id");
        transition(officer("87"), agreementId, Map.of("action", "START_CONSULTATION", "consultedBodies", List.of("Bộ Ngoại giao")))
                .then().statusCode(200);
        deadlineId = given().auth().oauth2(viewer("87")).when().get(AGREEMENTS + "/" + agreementId).path("openDeadlines[0].id");
    }

    private List<Call> everyOperation() {
        Map<String, Object> partnerBody = Map.of("nameVi", "X", "kind", "CITY", "countryCode", "LA");
        return List.of(
                new Call("GET", "/api/v1/partners", null),
                new Call("POST", "/api/v1/partners", partnerBody),
                new Call("GET", "/api/v1/partners/" + partnerId, null),
                new Call("PUT", "/api/v1/partners/" + partnerId, partnerBody),
                new Call("DELETE", "/api/v1/partners/" + partnerId, null),
                new Call("POST", "/api/v1/partners/uses", Map.of("service", "delegation-service",
                        "recordId", UUID.randomUUID().toString(), "label", "X", "partnerIds", List.of(partnerId))),
                new Call("GET", AGREEMENTS + "/statistics", null),
                new Call("GET", AGREEMENTS, null),
                new Call("POST", AGREEMENTS, draft("X", partnerId)),
                new Call("GET", AGREEMENTS + "/" + agreementId, null),
                new Call("PUT", AGREEMENTS + "/" + agreementId, draft("X", partnerId)),
                new Call("POST", AGREEMENTS + "/" + agreementId + "/transitions", Map.of("action", "WITHDRAW", "comment", "x")),
                new Call("GET", AGREEMENTS + "/" + agreementId + "/transitions", null),
                new Call("GET", AGREEMENTS + "/deadlines", null),
                new Call("PUT", AGREEMENTS + "/" + agreementId + "/deadlines/" + deadlineId + "/completion",
                        Map.of("completedOn", "2026-01-01")),
                new Call("GET", "/api/v1/reference/countries", null),
                new Call("PUT", "/api/v1/reference/countries/LA", Map.of("nameVi", "Lào", "nameEn", "Laos")),
                new Call("PUT", "/api/v1/reference/holidays/2030-01-01", Map.of("nameVi", "X", "nameEn", "X")),
                new Call("PUT", "/api/v1/reference/province-settings/87", Map.of("expiryWarningDays", 10)));
    }

    private static RequestSpecification request(String token, Call call) {
        RequestSpecification spec = given().header("If-Match", "\"0\"");
        if (token != null) {
            spec.auth().oauth2(token);
        }
        if (call.body() != null) {
            spec.contentType("application/json").body(call.body());
        }
        return spec;
    }

    @Test
    void withoutATokenEveryOperationIs401() {
        for (Call call : everyOperation()) {
            request(null, call).when().request(call.method(), call.path())
                    .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        }
    }

    @Test
    void aTokenWithoutAnyRoleOfTheSuiteIs403Everywhere() {
        String stranger = TestTokens.user("stranger").roles("offline_access").province("87").sign();
        for (Call call : everyOperation()) {
            request(stranger, call).when().request(call.method(), call.path())
                    .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        }
    }

    @Test
    void readOnlyRolesCannotWrite() {
        for (String token : List.of(viewer("87"), TestTokens.user("auditor").roles("central-auditor").sign(),
                TestTokens.user("system").roles("integration", "viewer").client("demo-integration").province("87").sign())) {
            for (Call call : everyOperation()) {
                if (!call.method().equals("GET")) {
                    request(token, call).when().request(call.method(), call.path()).then().statusCode(403);
                }
            }
        }
    }

    @Test
    void anotherProvinceSeesNoneOfTheRecords() {
        String other = officer("88");
        for (Call call : everyOperation()) {
            if (call.path().contains(partnerId) || call.path().contains(agreementId)) {
                request(other, call).when().request(call.method(), call.path())
                        .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            }
        }
        request(approver("88"), new Call("POST", AGREEMENTS + "/" + agreementId + "/transitions", Map.of("action", "REJECT")))
                .when().post(AGREEMENTS + "/" + agreementId + "/transitions").then().statusCode(404);
        given().auth().oauth2(officer("87")).header("If-Match", AgreementFixtures.etag(officer("87"), agreementId))
                .contentType("application/json").body(Map.of("completedOn", "2026-01-01"))
                .when().put(AGREEMENTS + "/" + agreementId + "/deadlines/" + UUID.randomUUID() + "/completion")
                .then().statusCode(404);
    }

    @Test
    void thePrimeMinistersRefusalWithdrawsTheAgreement() {
        String id = create("87", draft("Thỏa thuận bị Thủ tướng không đồng ý", partnerId)).path("id");
        transition(officer("87"), id, Map.of("action", "START_CONSULTATION", "consultedBodies", List.of("Bộ Ngoại giao")))
                .then().statusCode(200);
        String consultation = given().auth().oauth2(viewer("87")).when().get(AGREEMENTS + "/" + id).path("consultations[0].id");
        transition(officer("87"), id, Map.of("action", "RECORD_OPINION", "consultationId", consultation, "reply", "OBJECT"))
                .then().statusCode(200);
        transition(officer("87"), id, Map.of("action", "REFER_TO_PM")).then().statusCode(200);
        transition(officer("87"), id, Map.of("action", "RECORD_PM_REFUSAL")).then().statusCode(400);
        transition(officer("87"), id, Map.of("action", "RECORD_PM_REFUSAL", "comment", "Thủ tướng không đồng ý"))
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("openDeadlines.size()", equalTo(0));
    }
}
