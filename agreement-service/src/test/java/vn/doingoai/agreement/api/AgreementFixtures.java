package vn.doingoai.agreement.api;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.doingoai.commons.testing.TestTokens;

/** Tokens and requests the agreement tests share; each test works in a province of its own. */
final class AgreementFixtures {

    static final String AGREEMENTS = "/api/v1/agreements";

    private AgreementFixtures() {
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

    static String auditor() {
        return TestTokens.user("central.auditor").roles("central-auditor").sign();
    }

    static String partner(String province, String nameVi, String country) {
        return given().auth().oauth2(officer(province)).contentType("application/json")
                .body(Map.of("nameVi", nameVi, "kind", "PROVINCE_STATE", "countryCode", country))
                .when().post("/api/v1/partners")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> draft(String title, String partnerId, Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("titleVi", title, "kind", "FRIENDSHIP_COOPERATION",
                "signingLevel", "PEOPLES_COMMITTEE", "partnerIds", List.of(partnerId),
                "fieldCodes", List.of("EDUCATION", "HEALTH")));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    static Response create(String province, Map<String, Object> body) {
        Response response = given().auth().oauth2(officer(province)).contentType("application/json").body(body)
                .when().post(AGREEMENTS);
        response.then().statusCode(201);
        return response;
    }

    static String etag(String token, String id) {
        return given().auth().oauth2(token).when().get(AGREEMENTS + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** Sends a transition with the current ETag. */
    static Response transition(String token, String id, Map<String, Object> body) {
        return given().auth().oauth2(token).header("If-Match", etag(token, id)).contentType("application/json").body(body)
                .when().post(AGREEMENTS + "/" + id + "/transitions");
    }

    static Map<String, Object> action(String action, Object... fields) {
        Map<String, Object> body = new HashMap<>(Map.of("action", action));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }
}
