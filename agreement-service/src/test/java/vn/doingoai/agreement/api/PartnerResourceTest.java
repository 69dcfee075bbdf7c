package vn.doingoai.agreement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
class PartnerResourceTest {

    private static final String PATH = "/api/v1/partners";

    static String officer(String province) {
        return TestTokens.user("officer." + province).roles("officer").province(province).sign();
    }

    static String viewer(String province) {
        return TestTokens.user("viewer." + province).roles("viewer").province(province).sign();
    }

    static String auditor() {
        return TestTokens.user("central.auditor").roles("central-auditor").sign();
    }

    static Map<String, Object> partner(String nameVi, String country) {
        return Map.of("nameVi", nameVi, "kind", "PROVINCE_STATE", "countryCode", country);
    }

    static String create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post(PATH)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void registersAPartnerWithLocationETagAndAuditFields() {
        Response created = given().auth().oauth2(officer("38")).contentType("application/json")
                .body(Map.of("nameVi", "Tỉnh Hủa Phăn", "nameEn", "Houaphanh Province", "nameNative", "ແຂວງຫົວພັນ",
                        "kind", "PROVINCE_STATE", "countryCode", "LA", "relationship", "TRADITIONAL",
                        "relationshipSince", "2008-06-01",
                        "contacts", List.of(Map.of("fullName", "Khamphanh S.", "email", "fa@houaphanh.example"))))
                .when().post(PATH);
        created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", startsWith("http"))
                .body("provinceCode", equalTo("38"))
                .body("nameVi", equalTo("Tỉnh Hủa Phăn"))
                .body("relationship", equalTo("TRADITIONAL"))
                .body("contacts[0].fullName", equalTo("Khamphanh S."))
                .body("active", equalTo(true))
                .body("createdBy", equalTo("officer.38"));
        String location = created.header("Location");
        given().auth().oauth2(viewer("38")).when().get(location.substring(location.indexOf(PATH)))
                .then().statusCode(200).header("ETag", "\"0\"").body("nameEn", equalTo("Houaphanh Province"));
    }

    @Test
    void nfdInputIsStoredAsNfcAndFoundWithoutAccents() {
        String nfd = Normalizer.normalize("Khu tự trị dân tộc Choang Quảng Tây", Normalizer.Form.NFD);
        String id = create(officer("22"), Map.of("nameVi", nfd, "nameEn", "Guangxi Zhuang Autonomous Region",
                "kind", "PROVINCE_STATE", "countryCode", "CN"));
        given().auth().oauth2(viewer("22")).when().get(PATH + "/" + id)
                .then().statusCode(200).body("nameVi", equalTo("Khu tự trị dân tộc Choang Quảng Tây"));
        for (String q : List.of("quang tay", "QUẢNG TÂY", Normalizer.normalize("Quảng Tây", Normalizer.Form.NFD), "guangxi")) {
            given().auth().oauth2(viewer("22")).queryParam("q", q).when().get(PATH)
                    .then().statusCode(200).body("items.id", hasItem(id));
        }
        given().auth().oauth2(viewer("22")).queryParam("q", "quang nam").when().get(PATH)
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void invalidInputIsAFieldProblemAndStoresNothing() {
        long before = total(auditor(), "11");
        given().auth().oauth2(officer("11")).contentType("application/json")
                .body(Map.of("nameVi", " ", "countryCode", "laos",
                        "contacts", List.of(Map.of("fullName", "A", "email", "not-an-email"))))
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("nameVi"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("countryCode"))
                .body("errors.field", hasItem("contacts[0].email"));
        given().auth().oauth2(officer("11")).contentType("application/json")
                .body(partner("Tỉnh Phông Sa Lỳ", "XX"))
                .when().post(PATH)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("countryCode"))
                .body("errors[0].code", equalTo("UNKNOWN"));
        given().auth().oauth2(officer("11")).contentType("application/json").body("{\"nameVi\": ")
                .when().post(PATH)
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(officer("11")).contentType("application/json")
                .body(Map.of("nameVi", "X", "kind", "PLANET", "countryCode", "LA"))
                .when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        assertEquals(before, total(auditor(), "11"));
    }

