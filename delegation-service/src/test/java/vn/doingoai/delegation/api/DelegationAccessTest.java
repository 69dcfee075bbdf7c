package vn.doingoai.delegation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.doingoai.delegation.api.DelegationFixtures.DELEGATIONS;
import static vn.doingoai.delegation.api.DelegationFixtures.addMember;
import static vn.doingoai.delegation.api.DelegationFixtures.create;
import static vn.doingoai.delegation.api.DelegationFixtures.officer;
import static vn.doingoai.delegation.api.DelegationFixtures.outbound;
import static vn.doingoai.delegation.api.DelegationFixtures.viewer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.SuccessionScenarios;
import vn.doingoai.commons.testing.TestTokens;
import vn.doingoai.delegation.AgreementServiceResource;

/** Every operation against callers it must refuse (401, 403, 404 across provinces), successors, and retries. */
@QuarkusTest
@QuarkusTestResource(AgreementServiceResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class DelegationAccessTest {

    record Call(String method, String path, Object body) {
    }

    static String delegationId;
    static String memberId;
    static String personId;

    @BeforeEach
    void records() {
        if (delegationId != null) {
            return;
        }
        delegationId = create("70", outbound("Đoàn Bình Phước sang Campuchia", "2026-10-10", "2026-10-12",
                "destinationCountries", List.of("KH")));
        io.restassured.response.Response member = addMember("70", delegationId, Map.of("fullName", "Người 70"));
        memberId = member.then().statusCode(201).extract().path("id");
        personId = member.path("personId");
    }

    private static List<Call> everyOperation() {
        String d = DELEGATIONS + "/" + delegationId;
        return List.of(
                new Call("GET", DELEGATIONS, null),
                new Call("POST", DELEGATIONS, outbound("X", "2026-10-10", "2026-10-12")),
                new Call("GET", d, null),
                new Call("PUT", d, outbound("X", "2026-10-10", "2026-10-12")),
                new Call("POST", d + "/transitions", Map.of("action", "CANCEL", "comment", "x")),
                new Call("GET", d + "/transitions", null),
                new Call("PUT", d + "/report", Map.of("summary", "x")),
                new Call("GET", d + "/members", null),
                new Call("POST", d + "/members", Map.of("fullName", "X")),
                new Call("PUT", d + "/members/" + memberId, Map.of("fullName", "X")),
                new Call("DELETE", d + "/members/" + memberId, null),
                new Call("GET", DELEGATIONS + "/deadlines", null),
                new Call("GET", DELEGATIONS + "/statistics", null),
                new Call("GET", DELEGATIONS + "/people/" + personId, null),
                new Call("PUT", DELEGATIONS + "/people/" + personId, Map.of("fullName", "X", "reason", "x")),
                new Call("GET", DELEGATIONS + "/people/" + personId + "/history", null),
                new Call("PUT", "/api/v1/reference/delegation-rules/70", Map.of("reportDueDays", 15)),
                new Call("POST", "/api/v1/reference/delegation-purposes", Map.of("code", "X", "nameVi", "X", "nameEn", "X",
                        "sortOrder", 1)),
                new Call("PUT", "/api/v1/reference/delegation-purposes/OTHER", Map.of("nameVi", "X", "nameEn", "X", "sortOrder", 1)),
                new Call("POST", "/api/v1/reference/delegation-levels", Map.of("code", "X", "nameVi", "X", "nameEn", "X",
                        "sortOrder", 1)),
                new Call("PUT", "/api/v1/reference/delegation-levels/OTHER", Map.of("nameVi", "X", "nameEn", "X", "sortOrder", 1)));
    }

    private static RequestSpecification request(String token, Call call) {
        RequestSpecification spec = given().header("If-Match", "\"1\"");
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
            request(null, call).when().request(call.method(), call.path()).then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void aTokenWithoutAnyRoleOfTheSuiteIs403() {
        String stranger = TestTokens.user("stranger").roles("offline_access").province("70").sign();
        for (Call call : everyOperation()) {
            request(stranger, call).when().request(call.method(), call.path()).then().statusCode(403);
        }
    }

    @Test
    void readOnlyRolesCannotWrite() {
        for (String token : List.of(viewer("70"), TestTokens.user("auditor").roles("central-auditor").sign())) {
            for (Call call : everyOperation()) {
                if (!call.method().equals("GET")) {
                    request(token, call).when().request(call.method(), call.path()).then().statusCode(403);
                }
            }
        }
    }

    @Test
    void anotherProvinceSeesNoneOfIt() {
        for (Call call : everyOperation()) {
            if (call.path().contains(delegationId) || call.path().contains(personId)) {
                request(officer("72"), call).when().request(call.method(), call.path()).then().statusCode(404);
            }
        }
    }

    @Test
    void aSuccessorSeesItsPredecessorsDelegations() {
        String thaiBinh = create("34", outbound("Đoàn Thái Bình sang Xay Nhạ Bu Ly", "2020-09-07", "2020-09-10"));
        given().auth().oauth2(officer("33")).when().get(DELEGATIONS + "/" + thaiBinh).then().statusCode(200);
        given().auth().oauth2(officer("33")).queryParam("q", "thai binh xay nha bu ly").when().get(DELEGATIONS)
                .then().body("items.id", hasItem(thaiBinh));
        String hungYen = create("33", outbound("Đoàn Hưng Yên sang Lào", "2026-10-01", "2026-10-02"));
        given().auth().oauth2(officer("34")).when().get(DELEGATIONS + "/" + hungYen).then().statusCode(404);
    }

    @Test
    void successionsAreReadAsEveryServiceReadsThem() {
        SuccessionScenarios.run(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("doingoai.test.agreement-service.url", String.class),
                province -> DELEGATIONS + "/" + create(province, outbound("Đoàn của tỉnh " + province, "2026-10-10", "2026-10-12")));
    }

    @Test
    void theSameIdempotencyKeyCreatesOneDelegation() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = outbound("Đoàn gửi lại", "2026-12-01", "2026-12-02");
        String first = given().auth().oauth2(officer("74")).header("Idempotency-Key", key).contentType("application/json")
                .body(body).when().post(DELEGATIONS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer("74")).header("Idempotency-Key", key).contentType("application/json").body(body)
                .when().post(DELEGATIONS).then().statusCode(201).body("id", equalTo(first));
        given().auth().oauth2(viewer("74")).queryParam("q", "doan gui lai").when().get(DELEGATIONS).then().body("items", hasSize(1));
    }
}
