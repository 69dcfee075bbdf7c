package vn.doingoai.delegation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doingoai.delegation.api.DelegationFixtures.DECISION;
import static vn.doingoai.delegation.api.DelegationFixtures.DELEGATIONS;
import static vn.doingoai.delegation.api.DelegationFixtures.action;
import static vn.doingoai.delegation.api.DelegationFixtures.addMember;
import static vn.doingoai.delegation.api.DelegationFixtures.approver;
import static vn.doingoai.delegation.api.DelegationFixtures.create;
import static vn.doingoai.delegation.api.DelegationFixtures.etag;
import static vn.doingoai.delegation.api.DelegationFixtures.officer;
import static vn.doingoai.delegation.api.DelegationFixtures.outbound;
import static vn.doingoai.delegation.api.DelegationFixtures.transition;
import static vn.doingoai.delegation.api.DelegationFixtures.viewer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;
import vn.doingoai.delegation.AgreementServiceResource;

/** Acts in the order the law and common sense give them, refusals that say everything at once, and buttons that work. */
@QuarkusTest
@QuarkusTestResource(AgreementServiceResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class DelegationActOrderTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static String approvedTrip(String province, LocalDate start, LocalDate end) {
        String id = create(province, outbound("Đoàn " + province + " " + start, start.toString(), end.toString()));
        addMember(province, id, Map.of("fullName", "Thành viên " + province + " " + start)).then().statusCode(201);
        String on = TODAY.toString();
        transition(officer(province), id, action("SUBMIT", "effectiveOn", on)).then().statusCode(200);
        transition(officer(province), id, action("APPRAISE", "effectiveOn", on)).then().statusCode(200);
        transition(approver(province), id, action("APPROVE", "decision", DECISION, "effectiveOn", on)).then().statusCode(200);
        return id;
    }

    @Test
    void travelStartsNoEarlierThanTwoDaysBeforeTheTripAndReturnNoEarlierThanTravel() {
        String later = approvedTrip("79", TODAY.plusDays(90), TODAY.plusDays(93));
        given().auth().oauth2(officer("79")).when().get(DELEGATIONS + "/" + later)
                .then().body("allowedActions", not(hasItem("START_TRAVEL")))
                .body("blockedActions.find { it.action == 'START_TRAVEL' }.code", equalTo("TRAVEL_NOT_YET"));
        String before = etag(officer("79"), later);
        transition(officer("79"), later, action("START_TRAVEL")).then().statusCode(409).body("code", equalTo("TRAVEL_NOT_YET"))
                .contentType("application/problem+json");
        assertEquals(before, etag(officer("79"), later));

        String soon = approvedTrip("79", TODAY.plusDays(2), TODAY.plusDays(4));
        given().auth().oauth2(officer("79")).when().get(DELEGATIONS + "/" + soon)
                .then().body("allowedActions", hasItem("START_TRAVEL"))
                .body("blockedActions.find { it.action == 'RECORD_RETURN' }", equalTo(null));
        transition(officer("79"), soon, action("START_TRAVEL")).then().statusCode(200).body("status", equalTo("TRAVELLING"))
                .body("blockedActions.action", hasItem("RECORD_RETURN"))
                .body("blockedActions.find { it.action == 'RECORD_RETURN' }.code", equalTo("VISIT_NOT_STARTED"));
        transition(officer("79"), soon, action("RECORD_RETURN")).then().statusCode(409).body("code", equalTo("VISIT_NOT_STARTED"));
    }

    @Test
    void aStepIsNeverDatedBeforeThePreviousOne() {
        String id = create("80", outbound("Đoàn Nghệ An sang Xiêng Khoảng", "2026-11-20", "2026-11-23"));
        addMember("80", id, Map.of("fullName", "Hồ Văn Minh")).then().statusCode(201);
        transition(officer("80"), id, action("SUBMIT", "effectiveOn", "2026-11-12")).then().statusCode(200);
        transition(officer("80"), id, action("APPRAISE", "effectiveOn", "2026-11-13")).then().statusCode(200);
        String before = etag(officer("80"), id);
        transition(approver("80"), id, action("APPROVE", "decision", DECISION, "effectiveOn", "2026-11-10"))
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("effectiveOn")).body("errors[0].code", equalTo("BEFORE_PREVIOUS_ACT"));
        assertEquals(before, etag(officer("80"), id), "a refused step changes nothing");
        transition(approver("80"), id, action("APPROVE", "decision", DECISION, "effectiveOn", "2026-11-13")).then().statusCode(200);
        transition(officer("80"), id, action("START_TRAVEL", "effectiveOn", "2026-11-21")).then().statusCode(200);
        transition(officer("80"), id, action("RECORD_RETURN", "effectiveOn", "2026-11-20")).then().statusCode(400)
                .body("errors[0].code", equalTo("BEFORE_PREVIOUS_ACT"));
        transition(officer("80"), id, action("RECORD_RETURN", "effectiveOn", "2026-11-23")).then().statusCode(200);
        given().auth().oauth2(viewer("80")).when().get(DELEGATIONS + "/" + id + "/transitions")
                .then().body("items.effectiveOn", contains("2026-11-12", "2026-11-13", "2026-11-13", "2026-11-21", "2026-11-23"));
    }

    @Test
    void aRefusalListsEveryBrokenRuleAtOnce() {
        String admin = TestTokens.user("admin").roles("admin").sign();
        String path = "/api/v1/reference/delegation-rules/82";
        String tag = given().auth().oauth2(viewer("82")).when().get(path).then().extract().header("ETag");
        given().auth().oauth2(admin).header("If-Match", tag).contentType("application/json")
                .body(Map.of("reportDueDays", 15, "inboundNoticeWorkingDays", 5, "maxMembers", 1, "maxDays", 2,
                        "maxCountries", 1, "maxTripsPerLeaderPerYear", 2, "keyLeaderPositions", List.of("Chủ tịch UBND tỉnh")))
                .when().put(path).then().statusCode(200);
        String id = create("82", outbound("Đoàn Hà Tĩnh ba nước", "2027-02-01", "2027-02-05",
                "destinationCountries", List.of("LA", "KH", "TH")));
        addMember("82", id, Map.of("fullName", "Thành viên một")).then().statusCode(201);
        addMember("82", id, Map.of("fullName", "Thành viên hai")).then().statusCode(201);
        transition(officer("82"), id, action("SUBMIT")).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("RULE_MAX_MEMBERS"))
                .body("errors", hasSize(3))
                .body("errors.code", containsInAnyOrder("RULE_MAX_MEMBERS", "RULE_MAX_DAYS", "RULE_MAX_COUNTRIES"))
                .body("errors.field", everyItemIs("rules"));
        // Setting one aside still names the other two.
        transition(officer("82"), id, action("SUBMIT", "overrides", List.of(Map.of("rule", "RULE_MAX_DAYS", "reason", "Hội chợ"))))
                .then().statusCode(422).body("errors.code", containsInAnyOrder("RULE_MAX_MEMBERS", "RULE_MAX_COUNTRIES"));
    }

    @Test
    void theConflictsOfARefusedOverlapAreShown() {
        Map<String, Object> member = Map.of("fullName", "Đặng Thị Lan", "passportNumber", "N4300001");
        String first = create("83", outbound("Đoàn Quảng Trị sang Savannakhet", "2027-03-01", "2027-03-05"));
        String personId = addMember("83", first, member).then().statusCode(201).extract().path("personId");
        transition(officer("83"), first, action("SUBMIT")).then().statusCode(200);
        String second = create("83", outbound("Đoàn Quảng Trị sang Huế", "2027-03-04", "2027-03-06"));
        addMember("83", second, member).then().statusCode(201);
        given().auth().oauth2(officer("83")).when().get(DELEGATIONS + "/" + second)
                .then().body("allowedActions", not(hasItem("SUBMIT")))
                .body("blockedActions.find { it.action == 'SUBMIT' }.code", equalTo("RULE_MEMBER_OVERLAP"));
        transition(officer("83"), second, action("SUBMIT")).then().statusCode(409).body("code", equalTo("RULE_MEMBER_OVERLAP"))
                .body("detail", org.hamcrest.Matchers.containsString("Đặng Thị Lan"))
                .body("detail", org.hamcrest.Matchers.containsString(personId));
        transition(officer("83"), second, action("SUBMIT", "overrides", List.of(Map.of("rule", "RULE_MEMBER_OVERLAP", "reason", "x"),
                Map.of("rule", "RULE_WHATEVER", "reason", "x")))).then().statusCode(400)
                .body("errors[0].field", equalTo("overrides[0].rule")).body("errors[0].code", equalTo("NOT_OVERRIDABLE"))
                .body("errors[1].code", equalTo("UNKNOWN"));
        given().auth().oauth2(officer("83")).queryParam("personId", personId).when().get(DELEGATIONS + "/conflicts")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].firstDelegationId", equalTo(first)).body("items[0].firstStatus", equalTo("SUBMITTED"))
                .body("items[0].secondDelegationId", equalTo(second)).body("items[0].secondStatus", equalTo("DRAFT"))
                .body("items[0].overlapFrom", equalTo("2027-03-04")).body("items[0].overlapTo", equalTo("2027-03-05"));
    }

    @Test
    void listItemsCarryTheirActions() {
        String id = create("84", outbound("Đoàn Thừa Thiên sang Champasak", "2027-04-01", "2027-04-03"));
        given().auth().oauth2(officer("84")).queryParam("q", "thua thien champasak").when().get(DELEGATIONS)
                .then().body("items[0].id", equalTo(id)).body("items[0].allowedActions", contains("CANCEL"))
                .body("items[0].blockedActions[0].code", equalTo("MEMBERS_REQUIRED"));
        addMember("84", id, Map.of("fullName", "Trương Văn Nam")).then().statusCode(201);
        given().auth().oauth2(officer("84")).queryParam("q", "thua thien champasak").when().get(DELEGATIONS)
                .then().body("items[0].allowedActions", contains("SUBMIT", "CANCEL")).body("items[0].blockedActions", hasSize(0));
        given().auth().oauth2(viewer("84")).queryParam("q", "thua thien champasak").when().get(DELEGATIONS)
                .then().body("items[0].allowedActions", hasSize(0));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