    @Test
    void rolesAndTokensAreChecked() {
        given().contentType("application/json").body(partner("X", "LA")).when().post(PATH)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(viewer("38")).contentType("application/json").body(partner("X", "LA")).when().post(PATH)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        given().auth().oauth2(TestTokens.user("reporter").roles("unit-reporter").province("38").sign())
                .when().get(PATH).then().statusCode(403);
        given().auth().oauth2(TestTokens.user("nowhere").roles("officer").sign()).contentType("application/json")
                .body(partner("X", "LA")).when().post(PATH)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void anotherProvincesPartnerIsNotFoundButCentralSeesIt() {
        String id = create(officer("20"), partner("Khu tự trị Quảng Tây (Lạng Sơn)", "CN"));
        given().auth().oauth2(officer("22")).when().get(PATH + "/" + id)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().auth().oauth2(officer("22")).header("If-Match", "\"0\"").contentType("application/json")
                .body(partner("Hijack", "CN")).when().put(PATH + "/" + id)
                .then().statusCode(404);
        given().auth().oauth2(auditor()).when().get(PATH + "/" + id).then().statusCode(200);
        given().auth().oauth2(officer("22")).queryParam("province", "20").when().get(PATH)
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(viewer("20")).when().get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void successorProvinceSeesItsPredecessorsPartners() {
        String thaiBinh = create(officer("34"), Map.of("nameVi", "Tỉnh Xay Nhạ Bu Ly", "nameEn", "Xayaboury Province",
                "kind", "PROVINCE_STATE", "countryCode", "LA", "relationship", "TWINNED"));
        given().auth().oauth2(officer("33")).when().get(PATH + "/" + thaiBinh).then().statusCode(200)
                .body("provinceCode", equalTo("34"));
        given().auth().oauth2(officer("33")).queryParam("q", "xay nha bu ly").when().get(PATH)
                .then().statusCode(200).body("items.id", hasItem(thaiBinh));
        // A predecessor does not see its successor's records.
        String hungYen = create(officer("33"), partner("Tỉnh Viêng Chăn", "LA"));
        given().auth().oauth2(officer("34")).when().get(PATH + "/" + hungYen).then().statusCode(404);
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String id = create(officer("40"), partner("Tỉnh Xiêng Khoảng", "LA"));
        String path = PATH + "/" + id;
        Map<String, Object> changed = Map.of("nameVi", "Tỉnh Xiêng Khoảng", "nameEn", "Xiengkhouang Province",
                "kind", "PROVINCE_STATE", "countryCode", "LA");
        given().auth().oauth2(officer("40")).contentType("application/json").body(changed).when().put(path)
                .then().statusCode(428).contentType("application/problem+json").body("code", equalTo("PRECONDITION_REQUIRED"));
        given().auth().oauth2(officer("40")).header("If-Match", "\"7\"").contentType("application/json").body(changed)
                .when().put(path)
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        given().auth().oauth2(officer("40")).header("If-Match", "\"0\"").contentType("application/json").body(changed)
                .when().put(path)
                .then().statusCode(200).header("ETag", "\"1\"").body("nameEn", equalTo("Xiengkhouang Province"));
        // The second writer that read version 0 loses.
        given().auth().oauth2(officer("40")).header("If-Match", "\"0\"").contentType("application/json")
                .body(partner("Overwritten", "LA")).when().put(path)
                .then().statusCode(412);
        given().auth().oauth2(viewer("40")).when().get(path).then().body("nameVi", equalTo("Tỉnh Xiêng Khoảng"));
    }

    @Test
    void deactivationKeepsThePartnerAndFiltersWork() {
        String id = create(officer("42"), partner("Tỉnh Bô Ly Khăm Xay", "LA"));
        given().auth().oauth2(officer("42")).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("nameVi", "Tỉnh Bô Ly Khăm Xay", "kind", "PROVINCE_STATE", "countryCode", "LA", "active", false))
                .when().put(PATH + "/" + id)
                .then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(viewer("42")).queryParam("active", false).when().get(PATH)
                .then().body("items.id", hasItem(id));
        given().auth().oauth2(viewer("42")).queryParam("active", true).when().get(PATH)
                .then().body("items.id", not(hasItem(id)));
    }

    @Test
    void deleteIsRefusedWhileMembersBelongToThePartner() {
        String region = create(officer("45"), partner("Vùng Xa Van Na Khệt", "LA"));
        String city = create(officer("45"), Map.of("nameVi", "Thành phố Xa Van Na Khệt", "kind", "CITY",
                "countryCode", "LA", "parentId", region));
        given().auth().oauth2(officer("45")).header("If-Match", "\"0\"").when().delete(PATH + "/" + region)
                .then().statusCode(409).body("code", equalTo("PARTNER_IN_USE"));
        given().auth().oauth2(officer("45")).when().delete(PATH + "/" + city)
                .then().statusCode(428);
        given().auth().oauth2(officer("45")).header("If-Match", "\"0\"").when().delete(PATH + "/" + city)
                .then().statusCode(204);
        given().auth().oauth2(officer("45")).when().get(PATH + "/" + city).then().statusCode(404);
    }

    @Test
    void aPartnerNamedByAnotherServicesRecordIsDeactivatedNeverDeleted() {
        String partner = create(officer("47"), partner("Tỉnh Bò Kẹo", "LA"));
        String other = create(officer("47"), partner("Tỉnh Luông Nặm Tha", "LA"));
        String record = UUID.randomUUID().toString();
        Map<String, Object> use = Map.of("service", "delegation-service", "recordId", record,
                "label", "Đoàn Quảng Ngãi thăm Bò Kẹo", "partnerIds", List.of(partner));
        given().auth().oauth2(officer("22")).contentType("application/json").body(use)
                .when().post(PATH + "/uses").then().statusCode(400).body("errors[0].field", equalTo("partnerIds[0]"))
                .body("errors[0].code", equalTo("UNKNOWN"));
        given().auth().oauth2(TestTokens.user("v").roles("viewer").province("47").sign()).contentType("application/json")
                .body(use).when().post(PATH + "/uses").then().statusCode(403);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(officer("47")).contentType("application/json").body(use)
                    .when().post(PATH + "/uses").then().statusCode(200).body("items[0].nameVi", equalTo("Tỉnh Bò Kẹo"));
        }
        given().auth().oauth2(officer("47")).header("If-Match", "\"0\"").header("Accept-Language", "en")
                .when().delete(PATH + "/" + partner)
                .then().statusCode(409).body("code", equalTo("PARTNER_IN_USE"))
                .body("detail", org.hamcrest.Matchers.containsString("delegation-service record \"Đoàn Quảng Ngãi thăm Bò Kẹo\""));
        // The record names another partner now: the first is free again.
        given().auth().oauth2(officer("47")).contentType("application/json")
                .body(Map.of("service", "delegation-service", "recordId", record, "label", "Đoàn Quảng Ngãi thăm Luông Nặm Tha",
                        "partnerIds", List.of(other)))
                .when().post(PATH + "/uses").then().statusCode(200).body("items[0].nameVi", equalTo("Tỉnh Luông Nặm Tha"));
        given().auth().oauth2(officer("47")).header("If-Match", "\"0\"").when().delete(PATH + "/" + partner).then().statusCode(204);
        given().auth().oauth2(officer("47")).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("nameVi", "Tỉnh Luông Nặm Tha", "kind", "PROVINCE_STATE", "countryCode", "LA", "active", false))
                .when().put(PATH + "/" + other).then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(officer("47")).contentType("application/json")
                .body(Map.of("service", "delegation-service", "recordId", UUID.randomUUID().toString(), "label", "X",
                        "partnerIds", List.of(other)))
                .when().post(PATH + "/uses").then().statusCode(400).body("errors[0].code", equalTo("INACTIVE"));
    }

    @Test
    void ifMatchComparesStronglySoAWeakTagIsRefused() {
        String id = create(officer("54"), partner("Tỉnh Chăm Pa Sắc", "LA"));
        given().auth().oauth2(officer("54")).header("If-Match", "W/\"0\"").contentType("application/json")
                .body(partner("Tỉnh Chăm Pa Sắc (mới)", "LA")).when().put(PATH + "/" + id)
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        given().auth().oauth2(officer("54")).when().get(PATH + "/" + id).then().body("nameVi", equalTo("Tỉnh Chăm Pa Sắc"));
        given().auth().oauth2(officer("54")).header("If-Match", "\"0\"").contentType("application/json")
                .body(partner("Tỉnh Chăm Pa Sắc (mới)", "LA")).when().put(PATH + "/" + id).then().statusCode(200);
    }

    @Test
    void controlCharactersInTextAreRefusedAndNothingIsStored() {
        for (String name : List.of("Tỉnh\u0000Sê Kông", "Tỉnh\u0007Sê Kông", "Tỉnh\u001bSê Kông")) {
            given().auth().oauth2(officer("53")).contentType("application/json").body(partner(name, "LA"))
                    .when().post(PATH).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("nameVi")).body("errors[0].code", equalTo("CONTROL_CHARACTER"));
        }
        given().auth().oauth2(officer("53")).when().get(PATH).then().statusCode(200).body("items", hasSize(0));
        // Tabs and line breaks are text.
        given().auth().oauth2(officer("53")).contentType("application/json")
                .body(Map.of("nameVi", "Tỉnh Sê Kông", "kind", "PROVINCE_STATE", "countryCode", "LA", "notes", "Dòng một\nDòng\thai"))
                .when().post(PATH).then().statusCode(201);
    }

    @Test
    void aBodyThatCouldOnlyBeGuessedIsRefusedNamingTheField() {
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("{\"nameVi\":\"Tỉnh A\",\"nameVi\":\"Tỉnh B\",\"kind\":\"CITY\",\"countryCode\":\"LA\"}", "nameVi");
        bodies.put("{\"nameVi\":\"Tỉnh A\",\"kind\":\"CITY\",\"countryCode\":\"LA\"} x", "body");
        bodies.put("{\"nameVi\":12,\"kind\":\"CITY\",\"countryCode\":\"LA\"}", "nameVi");
        bodies.put("{\"nameVi\":true,\"kind\":\"CITY\",\"countryCode\":\"LA\"}", "nameVi");
        bodies.put("{\"nameVi\":\"Tỉnh A\",\"kind\":\"CITY\",\"countryCode\":\"LA\",\"parentId\":\"\"}", "parentId");
        bodies.put("{\"nameVi\":\"Tỉnh A\",\"kind\":\"CITY\",\"countryCode\":\"LA\",\"active\":2}", "active");
        bodies.put("{\"nameVi\":\"Tỉnh A\\uD800\",\"kind\":\"CITY\",\"countryCode\":\"LA\"}", "nameVi");
        bodies.put("{\"nameVi\":\"Tỉnh A\",\"kind\":\"CITY\\u0000\",\"countryCode\":\"LA\"}", "kind");
        // JSON that ends too soon is the body's fault, not its last field's.
        bodies.put("{\"nameVi\":\"Tỉnh A\",", "body");
        // A C1 control character (U+0085, NEXT LINE) is a control character too.
        bodies.put("{\"nameVi\":\"Tỉnh A\\u0085x\",\"kind\":\"CITY\",\"countryCode\":\"LA\"}", "nameVi");
        for (Map.Entry<String, String> bad : bodies.entrySet()) {
            given().auth().oauth2(officer("57")).contentType("application/json").body(bad.getKey())
                    .when().post(PATH).then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo(bad.getValue()));
        }
        // A key given twice inside a nested object is named as such, where it is.
        given().auth().oauth2(officer("57")).contentType("application/json")
                .body("{\"nameVi\":\"Tỉnh A\",\"kind\":\"CITY\",\"countryCode\":\"LA\","
                        + "\"contacts\":[{\"fullName\":\"a\",\"fullName\":\"b\"}]}")
                .when().post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("contacts[0].fullName")).body("errors[0].code", equalTo("DUPLICATE"));
        given().auth().oauth2(officer("57")).contentType("application/json")
                .body("{\"nameVi\":\"Tỉnh A\",\"kind\":\"city\",\"countryCode\":\"LA\"}")
                .when().post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("kind")).body("errors[0].code", equalTo("UNKNOWN"))
                .body("errors[0].allowed", hasItem("CITY"));
        byte[] notUtf8 = "{\"nameVi\":\"T?nh A\",\"kind\":\"CITY\",\"countryCode\":\"LA\"}"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        notUtf8[12] = (byte) 0xE1;
        given().auth().oauth2(officer("57")).contentType("application/json").body(notUtf8)
                .when().post(PATH).then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("UTF-8"));
        // An overlong form of "/" (C0 AF), which Jackson alone would read as "/".
        notUtf8[12] = (byte) 0xC0;
        notUtf8[13] = (byte) 0xAF;
        given().auth().oauth2(officer("57")).contentType("application/json").body(notUtf8)
                .when().post(PATH).then().statusCode(400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("UTF-8"));
        given().auth().oauth2(officer("57")).contentType("application/json")
                .body("{\"nameVi\":\"Tỉnh A\",\"kind\":\"CITY\",\"countryCode\":\"LA\",\"parentId\":\"5f1c0a0e-7a55-4c1b-9e7e-2f1f0b7c8a11\\u0000\"}")
                .when().post(PATH).then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        given().auth().oauth2(officer("57")).when().get(PATH).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aQueryValueThatCannotBeReadIs400NamingTheParameter() {
        given().auth().oauth2(officer("57")).when().get("/api/v1/agreements?status=ACTIVE")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status")).body("errors[0].code", equalTo("UNKNOWN"))
                .body("errors[0].allowed", hasItem("IN_FORCE"));
        for (String query : List.of("limit=abc", "signedFrom=01/12/2026", "includeTotal=maybe", "partnerId=12",
                "limit=1.5")) {
            String name = query.substring(0, query.indexOf('='));
            given().auth().oauth2(officer("57")).when().get("/api/v1/agreements?" + query)
                    .then().statusCode(400).body("errors[0].field", equalTo(name)).body("errors[0].code", equalTo("INVALID"));
        }
        given().auth().oauth2(officer("57")).urlEncodingEnabled(false).when().get(PATH + "?q=a%00b")
                .then().statusCode(400).body("errors[0].field", equalTo("q"))
                .body("errors[0].code", equalTo("CONTROL_CHARACTER"));
        given().auth().oauth2(officer("57")).urlEncodingEnabled(false).when().get(PATH + "/a%00b")
                .then().statusCode(400).body("errors[0].field", equalTo("partnerId"));
    }

    @Test
    void theLocationOfACreatedRecordNamesTheAddressTheGatewayWasReachedAt() {
        given().auth().oauth2(officer("57")).contentType("application/json")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "api.doingoai.gov.vn")
                .header("X-Forwarded-Port", "443")
                .body(partner("Tỉnh Xiêng Khoảng", "LA")).when().post(PATH)
                .then().statusCode(201).header("Location", startsWith("https://api.doingoai.gov.vn/api/v1/partners/"));
    }

    @Test
    void parentMustBeAnotherPartnerOfTheProvinceWithoutCycles() {
        String other = create(officer("46"), partner("Tỉnh Sê Kông", "LA"));
        given().auth().oauth2(officer("48")).contentType("application/json")
                .body(Map.of("nameVi", "X", "kind", "CITY", "countryCode", "LA", "parentId", other))
                .when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        String a = create(officer("48"), partner("Vùng A", "LA"));
        String b = create(officer("48"), Map.of("nameVi", "Thành phố B", "kind", "CITY", "countryCode", "LA", "parentId", a));
        given().auth().oauth2(officer("48")).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("nameVi", "Vùng A", "kind", "PROVINCE_STATE", "countryCode", "LA", "parentId", b))
                .when().put(PATH + "/" + a)
                .then().statusCode(400).body("errors[0].code", equalTo("CYCLE"));
    }

    @jakarta.inject.Inject
    vn.doingoai.commons.persistence.IdempotencyPurge purge;

    @Test
    void aKeyIsForgottenAfterItsRetentionAndMayThenBeUsedAgain() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(officer("58")).header("Idempotency-Key", key).contentType("application/json")
                .body(partner("Thành phố Pakse", "LA")).when().post(PATH).then().statusCode(201);
        given().auth().oauth2(officer("58")).header("Idempotency-Key", key).contentType("application/json")
                .body(partner("Thành phố Savannakhet", "LA")).when().post(PATH).then().statusCode(422);
        org.junit.jupiter.api.Assertions.assertTrue(purge.purgeOlderThan(java.time.Instant.now().plusSeconds(1)) >= 1);
        given().auth().oauth2(officer("58")).header("Idempotency-Key", key).contentType("application/json")
                .body(partner("Thành phố Savannakhet", "LA")).when().post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void sameIdempotencyKeyReplaysAndADifferentBodyIs422() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = partner("Thành phố Seongnam", "KR");
        Response first = given().auth().oauth2(officer("51")).header("Idempotency-Key", key).contentType("application/json")
                .body(body).when().post(PATH);
        first.then().statusCode(201);
        Response second = given().auth().oauth2(officer("51")).header("Idempotency-Key", key).contentType("application/json")
                .body(body).when().post(PATH);
        second.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", "\"0\"")
                .body("id", equalTo(first.path("id")));
        given().auth().oauth2(officer("51")).header("Idempotency-Key", key).contentType("application/json")
                .body(partner("Thành phố Suwon", "KR")).when().post(PATH)
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().auth().oauth2(viewer("51")).queryParam("q", "seongnam").when().get(PATH)
                .then().body("items", hasSize(1));
    }

    @Test
    void concurrentDuplicatesCreateOneRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        String token = officer("52");
        Map<String, Object> body = partner("Bang Mittelsachsen", "DE");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> given().auth().oauth2(token).header("Idempotency-Key", key).contentType("application/json")
                        .body(body).when().post(PATH));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Response> answer : pool.invokeAll(calls)) {
                assertEquals(201, answer.get().statusCode());
                ids.add(answer.get().path("id"));
            }
            assertEquals(1, ids.size());
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(viewer("52")).queryParam("q", "mittelsachsen").when().get(PATH)
                .then().body("items", hasSize(1));
    }

    @Test
    void keysetPagesCoverEveryRowOnceInOrder() {
        List<String> names = List.of("Đối tác E", "Đối tác A", "Đối tác D", "Đối tác C", "Đối tác B");
        for (String name : names) {
            create(officer("17"), partner(name, "KR"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(viewer("17")).queryParam("limit", 2).queryParam("includeTotal", true);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get(PATH);
            page.then().statusCode(200).body("totalItems", equalTo(5));
            seen.addAll(page.path("items.nameVi"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(List.of("Đối tác A", "Đối tác B", "Đối tác C", "Đối tác D", "Đối tác E"), seen);
        given().auth().oauth2(viewer("17")).queryParam("sort", "-nameVi").queryParam("limit", 2).when().get(PATH)
                .then().body("items.nameVi", contains("Đối tác E", "Đối tác D"));
        given().auth().oauth2(viewer("17")).when().get(PATH).then().body("nextCursor", nullValue())
                .body("totalItems", nullValue());
    }

    @Test
    void badPagingParametersAreFieldErrors() {
        given().auth().oauth2(viewer("17")).queryParam("sort", "password").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().auth().oauth2(viewer("17")).queryParam("cursor", "bm90LWEtY3Vyc29y").when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(viewer("17")).queryParam("limit", 0).when().get(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(viewer("17")).queryParam("limit", 5000).when().get(PATH).then().statusCode(200);
        String cursor = given().auth().oauth2(viewer("17")).queryParam("limit", 1).when().get(PATH).path("nextCursor");
        given().auth().oauth2(viewer("17")).queryParam("cursor", cursor).queryParam("sort", "-createdAt").when().get(PATH)
                .then().statusCode(400).body("errors[0].code", equalTo("CURSOR_SORT_MISMATCH"));
    }

    @Test
    void filtersByCountryKindAndRelationship() {
        String lao = create(officer("26"), Map.of("nameVi", "Tỉnh Chăm Pa Sắc", "kind", "PROVINCE_STATE",
                "countryCode", "LA", "relationship", "TWINNED"));
        String ngo = create(officer("26"), Map.of("nameVi", "Tổ chức Hữu nghị", "kind", "NGO", "countryCode", "JP"));
        given().auth().oauth2(viewer("26")).queryParam("country", "LA").when().get(PATH)
                .then().body("items.id", contains(lao));
        given().auth().oauth2(viewer("26")).queryParam("kind", "NGO").when().get(PATH)
                .then().body("items.id", contains(ngo));
        given().auth().oauth2(viewer("26")).queryParam("relationship", "TWINNED").when().get(PATH)
                .then().body("items.id", contains(lao)).body("items.relationship", everyItem(equalTo("TWINNED")));
    }

    private static long total(String token, String province) {
        return ((Number) given().auth().oauth2(token).queryParam("province", province).queryParam("includeTotal", true)
                .when().get(PATH).then().statusCode(200).extract().path("totalItems")).longValue();
    }
}
