package vn.doingoai.delegation.api;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.doingoai.commons.testing.TestTokens;

/** Tokens and requests the delegation tests share; each test works in a province of its own. */
final class DelegationFixtures {

    static final String DELEGATIONS = "/api/v1/delegations";

    private DelegationFixtures() {
    }

    static String officer(String province) {
        return TestTokens.user("officer." + province).roles("officer").province(province).sign();
    }

    static String approver(String province) {
        return TestTokens.user("approver." + province).roles("approver").province(province).sign();
    }

    static String viewer(String province) {
        return TestTokens.user("viewer." + province).roles("viewer").province(province).sign();
    }

    static Map<String, Object> outbound(String title, String startOn, String endOn, Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("direction", "OUTBOUND", "title", title, "purpose", "WORKING_VISIT",
                "startOn", startOn, "endOn", endOn, "destinationCountries", List.of("LA"),
                "partnerName", "Ủy ban nhân dân tỉnh Hủa Phăn", "fundingSource", "Ngân sách tỉnh", "costEstimateVnd", 350_000_000L));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    static Map<String, Object> inbound(String title, String startOn, String endOn) {
        return new HashMap<>(Map.of("direction", "INBOUND", "title", title, "purpose", "OFFICIAL_VISIT", "startOn", startOn,
                "endOn", endOn, "partnerName", "Đoàn tỉnh Xay Nhạ Bu Ly", "visitingLevel", "PROVINCIAL_LEADER",
                "receivingLeader", "Chủ tịch UBND tỉnh", "hostUnit", "Sở Ngoại vụ"));
    }

    static String create(String province, Map<String, Object> body) {
        return given().auth().oauth2(officer(province)).contentType("application/json").body(body)
                .when().post(DELEGATIONS).then().statusCode(201).extract().path("id");
    }

    static String etag(String token, String id) {
        return given().auth().oauth2(token).when().get(DELEGATIONS + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    static Response addMember(String province, String id, Map<String, Object> member) {
        return given().auth().oauth2(officer(province)).header("If-Match", etag(officer(province), id))
                .contentType("application/json").body(member).when().post(DELEGATIONS + "/" + id + "/members");
    }

    static Response transition(String token, String id, Map<String, Object> body) {
        return given().auth().oauth2(token).header("If-Match", etag(token, id)).contentType("application/json").body(body)
                .when().post(DELEGATIONS + "/" + id + "/transitions");
    }

    static Map<String, Object> action(String action, Object... fields) {
        Map<String, Object> body = new HashMap<>(Map.of("action", action));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    static final Map<String, Object> DECISION = Map.of("number", "2150/QĐ-UBND", "date", "2026-02-20", "issuer", "UBND tỉnh");
}
