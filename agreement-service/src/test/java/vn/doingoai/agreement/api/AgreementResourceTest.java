package vn.doingoai.agreement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doingoai.agreement.api.AgreementFixtures.AGREEMENTS;
import static vn.doingoai.agreement.api.AgreementFixtures.action;
import static vn.doingoai.agreement.api.AgreementFixtures.approver;
import static vn.doingoai.agreement.api.AgreementFixtures.auditor;
import static vn.doingoai.agreement.api.AgreementFixtures.create;
import static vn.doingoai.agreement.api.AgreementFixtures.draft;
import static vn.doingoai.agreement.api.AgreementFixtures.officer;
import static vn.doingoai.agreement.api.AgreementFixtures.partner;
import static vn.doingoai.agreement.api.AgreementFixtures.transition;
import static vn.doingoai.agreement.api.AgreementFixtures.viewer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class AgreementResourceTest {

    @Test
    void draftsAnAgreementWithPartnersFieldsAndObligations() {
        String partner = partner("38", "Tỉnh Hủa Phăn", "LA");
        Response created = create("38", draft("Thỏa thuận hợp tác hữu nghị Thanh Hóa – Hủa Phăn", partner,
                "titleForeign", "ສັນຍາຮ່ວມມື", "referenceNumber", "05/2026/TTQT-TH",
                "signatoryUnitAsSigned", "Ủy ban nhân dân tỉnh Thanh Hóa", "responsibleUnit", "Sở Ngoại vụ tỉnh Thanh Hóa",
                "languages", List.of("vi", "lo"), "expiresOn", "2031-12-31",
                "obligations", List.of(Map.of("party", "VIETNAMESE_SIDE", "right", false,
                        "text", "Tiếp nhận lưu học sinh Hủa Phăn", "fieldCode", "EDUCATION")),
                "documents", List.of(Map.of("number", "1234/QĐ-UBND", "date", "2026-01-15", "issuer", "UBND tỉnh Thanh Hóa"))));
        created.then()
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("provinceCode", equalTo("38"))
                .body("allowedActions", contains("START_CONSULTATION", "WITHDRAW"))
                .body("partners[0].nameVi", equalTo("Tỉnh Hủa Phăn"))
                .body("partners[0].countryCode", equalTo("LA"))
                .body("fieldCodes", containsInAnyOrder("EDUCATION", "HEALTH"))
                .body("obligations[0].party", equalTo("VIETNAMESE_SIDE"))
                .body("documents[0].number", equalTo("1234/QĐ-UBND"))
                .body("openDeadlines", hasSize(0));
        String id = created.path("id");
        given().auth().oauth2(approver("38")).when().get(AGREEMENTS + "/" + id)
                .then().statusCode(200).body("allowedActions", hasSize(0));
    }

    @Test
    void invalidDraftsAreFieldProblemsAndStoreNothing() {
        String foreign = partner("22", "Khu tự trị Quảng Tây", "CN");
        String own = partner("04", "Tỉnh Quảng Tây (Cao Bằng)", "CN");
        long before = total("04");
        given().auth().oauth2(officer("04")).contentType("application/json")
                .body(Map.of("signingLevel", "PEOPLES_COMMITTEE", "partnerIds", List.of()))
                .when().post(AGREEMENTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("titleVi", "kind", "partnerIds"));
        given().auth().oauth2(officer("04")).contentType("application/json")
                .body(draft("X", own, "kind", "MOU"))
                .when().post(AGREEMENTS)
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(officer("04")).contentType("application/json")
                .body(draft("X", foreign, "fieldCodes", List.of("EDUCATION", "ASTROLOGY")))
                .when().post(AGREEMENTS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("partnerIds[0]", "fieldCodes[1]"));
        given().auth().oauth2(officer("04")).contentType("application/json")
                .body(draft("X", own, "partnerIds", List.of()))
                .when().post(AGREEMENTS)
                .then().statusCode(400).body("errors[0].field", equalTo("partnerIds"));
        given().auth().oauth2(officer("04")).contentType("application/json")
                .body(draft("X", own, "parentId", UUID.randomUUID().toString()))
                .when().post(AGREEMENTS)
                .then().statusCode(400).body("errors[0].field", equalTo("parentRelation"));
        // A year PostgreSQL cannot hold, though Java reads it, is refused where it is read (it answered 500).
        for (String path : List.of(AGREEMENTS, AGREEMENTS + "/statistics")) {
            given().auth().oauth2(officer("04")).queryParam("signedFrom", "+169087565-03-15").when().get(path)
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("signedFrom"));
        }
        // A window that ends before it starts is refused as the delegations' are (it answered an empty 200).
        for (String pair : List.of("signed", "inForce", "expires")) {
            given().auth().oauth2(officer("04")).header("Accept-Language", "vi").queryParam(pair + "From", "2021-01-01")
                    .queryParam(pair + "To", "2020-01-01").when().get(AGREEMENTS)
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(pair + "To"))
                    .body("errors[0].code", equalTo("DATE_RANGE")).body("errors[0].message", equalTo("không được trước " + pair + "From"));
        }
        given().auth().oauth2(officer("04")).queryParam("expiresFrom", "2021-01-01").queryParam("expiresTo", "2020-01-01")
                .when().get(AGREEMENTS + "/statistics")
                .then().statusCode(400).body("errors[0].field", equalTo("expiresTo")).body("errors[0].code", equalTo("DATE_RANGE"));
        assertEquals(before, total("04"));
    }

    @Test
    void rolesProvincesAndSuccessorsAreRespected() {
        String partner = partner("38", "Tỉnh Luông Pha Băng", "LA");
        String id = create("38", draft("Thỏa thuận Thanh Hóa – Luông Pha Băng", partner)).path("id");
        given().when().get(AGREEMENTS + "/" + id).then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(viewer("38")).contentType("application/json").body(draft("X", partner)).when().post(AGREEMENTS)
                .then().statusCode(403);
        given().auth().oauth2(approver("38")).contentType("application/json").body(draft("X", partner)).when().post(AGREEMENTS)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.user("r").roles("unit-reporter").province("38").sign()).when().get(AGREEMENTS)
                .then().statusCode(403);
        given().auth().oauth2(officer("22")).when().get(AGREEMENTS + "/" + id)
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(officer("22")).header("If-Match", "\"0\"").contentType("application/json")
                .body(action("WITHDRAW", "comment", "x")).when().post(AGREEMENTS + "/" + id + "/transitions")
                .then().statusCode(404);
        given().auth().oauth2(auditor()).when().get(AGREEMENTS + "/" + id).then().statusCode(200);
        given().auth().oauth2(auditor()).queryParam("province", "38").queryParam("q", "luong pha bang").when().get(AGREEMENTS)
                .then().body("items.id", hasItem(id));
        // Hưng Yên (33) inherits and acts on Thái Bình's (34) agreements.
        String xayaboury = partner("34", "Tỉnh Xay Nhạ Bu Ly", "LA");
        String thaiBinh = create("34", draft("Thỏa thuận hợp tác hữu nghị Thái Bình – Xay Nhạ Bu Ly", xayaboury)).path("id");
        given().auth().oauth2(officer("33")).queryParam("q", "xay nha bu ly").when().get(AGREEMENTS)
                .then().statusCode(200).body("items.id", hasItem(thaiBinh));
        transition(officer("33"), thaiBinh, action("START_CONSULTATION", "consultedBodies", List.of("Bộ Ngoại giao")))
                .then().statusCode(200).body("status", equalTo("CONSULTING"));
    }

    @Test
    void searchIgnoresCaseAndDiacriticsAcrossTitlesPartnersAndDocuments() {
        String partner = partner("20", "Khu tự trị dân tộc Choang Quảng Tây", "CN");
        String id = create("20", draft("Biên bản ghi nhớ hợp tác biên giới", partner, "kind", "MEMORANDUM_OF_UNDERSTANDING",
                "documents", List.of(Map.of("number", "692-QĐ/TU")))).path("id");
        for (String q : List.of("quang tay", "QUẢNG TÂY", Normalizer.normalize("Quảng Tây", Normalizer.Form.NFD),
                "bien ban ghi nho", "692-qd/tu")) {
            given().auth().oauth2(viewer("20")).queryParam("q", q).when().get(AGREEMENTS)
                    .then().statusCode(200).body("items.id", hasItem(id));
        }
        given().auth().oauth2(viewer("20")).queryParam("partnerCountry", "CN").queryParam("kind", "MEMORANDUM_OF_UNDERSTANDING")
                .queryParam("field", "EDUCATION").queryParam("status", "DRAFT").queryParam("partnerId", partner)
                .when().get(AGREEMENTS).then().body("items.id", contains(id));
        given().auth().oauth2(viewer("20")).queryParam("partnerCountry", "LA").when().get(AGREEMENTS)
                .then().body("items.id", not(hasItem(id)));
        given().auth().oauth2(viewer("20")).queryParam("field", "TOURISM").when().get(AGREEMENTS)
                .then().body("items.id", not(hasItem(id)));
    }

    @Test
    void renamingAPartnerKeepsAgreementsFindableByTheNewName() {
        String partner = partner("14", "Tỉnh Hủa Phăn cũ", "LA");
        String id = create("14", draft("Thỏa thuận Sơn La – Hủa Phăn", partner)).path("id");
        given().auth().oauth2(officer("14")).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("nameVi", "Tỉnh Hủa Phăn", "nameEn", "Houaphanh", "kind", "PROVINCE_STATE", "countryCode", "LA"))
                .when().put("/api/v1/partners/" + partner).then().statusCode(200);
        given().auth().oauth2(viewer("14")).queryParam("q", "houaphanh").when().get(AGREEMENTS)
                .then().body("items.id", hasItem(id));
        given().auth().oauth2(officer("14")).header("If-Match", "\"1\"").when().delete("/api/v1/partners/" + partner)
                .then().statusCode(409).body("code", equalTo("PARTNER_IN_USE"));
    }

    @Test
    void redraftingNeedsTheCurrentETagAndOneOfTwoConcurrentWritersWins() throws Exception {
        String partner = partner("12", "Tỉnh Phông Sa Lỳ", "LA");
        String id = create("12", draft("Thỏa thuận Lai Châu – Phông Sa Lỳ", partner)).path("id");
        Map<String, Object> first = draft("Thỏa thuận Lai Châu – Phông Sa Lỳ (bản 2)", partner);
        Map<String, Object> second = draft("Thỏa thuận Lai Châu – Phông Sa Lỳ (bản 3)", partner);
        given().auth().oauth2(officer("12")).contentType("application/json").body(first).when().put(AGREEMENTS + "/" + id)
                .then().statusCode(428);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = pool.invokeAll(List.<Callable<Integer>>of(
                    () -> given().auth().oauth2(officer("12")).header("If-Match", "\"0\"").contentType("application/json")
                            .body(first).when().put(AGREEMENTS + "/" + id).statusCode(),
                    () -> given().auth().oauth2(officer("12")).header("If-Match", "\"0\"").contentType("application/json")
                            .body(second).when().put(AGREEMENTS + "/" + id).statusCode()));
            assertEquals(List.of(200, 412), List.of(answers.get(0).get(), answers.get(1).get()).stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(viewer("12")).when().get(AGREEMENTS + "/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    void sameIdempotencyKeyCreatesOneAgreement() {
        String partner = partner("11", "Tỉnh Phông Sa Lỳ (Điện Biên)", "LA");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = draft("Thỏa thuận Điện Biên – Phông Sa Lỳ", partner);
        String first = given().auth().oauth2(officer("11")).header("Idempotency-Key", key).contentType("application/json")
                .body(body).when().post(AGREEMENTS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(officer("11")).header("Idempotency-Key", key).contentType("application/json").body(body)
                .when().post(AGREEMENTS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().auth().oauth2(officer("11")).header("Idempotency-Key", key).contentType("application/json")
                .body(draft("Một thỏa thuận khác", partner)).when().post(AGREEMENTS)
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().auth().oauth2(viewer("11")).queryParam("q", "dien bien phong sa ly").when().get(AGREEMENTS)
                .then().body("items", hasSize(1));
    }

    @Test
    void pagesAndSortsByNullableDates() {
        String partner = partner("01", "Thành phố Viêng Chăn", "LA");
        for (int i = 1; i <= 5; i++) {
            create("01", draft("Hà Nội – Viêng Chăn " + i, partner, "expiresOn", i % 2 == 0 ? null : "203" + i + "-01-01"));
        }
        List<String> titles = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(viewer("01")).queryParam("q", "ha noi vieng chan")
                    .queryParam("sort", "-expiresOn,titleVi").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get(AGREEMENTS);
            page.then().statusCode(200);
            titles.addAll(page.path("items.titleVi"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(List.of("Hà Nội – Viêng Chăn 5", "Hà Nội – Viêng Chăn 3", "Hà Nội – Viêng Chăn 1",
                "Hà Nội – Viêng Chăn 2", "Hà Nội – Viêng Chăn 4"), titles);
    }

    @Test
    void statisticsCountByCountryFieldAndStatusInTheDatabase() {
        String lao = partner("02", "Tỉnh Phông Sa Lỳ (thống kê)", "LA");
        String china = partner("02", "Châu Văn Sơn (thống kê)", "CN");
        create("02", draft("Thống kê 1", lao));
        create("02", draft("Thống kê 2", lao, "partnerIds", List.of(lao, china), "fieldCodes", List.of("TRADE")));
        given().auth().oauth2(viewer("02")).queryParam("groupBy", "country").queryParam("status", "DRAFT")
                .when().get(AGREEMENTS + "/statistics")
                .then().statusCode(200)
                .body("groupBy", contains("country"))
                .body("items.find { it.keys.country == 'LA' }.agreements", equalTo(2))
                .body("items.find { it.keys.country == 'CN' }.agreements", equalTo(1));
        given().auth().oauth2(viewer("02")).queryParam("groupBy", "field").when().get(AGREEMENTS + "/statistics")
                .then().body("items.find { it.keys.field == 'TRADE' }.agreements", equalTo(1))
                .body("items.find { it.keys.field == 'EDUCATION' }.agreements", equalTo(1));
        given().auth().oauth2(viewer("02")).queryParam("partnerCountry", "CN").when().get(AGREEMENTS + "/statistics")
                .then().body("items[0].agreements", equalTo(1));
        given().auth().oauth2(viewer("22")).queryParam("partnerCountry", "CN").queryParam("province", "02")
                .when().get(AGREEMENTS + "/statistics").then().body("items[0].agreements", equalTo(0));
        given().auth().oauth2(viewer("02")).queryParam("groupBy", "secret").when().get(AGREEMENTS + "/statistics")
                .then().statusCode(400).body("errors[0].field", equalTo("groupBy[0]"));
    }

    private static long total(String province) {
        return ((Number) given().auth().oauth2(auditor()).queryParam("province", province).queryParam("includeTotal", true)
                .when().get(AGREEMENTS).then().statusCode(200).extract().path("totalItems")).longValue();
    }
}
