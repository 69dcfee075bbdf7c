package vn.doingoai.reporting.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;
import vn.doingoai.reporting.SuiteServicesResource;

/** Every reporting operation against callers it must refuse: no token (401), no suite role (403), another province (404). */
@QuarkusTest
@QuarkusTestResource(SuiteServicesResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ReportingAccessTest {

    record Call(String method, String path, Object body) {
    }

    static String programmeId;

    @BeforeEach
    void programme() {
        ReportingUnits.ensure();
        if (programmeId == null) {
            programmeId = given().auth().oauth2(TestTokens.user("o").roles("officer").province("22").sign())
                    .contentType("application/json")
                    .body(Map.of("number", "MA-TRAN/2026", "title", "Chương trình ma trận quyền", "kind", "PROGRAMME",
                            "fromYear", 2026, "toYear", 2026))
                    .when().post("/api/v1/programmes").then().statusCode(201).extract().path("id");
        }
    }

    private static List<Call> operations() {
        String p = "/api/v1/programmes/" + programmeId;
        return List.of(
                new Call("GET", "/api/v1/programmes", null),
                new Call("POST", "/api/v1/programmes", Map.of("number", "X", "title", "X", "kind", "PLAN", "fromYear", 2026, "toYear", 2026)),
                new Call("GET", p, null),
                new Call("PUT", p, Map.of("number", "X", "title", "X", "kind", "PLAN", "fromYear", 2026, "toYear", 2026)),
                new Call("PUT", p + "/content-areas", Map.of("items", List.of())),
                new Call("POST", p + "/transitions", Map.of("action", "ISSUE")),
                new Call("GET", p + "/tasks", null),
                new Call("GET", "/api/v1/reports?programmeId=" + programmeId, null),
                new Call("GET", "/api/v1/reports/completeness?programmeId=" + programmeId + "&period=2026-Q1", null),
                new Call("GET", "/api/v1/reports/consolidated?programmeId=" + programmeId + "&period=2026-Q1", null),
                new Call("POST", "/api/v1/reports", Map.of("programmeId", programmeId, "period", "2026-Q1")),
                new Call("GET", "/api/v1/reports/" + UUID.randomUUID(), null),
                new Call("GET", "/api/v1/statistics/annual?year=2026", null),
                new Call("GET", "/api/v1/reports/annual-agreement-report?year=2026", null),
                new Call("GET", "/api/v1/statistics/provinces?year=2026", null));
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
        for (Call call : operations()) {
            request(null, call).when().request(call.method(), call.path()).then().statusCode(401)
                    .header("WWW-Authenticate", "Bearer").contentType("application/problem+json");
        }
    }

    @Test
    void aTokenWithoutAnyRoleOfTheSuiteIs403() {
        String stranger = TestTokens.user("s").roles("offline_access").province("22").sign();
        for (Call call : operations()) {
            request(stranger, call).when().request(call.method(), call.path()).then().statusCode(403);
        }
    }

    @Test
    void anotherProvincesProgrammeDoesNotExistForTheCaller() {
        String other = TestTokens.user("o38").roles("officer", "approver").province("38").sign();
        for (Call call : operations()) {
            if (call.path().contains(programmeId)) {
                request(other, call).when().request(call.method(), call.path()).then().statusCode(404);
            }
        }
    }

    @Test
    void readersCannotWrite() {
        String viewer = TestTokens.user("v").roles("viewer").province("22").sign();
        for (Call call : operations()) {
            if (!call.method().equals("GET")) {
                request(viewer, call).when().request(call.method(), call.path()).then().statusCode(403);
            }
        }
    }
}
