package vn.doingoai.delegation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.doingoai.delegation.api.DelegationFixtures.DECISION;
import static vn.doingoai.delegation.api.DelegationFixtures.DELEGATIONS;
import static vn.doingoai.delegation.api.DelegationFixtures.action;
import static vn.doingoai.delegation.api.DelegationFixtures.addMember;
import static vn.doingoai.delegation.api.DelegationFixtures.approver;
import static vn.doingoai.delegation.api.DelegationFixtures.create;
import static vn.doingoai.delegation.api.DelegationFixtures.etag;
import static vn.doingoai.delegation.api.DelegationFixtures.inbound;
import static vn.doingoai.delegation.api.DelegationFixtures.officer;
import static vn.doingoai.delegation.api.DelegationFixtures.outbound;
import static vn.doingoai.delegation.api.DelegationFixtures.transition;
import static vn.doingoai.delegation.api.DelegationFixtures.viewer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.delegation.AgreementServiceResource;

@QuarkusTest
@QuarkusTestResource(AgreementServiceResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class DelegationLifecycleResourceTest {

    @Test
    void anOverrideIsReadByItsSchemaEvenInWhatTheServiceSetsItself() {
        String id = create("38", outbound("Đoàn kiểm tra override", "2027-04-05", "2027-04-08"));
        String before = etag(officer("38"), id);
        Map<String, Object> override = Map.of("rule", "RULE_MAX_DAYS", "reason", "Hội chợ kéo dài", "by", "x".repeat(201));
        transition(approver("38"), id, action("APPROVE", "decision", DECISION, "overrides", List.of(override)))
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("overrides[0].by")).body("errors[0].code", equalTo("SIZE"));
        org.junit.jupiter.api.Assertions.assertEquals(before, etag(officer("38"), id));
    }

    private static Response step(String token, String id, String action, Object... fields) {
        Response response = transition(token, id, action(action, fields));
        response.then().statusCode(200);
        return response;
    }

    private static String withMember(String province, Map<String, Object> delegation, Map<String, Object> member) {
        String id = create(province, delegation);
        addMember(province, id, member).then().statusCode(201);
        return id;
    }

    @Test
    void anOutboundDelegationFromDraftToClosed() {
        String id = create("48", outbound("Đoàn Đà Nẵng sang Luông Pha Băng", "2026-04-06", "2026-04-10"));
        given().auth().oauth2(officer("48")).when().get(DELEGATIONS + "/" + id)
                .then().body("allowedActions", contains("CANCEL"))
                .body("blockedActions[0].action", equalTo("SUBMIT")).body("blockedActions[0].code", equalTo("MEMBERS_REQUIRED"));
        transition(officer("48"), id, action("SUBMIT")).then().statusCode(409).body("code", equalTo("MEMBERS_REQUIRED"));
        addMember("48", id, Map.of("fullName", "Trần Thị Bình", "position", "Giám đốc Sở Ngoại vụ", "head", true))
                .then().statusCode(201);
        step(officer("48"), id, "SUBMIT", "effectiveOn", "2026-03-02").then().body("status", equalTo("SUBMITTED"));
        transition(officer("48"), id, action("APPROVE", "decision", DECISION)).then().statusCode(409)
                .body("code", equalTo("INVALID_TRANSITION"));
        step(officer("48"), id, "APPRAISE", "effectiveOn", "2026-03-04").then().body("status", equalTo("APPRAISED"));
        given().auth().oauth2(approver("48")).when().get(DELEGATIONS + "/" + id)
                .then().body("allowedActions", contains("APPROVE", "REJECT"));
        transition(officer("48"), id, action("APPROVE", "decision", DECISION)).then().statusCode(403);
        transition(approver("48"), id, action("APPROVE")).then().statusCode(400).body("errors[0].field", equalTo("decision"));
        step(approver("48"), id, "APPROVE", "decision", DECISION, "effectiveOn", "2026-03-06").then().body("status", equalTo("APPROVED"))
                .body("decisions[0].number", equalTo("2150/QĐ-UBND"));
        step(officer("48"), id, "START_TRAVEL", "effectiveOn", "2026-04-06").then().body("status", equalTo("TRAVELLING"));
        transition(officer("48"), id, action("CANCEL", "comment", "x")).then().statusCode(409);
        step(officer("48"), id, "RECORD_RETURN", "effectiveOn", "2026-04-10")
                .then().body("status", equalTo("RETURNED")).body("returnedOn", equalTo("2026-04-10"))
                .body("allowedActions", contains("SUBMIT_REPORT"));
        given().auth().oauth2(officer("48")).header("If-Match", etag(officer("48"), id)).contentType("application/json")
                .body(Map.of("summary", "Hai bên thống nhất kế hoạch hợp tác du lịch 2026–2027.",
                        "followUps", "Đề xuất ký biên bản ghi nhớ về du lịch.",
                        "attachments", List.of(Map.of("title", "Biên bản hội đàm.pdf", "mediaType", "application/pdf"))))
                .when().put(DELEGATIONS + "/" + id + "/report")
                .then().statusCode(200).body("status", equalTo("REPORT_SUBMITTED"))
                .body("report.attachments[0].title", equalTo("Biên bản hội đàm.pdf"));
        step(officer("48"), id, "CLOSE").then().body("status", equalTo("CLOSED")).body("allowedActions", hasSize(0));
        given().auth().oauth2(viewer("48")).when().get(DELEGATIONS + "/" + id + "/transitions")
                .then().body("items.action", contains("SUBMIT", "APPRAISE", "APPROVE", "START_TRAVEL", "RECORD_RETURN",
                        "SUBMIT_REPORT", "CLOSE"))
                .body("items[2].actor", equalTo("approver.48"));
    }

    @Test
    void aPartyManagedCadreNeedsTheProvincialPartyCommitteesOpinion() {
        String id = withMember("49", outbound("Đoàn lãnh đạo Quảng Nam sang Sê Kông", "2026-05-04", "2026-05-07"),
                Map.of("fullName", "Lê Văn Cường", "position", "Phó Chủ tịch UBND tỉnh", "partyManaged", true, "head", true));
        step(officer("49"), id, "SUBMIT");
        step(officer("49"), id, "APPRAISE");
        given().auth().oauth2(approver("49")).when().get(DELEGATIONS + "/" + id).then().body("allowedActions", contains("REJECT"));
        transition(approver("49"), id, action("APPROVE", "decision", DECISION)).then().statusCode(409);
        step(officer("49"), id, "SEEK_PARTY_OPINION").then().body("status", equalTo("PARTY_OPINION"));
        step(approver("49"), id, "APPROVE", "decision", DECISION).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void aTripOutsideTheAnnualPlanNeedsTheExtraApproval() {
        String id = withMember("51", outbound("Đoàn Quảng Ngãi ngoài kế hoạch", "2026-06-01", "2026-06-03",
                "inAnnualPlan", false, "outsidePlanReason", "Lời mời đột xuất của đối tác"),
                Map.of("fullName", "Phạm Minh Đức", "position", "Chuyên viên"));
        step(officer("51"), id, "SUBMIT");
        step(officer("51"), id, "APPRAISE");
        transition(approver("51"), id, action("APPROVE", "decision", DECISION)).then().statusCode(409)
                .body("code", equalTo("OUTSIDE_PLAN_NOT_APPROVED"));
        transition(approver("51"), id, action("APPROVE_OUTSIDE_PLAN")).then().statusCode(400);
        step(approver("51"), id, "APPROVE_OUTSIDE_PLAN", "comment", "Đồng ý đi ngoài kế hoạch")
                .then().body("outsidePlanApproved", equalTo(true)).body("status", equalTo("APPRAISED"));
        step(approver("51"), id, "APPROVE", "decision", DECISION).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void onePersonCannotBeOnTwoDelegationsWhoseDatesOverlapDayBoundariesIncluded() {
        Map<String, Object> member = Map.of("fullName", "Hoàng Văn Em", "position", "Trưởng phòng", "passportNumber", "B7654321");
        String first = withMember("52", outbound("Đoàn thứ nhất", "2026-07-10", "2026-07-14"), member);
        step(officer("52"), first, "SUBMIT");
        String touching = withMember("52", outbound("Đoàn bắt đầu ngày đoàn trước kết thúc", "2026-07-14", "2026-07-16"), member);
        transition(officer("52"), touching, action("SUBMIT")).then().statusCode(409)
                .body("code", equalTo("RULE_MEMBER_OVERLAP")).body("detail", containsString("Đoàn thứ nhất"));
        // Setting the rule aside is not possible: nobody is in two places at once.
        transition(officer("52"), touching, action("SUBMIT", "overrides",
                List.of(Map.of("rule", "RULE_MEMBER_OVERLAP", "reason", "x")))).then().statusCode(400)
                .body("errors[0].code", equalTo("NOT_OVERRIDABLE"));
        String after = withMember("52", outbound("Đoàn bắt đầu ngày hôm sau", "2026-07-15", "2026-07-16"), member);
        step(officer("52"), after, "SUBMIT").then().body("status", equalTo("SUBMITTED"));
        String before = withMember("52", outbound("Đoàn kết thúc ngày hôm trước", "2026-07-05", "2026-07-09"), member);
        step(officer("52"), before, "SUBMIT");
        // A cancelled delegation no longer holds the dates; a draft never did.
        step(officer("52"), first, "CANCEL", "comment", "Đối tác hoãn");
        step(officer("52"), withMember("52", outbound("Đoàn thay thế", "2026-07-10", "2026-07-13"), member), "SUBMIT");
    }

    @Test
    void limitsAreRulesAnApproverMaySetAsideWithAReason() {
        String id = withMember("54", outbound("Đoàn dài ngày", "2026-08-01", "2026-08-12", "destinationCountries",
                List.of("LA", "KH", "TH", "MM")), Map.of("fullName", "Đỗ Thị Giang", "position", "Chuyên viên"));
        transition(officer("54"), id, action("SUBMIT")).then().statusCode(422).body("code", equalTo("RULE_MAX_DAYS"));
        transition(officer("54"), id, action("SUBMIT", "overrides", List.of(
                Map.of("rule", "RULE_MAX_DAYS", "reason", "Hội chợ kéo dài 12 ngày")))).then().statusCode(422)
                .body("code", equalTo("RULE_MAX_COUNTRIES"));
        step(officer("54"), id, "SUBMIT", "overrides", List.of(
                Map.of("rule", "RULE_MAX_DAYS", "reason", "Hội chợ kéo dài 12 ngày"),
                Map.of("rule", "RULE_MAX_COUNTRIES", "reason", "Xúc tiến du lịch tiểu vùng Mê Kông")));
        step(officer("54"), id, "APPRAISE");
        transition(approver("54"), id, action("APPROVE", "decision", DECISION)).then().statusCode(422)
                .body("code", equalTo("RULE_MAX_DAYS"));
        step(approver("54"), id, "APPROVE", "decision", DECISION, "overrides", List.of(
                Map.of("rule", "RULE_MAX_DAYS", "reason", "Đồng ý theo đề xuất"),
                Map.of("rule", "RULE_MAX_COUNTRIES", "reason", "Đồng ý theo đề xuất")))
                .then().body("status", equalTo("APPROVED"))
                .body("overrides.by", contains("officer.54", "officer.54", "approver.54", "approver.54"));
        given().auth().oauth2(viewer("54")).when().get(DELEGATIONS + "/" + id + "/transitions")
                .then().body("items[2].overrides[0].rule", equalTo("RULE_MAX_DAYS"))
                .body("items[2].overrides[0].by", equalTo("approver.54"));
    }

    @Test
    void twoKeyLeadersAreNotAbroadAtTheSameTimeAndALeaderTravelsTwiceAYear() {
        String secretary = withMember("56", outbound("Bí thư đi Lào", "2026-09-01", "2026-09-03"),
                Map.of("fullName", "Người A", "position", "Bí thư Tỉnh ủy", "passportNumber", "D0000001"));
        step(officer("56"), secretary, "SUBMIT");
        String chair = withMember("56", outbound("Chủ tịch đi Campuchia", "2026-09-03", "2026-09-05",
                "destinationCountries", List.of("KH")), Map.of("fullName", "Người B", "position", "Chủ tịch UBND tỉnh"));
        transition(officer("56"), chair, action("SUBMIT")).then().statusCode(409).body("code", equalTo("RULE_KEY_LEADERS_ABROAD"));

        Map<String, Object> leader = Map.of("fullName", "Người A", "position", "Bí thư Tỉnh ủy", "passportNumber", "D0000001");
        step(officer("56"), withMember("56", outbound("Bí thư đi Thái Lan", "2026-10-01", "2026-10-02",
                "destinationCountries", List.of("TH")), leader), "SUBMIT");
        String third = withMember("56", outbound("Bí thư đi Nhật", "2026-11-01", "2026-11-02",
                "destinationCountries", List.of("JP")), leader);
        transition(officer("56"), third, action("SUBMIT")).then().statusCode(409).body("code", equalTo("RULE_LEADER_TRIPS_PER_YEAR"));
    }

    @Test
    void anInboundDelegationNeedsFiveWorkingDaysNotice() {
        LocalDate soon = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2);
        String late = withMember("58", inbound("Đoàn đến gấp", soon.toString(), soon.plusDays(1).toString()),
                Map.of("fullName", "Khamla S.", "nationality", "LA"));
        transition(approver("58"), late, action("APPROVE", "decision", DECISION)).then().statusCode(422)
                .body("code", equalTo("RULE_INBOUND_NOTICE"));
        step(approver("58"), late, "APPROVE", "decision", DECISION, "overrides",
                List.of(Map.of("rule", "RULE_INBOUND_NOTICE", "reason", "Chuyến thăm cấp cao"))).then().body("status", equalTo("APPROVED"));

        LocalDate later = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30);
        String timely = withMember("58", inbound("Đoàn báo trước đủ ngày", later.toString(), later.plusDays(2).toString()),
                Map.of("fullName", "Bounmy P.", "nationality", "LA", "head", true));
        given().auth().oauth2(officer("58")).when().get(DELEGATIONS + "/" + timely).then().body("allowedActions", contains("CANCEL"));
        step(approver("58"), timely, "APPROVE", "decision", DECISION).then().body("status", equalTo("APPROVED"));
        // Not held before it starts.
        given().auth().oauth2(officer("58")).when().get(DELEGATIONS + "/" + timely)
                .then().body("blockedActions.find { it.action == 'RECORD_HELD' }.code", equalTo("VISIT_NOT_STARTED"));
        transition(officer("58"), timely, action("RECORD_HELD")).then().statusCode(409).body("code", equalTo("VISIT_NOT_STARTED"));

        // A visit already over (registered late, its notice set aside) is held, reported and closed.
        String past = withMember("58", inbound("Đoàn Xay Nhạ Bu Ly thăm tỉnh", "2026-11-02", "2026-11-04"),
                Map.of("fullName", "Khamphet V.", "nationality", "LA", "head", true));
        step(approver("58"), past, "APPROVE", "decision", DECISION, "effectiveOn", "2026-11-01", "overrides",
                List.of(Map.of("rule", "RULE_INBOUND_NOTICE", "reason", "Đăng ký bổ sung sau chuyến thăm")));
        step(officer("58"), past, "RECORD_HELD", "effectiveOn", "2026-11-04")
                .then().body("status", equalTo("HELD")).body("reportDueOn", equalTo("2026-11-19"));
        given().auth().oauth2(officer("58")).header("If-Match", etag(officer("58"), past)).contentType("application/json")
                .body(Map.of("summary", "Đón đoàn thành công."))
                .when().put(DELEGATIONS + "/" + past + "/report").then().statusCode(200).body("status", equalTo("REPORTED"));
        step(officer("58"), past, "CLOSE").then().body("status", equalTo("CLOSED"));
    }
}
