package vn.doingoai.delegation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.doingoai.delegation.api.DelegationFixtures.DECISION;
import static vn.doingoai.delegation.api.DelegationFixtures.DELEGATIONS;
import static vn.doingoai.delegation.api.DelegationFixtures.action;
import static vn.doingoai.delegation.api.DelegationFixtures.addMember;
import static vn.doingoai.delegation.api.DelegationFixtures.approver;
import static vn.doingoai.delegation.api.DelegationFixtures.create;
import static vn.doingoai.delegation.api.DelegationFixtures.officer;
import static vn.doingoai.delegation.api.DelegationFixtures.outbound;
import static vn.doingoai.delegation.api.DelegationFixtures.transition;
import static vn.doingoai.delegation.api.DelegationFixtures.viewer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;
import vn.doingoai.delegation.AgreementServiceResource;

@QuarkusTest
@QuarkusTestResource(AgreementServiceResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class DelegationInsightResourceTest {

    private static String approved(String province, Map<String, Object> delegation, Map<String, Object> member) {
        String id = create(province, delegation);
        addMember(province, id, member).then().statusCode(201);
        // Decided a month before the trip, as in life: a later step is never dated before an earlier one.
        String decidedOn = java.time.LocalDate.parse((String) delegation.get("startOn")).minusDays(30).toString();
        transition(officer(province), id, action("SUBMIT", "effectiveOn", decidedOn)).then().statusCode(200);
        transition(officer(province), id, action("APPRAISE", "effectiveOn", decidedOn)).then().statusCode(200);
        transition(approver(province), id, action("APPROVE", "decision", DECISION, "effectiveOn", decidedOn)).then().statusCode(200);
        return id;
    }

    @Test
    void aReportIsDueFifteenDaysAfterReturnAndListedOverdueUntilSubmitted() {
        String id = approved("62", outbound("Đoàn Kon Tum sang Át Tạ Pư", "2026-10-05", "2026-10-08"),
                Map.of("fullName", "Vũ Văn Hải", "position", "Chuyên viên"));
        transition(officer("62"), id, action("START_TRAVEL", "effectiveOn", "2026-10-05")).then().statusCode(200);
        transition(officer("62"), id, action("RECORD_RETURN", "effectiveOn", "2026-10-08"))
                .then().statusCode(200).body("reportDueOn", equalTo("2026-10-23"));
        given().auth().oauth2(viewer("62")).queryParam("state", "OVERDUE").when().get(DELEGATIONS + "/deadlines")
                .then().statusCode(200).body("items.delegationId", hasItem(id))
                .body("items.find { it.delegationId == '" + id + "' }.dueOn", equalTo("2026-10-23"));
        given().auth().oauth2(viewer("62")).queryParam("overdueReport", true).when().get(DELEGATIONS)
                .then().body("items.id", hasItem(id));
        given().auth().oauth2(officer("62")).header("If-Match", DelegationFixtures.etag(officer("62"), id))
                .contentType("application/json").body(Map.of("summary", "Đã làm việc với tỉnh Át Tạ Pư."))
                .when().put(DELEGATIONS + "/" + id + "/report").then().statusCode(200);
        given().auth().oauth2(viewer("62")).queryParam("state", "OVERDUE").when().get(DELEGATIONS + "/deadlines")
                .then().body("items.delegationId", not(hasItem(id)));
    }

    @Test
    void theCalendarShowsWhoIsAwayAndConflictsAreExplained() {
        String id = approved("64", outbound("Đoàn Gia Lai sang Campuchia", "2026-11-02", "2026-11-05",
                "destinationCountries", List.of("KH")), Map.of("fullName", "Lý Thị Lan", "position", "Giám đốc Sở",
                "head", true, "passportNumber", "P6400001"));
        given().auth().oauth2(viewer("64")).queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .when().get(DELEGATIONS + "/calendar")
                .then().statusCode(200).body("items.delegationId", hasItem(id))
                .body("items.find { it.delegationId == '" + id + "' }.people", contains("Lý Thị Lan (Giám đốc Sở)"));
        given().auth().oauth2(viewer("64")).queryParam("from", "2026-12-01").queryParam("to", "2026-11-01")
                .when().get(DELEGATIONS + "/calendar").then().statusCode(400);

        String person = given().auth().oauth2(officer("64")).when().get(DELEGATIONS + "/" + id + "/members")
                .path("items[0].personId");
        given().auth().oauth2(viewer("64")).queryParam("personId", person).when().get(DELEGATIONS + "/conflicts")
                .then().statusCode(200).body("fullName", equalTo("Lý Thị Lan")).body("items", hasSize(0));
        given().auth().oauth2(officer("22")).queryParam("personId", person).when().get(DELEGATIONS + "/conflicts")
                .then().statusCode(404);
    }

    @Test
    void statisticsAreGroupedInTheDatabase() {
        approved("66", outbound("Đoàn Đắk Lắk sang Lào và Campuchia", "2026-03-02", "2026-03-06",
                "destinationCountries", List.of("LA", "KH"), "costEstimateVnd", 500_000_000L, "visitingLevel", "DEPARTMENT"),
                Map.of("fullName", "Người thống kê 1", "rank", "Lãnh đạo sở", "head", true));
        String second = create("66", outbound("Đoàn Đắk Lắk sang Lào", "2026-07-01", "2026-07-02", "costEstimateVnd", 100_000_000L,
                "visitingLevel", "PROVINCIAL_LEADER"));
        addMember("66", second, Map.of("fullName", "Người thống kê 2", "rank", "Lãnh đạo tỉnh", "head", true)).then().statusCode(201);
        addMember("66", second, Map.of("fullName", "Người thống kê 3")).then().statusCode(201);
        transition(officer("66"), second, action("SUBMIT")).then().statusCode(200);
        create("66", outbound("Bản nháp không tính", "2026-08-01", "2026-08-02"));

        String officer66 = officer("66");
        given().auth().oauth2(officer66).queryParam("groupBy", "country").queryParam("from", "2026-01-01")
                .when().get(DELEGATIONS + "/statistics")
                .then().statusCode(200)
                .body("groupBy", contains("country"))
                .body("items.find { it.keys.country == 'LA' }.delegations", equalTo(2))
                .body("items.find { it.keys.country == 'LA' }.personDays", equalTo(5 + 2 * 2))
                .body("items.find { it.keys.country == 'KH' }.delegations", equalTo(1))
                .body("items.find { it.keys.country == 'KH' }.costVnd", equalTo(500_000_000));
        given().auth().oauth2(officer66).queryParam("groupBy", "quarter").queryParam("groupBy", "headLevel")
                .when().get(DELEGATIONS + "/statistics")
                .then().statusCode(200)
                .body("items.find { it.keys.quarter == '2026-Q1' }.keys.headLevel", equalTo("DEPARTMENT"))
                .body("items.find { it.keys.quarter == '2026-Q3' }.keys.headLevel", equalTo("PROVINCIAL_LEADER"))
                .body("items.find { it.keys.quarter == '2026-Q3' }.members", equalTo(2));
        // Levels are codes of a reference list with labels, never free text.
        given().auth().oauth2(officer66).contentType("application/json")
                .body(outbound("Cấp tự do", "2026-08-01", "2026-08-02", "visitingLevel", "MAYOR")).when().post(DELEGATIONS)
                .then().statusCode(400).body("errors[0].field", equalTo("visitingLevel")).body("errors[0].code", equalTo("UNKNOWN"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("PROVINCIAL_LEADER"));
        given().auth().oauth2(officer66).contentType("application/json")
                .body(outbound("Cấp tự do", "2026-08-01", "2026-08-02", "visitingLevel", "Lãnh đạo sở")).when().post(DELEGATIONS)
                .then().statusCode(400).body("errors[0].field", equalTo("visitingLevel"));
        given().auth().oauth2(officer66).when().get("/api/v1/reference/delegation-levels").then().statusCode(200)
                .body("items.find { it.code == 'DEPARTMENT' }.nameVi", equalTo("Lãnh đạo sở, ban, ngành"));
        given().auth().oauth2(officer66).queryParam("groupBy", "password").when().get(DELEGATIONS + "/statistics")
                .then().statusCode(400).body("errors[0].field", equalTo("groupBy[0]"));
        // Refused by the element's pattern, not by the service: still named by the parameter (was "[0]").
        given().auth().oauth2(officer66).queryParam("groupBy", "year,country").when().get(DELEGATIONS + "/statistics")
                .then().statusCode(400).body("errors[0].field", equalTo("groupBy[0]")).body("errors[0].code", equalTo("FORMAT"));
        // A window that ends before it starts is refused (it answered an empty 200), in the statistics, the list and the register.
        for (String path : List.of("/statistics", "", "/register")) {
            given().auth().oauth2(officer66).header("Accept-Language", "vi").queryParam("from", "2026-09-01").queryParam("to", "2026-08-01")
                    .when().get(DELEGATIONS + path)
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("to"))
                    .body("errors[0].code", equalTo("DATE_RANGE")).body("errors[0].message", equalTo("không được trước from"));
        }
        given().auth().oauth2(officer66).queryParam("from", "2026-08-01").queryParam("to", "2026-08-01").when().get(DELEGATIONS + "/statistics")
                .then().statusCode(200);
        // A date Java reads but PostgreSQL cannot hold (a signed year of five or more digits, year 0) is a 400 naming it; it answered 500.
        for (String path : List.of("/statistics", "", "/register", "/calendar")) {
            for (String date : List.of("+169087565-03-15", "-4714-11-23", "+10000-01-01", "0000-01-01")) {
                given().auth().oauth2(officer66).queryParam("from", date).queryParam("to", "2026-08-01")
                        .when().get(DELEGATIONS + path)
                        .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("from"))
                        .body("errors[0].code", equalTo("INVALID"));
            }
        }
        given().auth().oauth2(officer66).contentType("application/json")
                .body(outbound("Năm ngoài lịch", "+10000-08-01", "2026-08-02", "visitingLevel", "DEPARTMENT")).when().post(DELEGATIONS)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("startOn"));
        // A cost no trip has is refused: one of int64's largest accepted turned every sum of the province negative.
        given().auth().oauth2(officer66).contentType("application/json")
                .body(outbound("Chi phí gõ nhầm", "2026-08-01", "2026-08-02", "costEstimateVnd", 9_223_372_036_854_775_807L)).when().post(DELEGATIONS)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("costEstimateVnd"));
        given().auth().oauth2(officer66).contentType("application/json")
                .body(outbound("Chi phí lớn nhất", "2026-08-01", "2026-08-02", "costEstimateVnd", 1_000_000_000_000L)).when().post(DELEGATIONS)
                .then().statusCode(201);
    }

    @Test
    void aProvinceSetsItsOwnRules() {
        String admin = TestTokens.user("admin").roles("admin").sign();
        String path = "/api/v1/reference/delegation-rules/68";
        String tag = given().auth().oauth2(viewer("68")).when().get(path)
                .then().statusCode(200).body("maxDays", equalTo(10)).body("reportDueDays", equalTo(15)).extract().header("ETag");
        Map<String, Object> stricter = Map.of("reportDueDays", 7, "inboundNoticeWorkingDays", 5, "maxMembers", 10, "maxDays", 3,
                "maxCountries", 3, "maxTripsPerLeaderPerYear", 2, "keyLeaderPositions", List.of("Bí thư Tỉnh ủy"));
        given().auth().oauth2(officer("68")).header("If-Match", tag).contentType("application/json").body(stricter)
                .when().put(path).then().statusCode(403);
        given().auth().oauth2(admin).contentType("application/json").body(stricter).when().put(path).then().statusCode(428);
        given().auth().oauth2(admin).header("If-Match", tag).contentType("application/json").body(stricter)
                .when().put(path).then().statusCode(200).body("maxDays", equalTo(3));
        String id = create("68", outbound("Đoàn Lâm Đồng bốn ngày", "2026-05-04", "2026-05-07"));
        addMember("68", id, Map.of("fullName", "Người 68")).then().statusCode(201);
        transition(officer("68"), id, action("SUBMIT")).then().statusCode(422).body("code", equalTo("RULE_MAX_DAYS"))
                // The frontend's token without Accept-Language: Vietnamese, the code unchanged.
                .body("title", equalTo("Vi phạm quy định"))
                .body("detail", equalTo("4 ngày; tỉnh cho phép tối đa 3. Quy định này có thể được bỏ qua bằng một override kèm lý do."));
    }

    @Test
    void everyRuleFollowsTheProvincesOwnValue() {
        String admin = TestTokens.user("admin").roles("admin").sign();
        String path = "/api/v1/reference/delegation-rules/77";
        String tag = given().auth().oauth2(viewer("77")).when().get(path).then().extract().header("ETag");
        given().auth().oauth2(admin).header("If-Match", tag).contentType("application/json")
                .body(Map.of("reportDueDays", 7, "inboundNoticeWorkingDays", 0, "maxMembers", 1, "maxDays", 30,
                        "maxCountries", 1, "maxTripsPerLeaderPerYear", 1, "keyLeaderPositions", List.of("Giám đốc Sở Ngoại vụ")))
                .when().put(path).then().statusCode(200);

        String two = create("77", outbound("Hai thành viên", "2026-03-02", "2026-03-03"));
        addMember("77", two, Map.of("fullName", "Thành viên 1")).then().statusCode(201);
        addMember("77", two, Map.of("fullName", "Thành viên 2")).then().statusCode(201);
        transition(officer("77"), two, action("SUBMIT")).then().statusCode(422).body("code", equalTo("RULE_MAX_MEMBERS"));

        String countries = create("77", outbound("Hai nước", "2026-03-05", "2026-03-06", "destinationCountries", List.of("LA", "KH")));
        addMember("77", countries, Map.of("fullName", "Thành viên 3")).then().statusCode(201);
        transition(officer("77"), countries, action("SUBMIT")).then().statusCode(422).body("code", equalTo("RULE_MAX_COUNTRIES"));

        Map<String, Object> director = Map.of("fullName", "Giám đốc 77", "position", "Giám đốc Sở Ngoại vụ", "passportNumber", "G7700001");
        String firstTrip = create("77", outbound("Chuyến thứ nhất", "2026-04-01", "2026-04-02"));
        addMember("77", firstTrip, director).then().statusCode(201);
        transition(officer("77"), firstTrip, action("SUBMIT")).then().statusCode(200);
        String secondTrip = create("77", outbound("Chuyến thứ hai", "2026-05-01", "2026-05-02"));
        addMember("77", secondTrip, director).then().statusCode(201);
        transition(officer("77"), secondTrip, action("SUBMIT")).then().statusCode(409)
                .body("code", equalTo("RULE_LEADER_TRIPS_PER_YEAR"));

        // No notice needed in this province: an inbound delegation arriving tomorrow is approved.
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
        String guests = create("77", DelegationFixtures.inbound("Khách đến ngày mai", tomorrow, tomorrow));
        addMember("77", guests, Map.of("fullName", "Guest 77", "nationality", "LA")).then().statusCode(201);
        transition(approver("77"), guests, action("APPROVE", "decision", DECISION)).then().statusCode(200);
        transition(officer("77"), guests, action("RECORD_HELD", "effectiveOn", "2026-11-01")).then().statusCode(409)
                .body("code", equalTo("VISIT_NOT_STARTED"));

        // The report is due 7 days after the return here.
        String trip = approved("77", outbound("Chuyến đã về", "2026-06-01", "2026-06-02"), Map.of("fullName", "Thành viên 4"));
        transition(officer("77"), trip, action("START_TRAVEL", "effectiveOn", "2026-06-01")).then().statusCode(200);
        transition(officer("77"), trip, action("RECORD_RETURN", "effectiveOn", "2026-06-02")).then().statusCode(200)
                .body("reportDueOn", equalTo("2026-06-09"));
    }
}
