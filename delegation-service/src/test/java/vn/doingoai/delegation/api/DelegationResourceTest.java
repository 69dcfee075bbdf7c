package vn.doingoai.delegation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static vn.doingoai.delegation.api.DelegationFixtures.DELEGATIONS;
import static vn.doingoai.delegation.api.DelegationFixtures.addMember;
import static vn.doingoai.delegation.api.DelegationFixtures.create;
import static vn.doingoai.delegation.api.DelegationFixtures.inbound;
import static vn.doingoai.delegation.api.DelegationFixtures.officer;
import static vn.doingoai.delegation.api.DelegationFixtures.outbound;
import static vn.doingoai.delegation.api.DelegationFixtures.viewer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;
import vn.doingoai.delegation.AgreementServiceResource;

@QuarkusTest
@QuarkusTestResource(AgreementServiceResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class DelegationResourceTest {

    @ConfigProperty(name = "doingoai.test.agreement-service.url")
    String agreementService;

    @Test
    void draftsAnOutboundDelegationAndListsBothDirectionsTogether() {
        String out = create("38", outbound("Đoàn Thanh Hóa thăm tỉnh Hủa Phăn", "2026-03-10", "2026-03-14",
                "destinationCities", List.of("Sầm Nưa"), "invitationReference", "Thư mời 15/HP-ĐN",
                "itinerary", List.of(Map.of("day", "2026-03-11", "place", "Sầm Nưa", "activity", "Hội đàm"))));
        given().auth().oauth2(officer("38")).when().get(DELEGATIONS + "/" + out)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("direction", equalTo("OUTBOUND")).body("status", equalTo("DRAFT"))
                .body("days", equalTo(5)).body("destinationCountries", contains("LA"))
                .body("allowedActions", contains("CANCEL"))
                .body("blockedActions[0].code", equalTo("MEMBERS_REQUIRED"))
                .body("costEstimateVnd", equalTo(350_000_000));
        String in = create("38", inbound("Đoàn Xay Nhạ Bu Ly thăm Thanh Hóa", "2026-12-20", "2026-12-22"));
        given().auth().oauth2(officer("38")).when().get(DELEGATIONS + "/" + in)
                .then().body("status", equalTo("REQUESTED")).body("destinationCountries.size()", equalTo(0));
        given().auth().oauth2(viewer("38")).queryParam("q", "xay nha bu ly thanh hoa").when().get(DELEGATIONS)
                .then().statusCode(200).body("items.id", hasItem(in)).body("items.id", not(hasItem(out)));
        given().auth().oauth2(viewer("38")).queryParam("country", "LA").queryParam("direction", "OUTBOUND").when().get(DELEGATIONS)
                .then().body("items.id", hasItem(out)).body("items.id", not(hasItem(in)));
    }

    @Test
    void invalidDelegationsAreFieldProblems() {
        given().auth().oauth2(officer("40")).contentType("application/json")
                .body(outbound("X", "2026-03-14", "2026-03-10", "destinationCountries", List.of("XX"), "purpose", "TOURISM_FUN",
                        "inAnnualPlan", false))
                .when().post(DELEGATIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("endOn", "purpose", "destinationCountries[0]", "outsidePlanReason"));
        given().auth().oauth2(officer("40")).contentType("application/json")
                .body(outbound("X", "2026-03-10", "2026-03-12", "itinerary",
                        List.of(Map.of("day", "2026-04-01", "place", "Viêng Chăn", "activity", "Thăm"))))
                .when().post(DELEGATIONS)
                .then().statusCode(400).body("errors[0].field", equalTo("itinerary[0].day"));
        given().auth().oauth2(viewer("40")).contentType("application/json").body(outbound("X", "2026-03-10", "2026-03-12"))
                .when().post(DELEGATIONS).then().statusCode(403);
        given().contentType("application/json").body(outbound("X", "2026-03-10", "2026-03-12"))
                .when().post(DELEGATIONS).then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aRetriedMemberAdditionWithItsIdempotencyKeyAddsOneMember() {
        String id = create("45", outbound("Đoàn thử khóa lặp lại", "2027-03-01", "2027-03-05"));
        String ifMatch = DelegationFixtures.etag(officer("45"), id);
        String key = java.util.UUID.randomUUID().toString();
        Map<String, Object> member = Map.of("fullName", "Lê Thị Bình", "position", "Chuyên viên", "head", true);
        io.restassured.response.Response first = given().auth().oauth2(officer("45")).header("If-Match", ifMatch)
                .header("Idempotency-Key", key).contentType("application/json").body(member)
                .when().post(DELEGATIONS + "/" + id + "/members");
        first.then().statusCode(201).header("ETag", "\"1\"");
        // The retry carries the If-Match it had: it is answered as the first was, not 412.
        given().auth().oauth2(officer("45")).header("If-Match", ifMatch).header("Idempotency-Key", key)
                .contentType("application/json").body(member).when().post(DELEGATIONS + "/" + id + "/members")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location"))).body("id", equalTo(first.path("id")));
        given().auth().oauth2(officer("45")).when().get(DELEGATIONS + "/" + id + "/members")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void anotherProvincesDelegationIsNotFound() {
        String id = create("42", outbound("Đoàn Hà Tĩnh sang Lào", "2026-05-10", "2026-05-12"));
        given().auth().oauth2(officer("22")).when().get(DELEGATIONS + "/" + id).then().statusCode(404);
        given().auth().oauth2(officer("22")).when().get(DELEGATIONS + "/" + id + "/members").then().statusCode(404);
        given().auth().oauth2(TestTokens.user("auditor").roles("central-auditor").sign()).when().get(DELEGATIONS + "/" + id)
                .then().statusCode(200);
    }

    @Test
    void personalDataIsOnlyForTheProvincesOfficersApproversAndAdmin() {
        String id = create("44", outbound("Đoàn Quảng Bình sang Lào", "2026-06-10", "2026-06-12"));
        addMember("44", id, Map.of("fullName", "Nguyễn Văn An", "position", "Phó Giám đốc Sở Ngoại vụ", "head", true,
                "passportType", "OFFICIAL", "passportNumber", "C1234567", "dateOfBirth", "1975-04-30"))
                .then().statusCode(201).header("ETag", "\"1\"").body("passportNumber", equalTo("C1234567"));
        given().auth().oauth2(officer("44")).when().get(DELEGATIONS + "/" + id + "/members")
                .then().statusCode(200).body("items[0].passportNumber", equalTo("C1234567"))
                .body("items[0].dateOfBirth", equalTo("1975-04-30"));
        given().auth().oauth2(DelegationFixtures.approver("44")).when().get(DELEGATIONS + "/" + id + "/members")
                .then().body("items[0].passportNumber", equalTo("C1234567"));
        for (String reader : List.of(viewer("44"), TestTokens.user("auditor").roles("central-auditor").sign(),
                TestTokens.user("sys").roles("integration", "viewer").province("44").sign())) {
            given().auth().oauth2(reader).when().get(DELEGATIONS + "/" + id + "/members")
                    .then().statusCode(200).body("items[0].fullName", equalTo("Nguyễn Văn An"))
                    .body("items[0]", not(hasKey("passportNumber"))).body("items[0]", not(hasKey("dateOfBirth")))
                    .body("items[0]", not(hasKey("passportType")));
        }
        // The same passport on another delegation is the same person.
        String other = create("44", outbound("Đoàn Quảng Bình sang Campuchia", "2026-08-10", "2026-08-12",
                "destinationCountries", List.of("KH")));
        String person = given().auth().oauth2(officer("44")).when().get(DELEGATIONS + "/" + id + "/members").path("items[0].personId");
        addMember("44", other, Map.of("fullName", "Nguyễn Văn An", "passportNumber", "C1234567")).then().statusCode(201)
                .body("personId", equalTo(person));
        given().auth().oauth2(viewer("44")).queryParam("personId", person).when().get(DELEGATIONS)
                .then().body("items.id", containsInAnyOrder(id, other));
        given().auth().oauth2(viewer("44")).queryParam("q", "nguyen van an").when().get(DELEGATIONS)
                .then().body("items.id", hasItem(other));
    }

    @Test
    void relatedAgreementsAreCheckedAgainstTheAgreementService() {
        String token = officer("46");
        String partner = given().baseUri(agreementService).auth().oauth2(token).contentType("application/json")
                .body(Map.of("nameVi", "Tỉnh Sê Kông", "kind", "PROVINCE_STATE", "countryCode", "LA"))
                .when().post("/api/v1/partners").then().statusCode(201).extract().path("id");
        String agreement = given().baseUri(agreementService).auth().oauth2(token).contentType("application/json")
                .body(Map.of("titleVi", "Thỏa thuận Huế – Sê Kông", "kind", "MEMORANDUM_OF_UNDERSTANDING",
                        "signingLevel", "PEOPLES_COMMITTEE", "partnerIds", List.of(partner)))
                .when().post("/api/v1/agreements").then().statusCode(201).extract().path("id");
        create("46", outbound("Đoàn Huế ký thỏa thuận với Sê Kông", "2026-09-10", "2026-09-12",
                "relatedAgreementIds", List.of(agreement)));
        given().auth().oauth2(token).contentType("application/json")
                .body(outbound("X", "2026-09-10", "2026-09-12", "relatedAgreementIds", List.of(UUID.randomUUID().toString())))
                .when().post(DELEGATIONS)
                .then().statusCode(400).body("errors[0].field", equalTo("relatedAgreementIds[0]"))
                .body("errors[0].code", equalTo("UNKNOWN"));
        // Another province's agreement does not exist for this caller.
        given().auth().oauth2(officer("22")).contentType("application/json")
                .body(outbound("X", "2026-09-10", "2026-09-12", "relatedAgreementIds", List.of(agreement)))
                .when().post(DELEGATIONS)
                .then().statusCode(400).body("errors[0].code", equalTo("UNKNOWN"));
    }

    @Test
    void aPartnerIsCheckedItsNameKeptAndItCannotBeDeletedUnderTheDelegation() {
        String token = officer("45");
        String partner = given().baseUri(agreementService).auth().oauth2(token).contentType("application/json")
                .body(Map.of("nameVi", "Tỉnh Xiêng Khoảng", "kind", "PROVINCE_STATE", "countryCode", "LA"))
                .when().post("/api/v1/partners").then().statusCode(201).extract().path("id");
        String id = given().auth().oauth2(token).contentType("application/json")
                .body(outbound("Đoàn Quảng Trị sang Xiêng Khoảng", "2027-01-10", "2027-01-12", "partnerId", partner,
                        "partnerName", "tên khác"))
                .when().post(DELEGATIONS).then().statusCode(201).body("partnerId", equalTo(partner))
                .body("partnerName", equalTo("Tỉnh Xiêng Khoảng")).extract().path("id");
        for (Object bad : List.of(UUID.randomUUID().toString(), partner)) {
            String caller = bad.equals(partner) ? officer("22") : token;
            given().auth().oauth2(caller).contentType("application/json")
                    .body(outbound("X", "2027-01-10", "2027-01-12", "partnerId", bad)).when().post(DELEGATIONS)
                    .then().statusCode(400).body("errors[0].field", equalTo("partnerId")).body("errors[0].code", equalTo("UNKNOWN"));
        }
        // The partner is renamed later: the delegation keeps the name it had when the delegation named it.
        String path = "/api/v1/partners/" + partner;
        String tag = given().baseUri(agreementService).auth().oauth2(token).when().get(path).then().extract().header("ETag");
        given().baseUri(agreementService).auth().oauth2(token).header("If-Match", tag).contentType("application/json")
                .body(Map.of("nameVi", "Tỉnh Xiêng Khoảng (mới)", "kind", "PROVINCE_STATE", "countryCode", "LA"))
                .when().put(path).then().statusCode(200);
        given().auth().oauth2(token).when().get(DELEGATIONS + "/" + id).then().body("partnerName", equalTo("Tỉnh Xiêng Khoảng"));
        tag = given().baseUri(agreementService).auth().oauth2(token).when().get(path).then().extract().header("ETag");
        given().baseUri(agreementService).auth().oauth2(token).header("If-Match", tag).when().delete(path)
                .then().statusCode(409).body("code", equalTo("PARTNER_IN_USE"))
                .body("detail", org.hamcrest.Matchers.containsString("Đoàn Quảng Trị sang Xiêng Khoảng"));
        given().baseUri(agreementService).auth().oauth2(token).when().get(path).then().statusCode(200);
        // The draft names no registered partner any more: the partner is released and may be deleted.
        String dTag = DelegationFixtures.etag(token, id);
        given().auth().oauth2(token).header("If-Match", dTag).contentType("application/json")
                .body(outbound("Đoàn Quảng Trị sang Xiêng Khoảng", "2027-01-10", "2027-01-12", "partnerName", "Đối tác chưa đăng ký"))
                .when().put(DELEGATIONS + "/" + id).then().statusCode(200).body("partnerName", equalTo("Đối tác chưa đăng ký"));
        tag = given().baseUri(agreementService).auth().oauth2(token).when().get(path).then().extract().header("ETag");
        given().baseUri(agreementService).auth().oauth2(token).header("If-Match", tag).when().delete(path).then().statusCode(204);
    }
}
