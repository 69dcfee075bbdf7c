package vn.doingoai.reporting.api;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.doingoai.commons.testing.TestTokens;

/** Agreements driven through their whole lifecycle in the real agreement-service the tests run beside. */
final class AgreementsInForce {

    private static final String AGREEMENTS = "/api/v1/agreements";

    private AgreementsInForce() {
    }

    private static RequestSpecification agreementService(String token) {
        return given().baseUri(ConfigProvider.getConfig().getValue("doingoai.test.agreement-service.url", String.class))
                .auth().oauth2(token).contentType("application/json");
    }

    private static void step(String token, String id, Map<String, Object> body) {
        String tag = agreementService(token).when().get(AGREEMENTS + "/" + id).then().statusCode(200).extract().header("ETag");
        agreementService(token).header("If-Match", tag).body(body).when().post(AGREEMENTS + "/" + id + "/transitions")
                .then().statusCode(200);
    }

    /** An agreement of the province with a new partner, consulted, approved and signed in November 2026, in force from the 20th. */
    static String fromNovember2026(String province, String provinceName, String partnerName, String country) {
        String officer = TestTokens.user("officer." + province).roles("officer").province(province).sign();
        String approver = TestTokens.user("approver." + province).roles("approver").province(province).sign();
        String partner = agreementService(officer).body(Map.of("nameVi", partnerName, "kind", "PROVINCE_STATE",
                "countryCode", country)).when().post("/api/v1/partners").then().statusCode(201).extract().path("id");
        String id = agreementService(officer).body(Map.of("titleVi", "Thỏa thuận hợp tác " + provinceName + " – " + partnerName,
                "kind", "FRIENDSHIP_COOPERATION", "signingLevel", "PEOPLES_COMMITTEE", "partnerIds", List.of(partner),
                "fieldCodes", List.of("AGRICULTURE"))).when().post(AGREEMENTS).then().statusCode(201).extract().path("id");
        step(officer, id, Map.of("action", "START_CONSULTATION", "effectiveOn", "2026-11-02",
                "consultedBodies", List.of("Bộ Ngoại giao")));
        String consultation = agreementService(officer).when().get(AGREEMENTS + "/" + id).then().extract().path("consultations[0].id");
        step(officer, id, Map.of("action", "RECORD_OPINION", "consultationId", consultation, "reply", "AGREE",
                "effectiveOn", "2026-11-04"));
        step(officer, id, Map.of("action", "SUBMIT", "effectiveOn", "2026-11-10"));
        step(approver, id, Map.of("action", "APPROVE", "effectiveOn", "2026-11-12", "decision",
                Map.of("number", "77/QĐ-UBND", "date", "2026-11-12", "issuer", "UBND tỉnh " + provinceName)));
        step(approver, id, Map.of("action", "AUTHORISE_SIGNATORY", "effectiveOn", "2026-11-12",
                "signatory", Map.of("name", "Nguyễn Văn Ký")));
        step(officer, id, Map.of("action", "RECORD_SIGNING", "effectiveOn", "2026-11-16"));
        step(officer, id, Map.of("action", "RECORD_ENTRY_INTO_FORCE", "effectiveOn", "2026-11-20"));
        return id;
    }
}
