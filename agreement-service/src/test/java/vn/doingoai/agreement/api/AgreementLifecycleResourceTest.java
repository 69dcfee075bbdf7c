package vn.doingoai.agreement.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doingoai.agreement.api.AgreementFixtures.AGREEMENTS;
import static vn.doingoai.agreement.api.AgreementFixtures.action;
import static vn.doingoai.agreement.api.AgreementFixtures.approver;
import static vn.doingoai.agreement.api.AgreementFixtures.create;
import static vn.doingoai.agreement.api.AgreementFixtures.draft;
import static vn.doingoai.agreement.api.AgreementFixtures.etag;
import static vn.doingoai.agreement.api.AgreementFixtures.officer;
import static vn.doingoai.agreement.api.AgreementFixtures.partner;
import static vn.doingoai.agreement.api.AgreementFixtures.transition;
import static vn.doingoai.agreement.api.AgreementFixtures.viewer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doingoai.agreement.service.AgreementTransitionService;
import vn.doingoai.commons.testing.PostgresTestResource;

/**
 * The lifecycle through the API: every allowed step on the main, objection, rejection and
 * suspension paths, refused steps, and the deadlines each step opens and closes (working days
 * across a weekend and the 2026 National Day holiday, 1–2 September).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class AgreementLifecycleResourceTest {

    @Inject
    AgreementTransitionService transitions;

    private static final Map<String, Object> DECISION = Map.of("number", "1234/QĐ-UBND", "date", "2026-09-15",
            "issuer", "UBND tỉnh");

    private static String drafted(String province, String title, Object... extra) {
        String partner = partner(province, "Đối tác của " + title, "LA");
        return create(province, draft(title, partner, extra)).path("id");
    }

    private static Response step(String token, String id, String action, Object... fields) {
        Response response = transition(token, id, action(action, fields));
        response.then().statusCode(200);
        return response;
    }

    private static String consultationId(String id, String body) {
        List<Map<String, Object>> consultations = given().auth().oauth2(viewer(province(id))).when()
                .get(AGREEMENTS + "/" + id).path("consultations");
        return (String) consultations.stream().filter(c -> body.equals(c.get("bodyName"))).findFirst().orElseThrow().get("id");
    }

    private static String province(String id) {
        return given().auth().oauth2(AgreementFixtures.auditor()).when().get(AGREEMENTS + "/" + id).path("provinceCode");
    }

    @Test
    void fromDraftToEntryIntoForceWithEveryDeadline() {
        String id = drafted("35", "Thỏa thuận Hà Nam – Chăm Pa Sắc");
        // Friday 28 Aug 2026 + 7 working days, skipping the weekend and 1–2 Sep: Thursday 10 Sep.
        step(officer("35"), id, "START_CONSULTATION", "effectiveOn", "2026-08-28",
                "consultedBodies", List.of("Bộ Ngoại giao", "Bộ Công an"))
                .then().body("status", equalTo("CONSULTING"))
                .body("consultations", hasSize(2))
                .body("consultations[0].dueOn", equalTo("2026-09-10"))
                .body("openDeadlines.kind", contains("CONSULTATION_REPLY"))
                .body("openDeadlines[0].dueOn", equalTo("2026-09-10"))
                .body("allowedActions", contains("RECORD_OPINION", "WITHDRAW"))
                .body("blockedActions.action", contains("SUBMIT"))
                .body("blockedActions[0].code", equalTo("CONSULTATION_INCOMPLETE"));
        given().auth().oauth2(officer("35")).queryParam("q", "ha nam cham pa sac").when().get(AGREEMENTS)
                .then().body("items[0].allowedActions", contains("RECORD_OPINION", "WITHDRAW"))
                .body("items[0].blockedActions[0].code", equalTo("CONSULTATION_INCOMPLETE"));
        transition(officer("35"), id, action("SUBMIT")).then().statusCode(409).body("code", equalTo("CONSULTATION_INCOMPLETE"));
        // "No answer" exists only once the reply deadline (10 Sep) has passed.
        transition(officer("35"), id, action("RECORD_OPINION", "consultationId", consultationId(id, "Bộ Công an"),
                "reply", "NO_ANSWER", "effectiveOn", "2026-09-10")).then().statusCode(409).body("code", equalTo("REPLY_NOT_YET_DUE"));
        step(officer("35"), id, "RECORD_OPINION", "consultationId", consultationId(id, "Bộ Ngoại giao"), "reply", "AGREE",
                "effectiveOn", "2026-09-04");
        step(officer("35"), id, "RECORD_OPINION", "consultationId", consultationId(id, "Bộ Công an"), "reply", "NO_ANSWER",
                "effectiveOn", "2026-09-11")
                .then().body("status", equalTo("CONSULTING")).body("openDeadlines", hasSize(0));
        step(officer("35"), id, "SUBMIT", "effectiveOn", "2026-09-12").then().body("status", equalTo("SUBMITTED"));
        transition(officer("35"), id, action("APPROVE", "decision", DECISION)).then().statusCode(403);
        transition(approver("35"), id, action("APPROVE")).then().statusCode(400).body("errors[0].field", equalTo("decision"));
        step(approver("35"), id, "APPROVE", "decision", DECISION, "effectiveOn", "2026-09-15")
                .then().body("status", equalTo("APPROVED")).body("decidedOn", equalTo("2026-09-15"));
        given().auth().oauth2(officer("35")).when().get(AGREEMENTS + "/" + id)
                .then().body("allowedActions", not(hasItem("RECORD_SIGNING")))
                .body("blockedActions.find { it.action == 'RECORD_SIGNING' }.code", equalTo("SIGNATORY_NOT_AUTHORISED"));
        transition(officer("35"), id, action("RECORD_SIGNING", "effectiveOn", "2026-09-20"))
                .then().statusCode(409).body("code", equalTo("SIGNATORY_NOT_AUTHORISED"));
        step(approver("35"), id, "AUTHORISE_SIGNATORY", "effectiveOn", "2026-09-16", "signatory", Map.of("name", "Nguyễn Văn A",
                "title", "Phó Chủ tịch UBND tỉnh", "authorisation", "Giấy ủy quyền 12/GUQ-UBND"))
                .then().body("signatoryName", equalTo("Nguyễn Văn A"));
        step(officer("35"), id, "RECORD_SIGNING", "effectiveOn", "2026-09-20")
                .then().body("status", equalTo("SIGNED"))
                .body("signedOn", equalTo("2026-09-20"))
                .body("openDeadlines.kind", contains("REPORT_TO_PM_AND_MOFA"))
                .body("openDeadlines[0].dueOn", equalTo("2026-10-05"))
                .body("openDeadlines[0].state", equalTo("OVERDUE"));
        step(officer("35"), id, "RECORD_ENTRY_INTO_FORCE", "effectiveOn", "2026-10-01")
                .then().body("status", equalTo("IN_FORCE")).body("inForceOn", equalTo("2026-10-01"))
                .body("allowedActions", contains("SUSPEND", "TERMINATE"));

        Response history = given().auth().oauth2(viewer("35")).when().get(AGREEMENTS + "/" + id + "/transitions");
        history.then().statusCode(200)
                .body("items.action", contains("START_CONSULTATION", "RECORD_OPINION", "RECORD_OPINION", "SUBMIT", "APPROVE",
                        "AUTHORISE_SIGNATORY", "RECORD_SIGNING", "RECORD_ENTRY_INTO_FORCE"))
                .body("items[4].actor", equalTo("approver.35"))
                .body("items[4].decisionNumber", equalTo("1234/QĐ-UBND"))
                .body("items[6].fromStatus", equalTo("APPROVED"))
                .body("items[6].toStatus", equalTo("SIGNED"));
    }

    @Test
    void theReportAfterSigningIsListedOverdueUntilItIsRecorded() {
        String id = signed("36", "Thỏa thuận Nam Định – Viêng Chăn", "2026-09-20");
        String deadline = given().auth().oauth2(viewer("36")).queryParam("state", "OVERDUE").queryParam("kind", "REPORT_TO_PM_AND_MOFA")
                .when().get(AGREEMENTS + "/deadlines")
                .then().statusCode(200)
                .body("items.agreementId", hasItem(id))
                .extract().path("items.find { it.agreementId == '" + id + "' }.id");
        given().auth().oauth2(viewer("36")).queryParam("state", "DUE").when().get(AGREEMENTS + "/deadlines")
                .then().body("items.agreementId", not(hasItem(id)));
        Map<String, Object> completion = Map.of("completedOn", "2026-10-02", "reference", "Công văn 345/UBND-NV",
                "note", "Đã gửi Bộ Ngoại giao");
        String tag = etag(officer("36"), id);
        given().auth().oauth2(officer("36")).contentType("application/json").body(completion)
                .when().put(AGREEMENTS + "/" + id + "/deadlines/" + deadline + "/completion")
                .then().statusCode(428);
        given().auth().oauth2(officer("36")).header("If-Match", "\"999\"").contentType("application/json").body(completion)
                .when().put(AGREEMENTS + "/" + id + "/deadlines/" + deadline + "/completion")
                .then().statusCode(412);
        given().auth().oauth2(viewer("36")).queryParam("state", "OVERDUE").when().get(AGREEMENTS + "/deadlines")
                .then().body("items.agreementId", hasItem(id));
        // Not met before the signing that opened it.
        given().auth().oauth2(officer("36")).header("If-Match", tag).contentType("application/json")
                .body(Map.of("completedOn", "2026-09-19")).when().put(AGREEMENTS + "/" + id + "/deadlines/" + deadline + "/completion")
                .then().statusCode(400).body("errors[0].field", equalTo("completedOn"))
                .body("errors[0].code", equalTo("BEFORE_PREVIOUS_ACT"));
        given().auth().oauth2(officer("36")).header("If-Match", tag).contentType("application/json").body(completion)
                .when().put(AGREEMENTS + "/" + id + "/deadlines/" + deadline + "/completion")
                .then().statusCode(200).header("ETag", not(equalTo(tag))).body("state", equalTo("COMPLETED")).body("completionReference", equalTo("Công văn 345/UBND-NV"))
                .body("completedBy", equalTo("officer.36"));
        given().auth().oauth2(officer("36")).header("If-Match", etag(officer("36"), id)).contentType("application/json")
                .body(Map.of("completedOn", "2026-10-03")).when().put(AGREEMENTS + "/" + id + "/deadlines/" + deadline + "/completion")
                .then().statusCode(409).body("code", equalTo("DEADLINE_COMPLETED"));
        given().auth().oauth2(viewer("36")).queryParam("state", "OVERDUE").when().get(AGREEMENTS + "/deadlines")
                .then().body("items.agreementId", not(hasItem(id)));
        given().auth().oauth2(viewer("36")).queryParam("state", "COMPLETED").when().get(AGREEMENTS + "/deadlines")
                .then().statusCode(200).body("items.find { it.id == '" + deadline + "' }.state", equalTo("COMPLETED"));
        given().auth().oauth2(viewer("22")).queryParam("state", "OVERDUE").when().get(AGREEMENTS + "/deadlines")
                .then().body("items.agreementId", not(hasItem(id)));
        given().auth().oauth2(officer("36")).header("If-Match", etag(officer("36"), id)).contentType("application/json")
                .body(Map.of("completedOn", "2999-01-01"))
                .when().put(AGREEMENTS + "/" + id + "/deadlines/" + UUID.randomUUID() + "/completion")
                .then().statusCode(400).body("errors[0].field", equalTo("completedOn"));
    }

    @Test
    void aStepNeverTakesEffectBeforeThePreviousOne() {
        String id = drafted("51", "Thỏa thuận Quảng Ngãi – Xê Kông");
        step(officer("51"), id, "START_CONSULTATION", "effectiveOn", "2026-11-02", "consultedBodies", List.of("Bộ Ngoại giao"));
        step(officer("51"), id, "RECORD_OPINION", "consultationId", consultationId(id, "Bộ Ngoại giao"), "reply", "AGREE",
                "effectiveOn", "2026-11-04");
        step(officer("51"), id, "SUBMIT", "effectiveOn", "2026-11-20");
        String before = etag(viewer("51"), id);
        transition(approver("51"), id, action("APPROVE", "decision", DECISION, "effectiveOn", "2026-11-10"))
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("effectiveOn")).body("errors[0].code", equalTo("BEFORE_PREVIOUS_ACT"));
        assertEquals(before, etag(viewer("51"), id), "a refused step changes nothing");
        step(approver("51"), id, "APPROVE", "decision", Map.of("number", "51/QĐ-UBND", "date", "2026-11-20"),
                "effectiveOn", "2026-11-20");
        step(approver("51"), id, "AUTHORISE_SIGNATORY", "effectiveOn", "2026-11-25", "signatory", Map.of("name", "Nguyễn Văn A",
                "title", "Phó Chủ tịch UBND tỉnh", "authorisation", "Giấy ủy quyền 15/GUQ-UBND"));
        transition(officer("51"), id, action("RECORD_SIGNING", "effectiveOn", "2026-11-20"))
                .then().statusCode(400).body("errors[0].code", equalTo("BEFORE_PREVIOUS_ACT"));
        step(officer("51"), id, "RECORD_SIGNING", "effectiveOn", "2026-11-25").then().body("status", equalTo("SIGNED"));
        given().auth().oauth2(viewer("51")).when().get(AGREEMENTS + "/" + id + "/transitions")
                .then().body("items.effectiveOn", contains("2026-11-02", "2026-11-04", "2026-11-20", "2026-11-20", "2026-11-25",
                        "2026-11-25"));
        // The statistics read each agreement's status on asOf from the effective days of its steps.
        assertEquals(1, signedOn("51", "2026-11-25") - signedOn("51", "2026-11-24"));
    }

    private static int signedOn(String province, String day) {
        Integer signed = given().auth().oauth2(viewer(province)).queryParam("groupBy", "status").queryParam("asOf", day)
                .when().get(AGREEMENTS + "/statistics")
                .then().statusCode(200).extract().path("items.find { it.keys.status == 'SIGNED' }?.agreements");
        return signed == null ? 0 : signed;
    }

    @Test
    void consultedBodiesReplyInAnyOrderButTheNextStepsComeAfterAllReplies() {
        String id = drafted("52", "Thỏa thuận Bình Định – Attapeu");
        step(officer("52"), id, "START_CONSULTATION", "effectiveOn", "2026-11-02",
                "consultedBodies", List.of("Bộ Ngoại giao", "Bộ Công an"));
        step(officer("52"), id, "RECORD_OPINION", "consultationId", consultationId(id, "Bộ Công an"), "reply", "AGREE",
                "effectiveOn", "2026-11-09");
        step(officer("52"), id, "RECORD_OPINION", "consultationId", consultationId(id, "Bộ Ngoại giao"), "reply", "AGREE",
                "effectiveOn", "2026-11-05");
        transition(officer("52"), id, action("RECORD_OPINION", "effectiveOn", "2026-11-01")).then().statusCode(409);
        // The reply deadline was met when the last body replied, whatever order the replies were entered in.
        given().auth().oauth2(viewer("52")).queryParam("state", "COMPLETED").queryParam("kind", "CONSULTATION_REPLY")
                .when().get(AGREEMENTS + "/deadlines")
                .then().body("items.find { it.agreementId == '" + id + "' }.completedOn", equalTo("2026-11-09"));
        transition(officer("52"), id, action("SUBMIT", "effectiveOn", "2026-11-08")).then().statusCode(400)
                .body("errors[0].code", equalTo("BEFORE_PREVIOUS_ACT"));
        step(officer("52"), id, "SUBMIT", "effectiveOn", "2026-11-10");
        // A decision is not dated before the submission it decides.
        transition(approver("52"), id, action("APPROVE", "effectiveOn", "2026-11-14", "decision",
                Map.of("number", "9/QĐ-UBND", "date", "2026-11-05", "issuer", "UBND tỉnh"))).then().statusCode(400)
                .body("errors[0].field", equalTo("decision.date")).body("errors[0].code", equalTo("BEFORE_PREVIOUS_ACT"));
        step(approver("52"), id, "APPROVE", "effectiveOn", "2026-11-14", "decision",
                Map.of("number", "9/QĐ-UBND", "date", "2026-11-13", "issuer", "UBND tỉnh"));
    }

    @Test
    void anObjectionGoesToThePrimeMinister() {
        String id = drafted("30", "Thỏa thuận Hải Dương – Quảng Tây");
        step(officer("30"), id, "START_CONSULTATION", "effectiveOn", "2026-11-02", "consultedBodies", List.of("Bộ Ngoại giao"));
        step(officer("30"), id, "RECORD_OPINION", "consultationId", consultationId(id, "Bộ Ngoại giao"), "reply", "OBJECT",
                "comment", "Nội dung hợp tác biên giới cần ý kiến Thủ tướng", "effectiveOn", "2026-11-05")
                .then().body("status", equalTo("OBJECTED")).body("consultations[0].reply", equalTo("OBJECT"));
        // The frontend's token reads Vietnamese: the way on is named by its label.
        transition(officer("30"), id, action("SUBMIT")).then().statusCode(409).body("code", equalTo("INVALID_TRANSITION"))
                .body("detail", containsString("Trình Thủ tướng"));
        // Friday 6 Nov 2026 + 7 working days: Tuesday 17 Nov.
        step(officer("30"), id, "REFER_TO_PM", "effectiveOn", "2026-11-06")
                .then().body("status", equalTo("PM_REVIEW"))
                .body("openDeadlines.kind", contains("PM_REVIEW"))
                .body("openDeadlines[0].dueOn", equalTo("2026-11-17"));
        step(officer("30"), id, "RECORD_PM_CONSENT", "decision", Map.of("number", "99/TTg-QHQT", "date", "2026-11-16"))
                .then().body("status", equalTo("SUBMITTED")).body("openDeadlines", hasSize(0));
    }

    @Test
    void aRejectedDraftIsRevisedAndRedrafted() {
        String id = drafted("49", "Thỏa thuận Quảng Nam – Sê Kông", "signingLevel", "DEPARTMENT");
        step(officer("49"), id, "START_CONSULTATION", "effectiveOn", "2026-11-02", "consultedBodies", List.of("Bộ Ngoại giao"),
                "shortenedProcedure", true, "shortenedReason", "Kịp ký trong chuyến thăm");
        step(officer("49"), id, "RECORD_OPINION", "consultationId", consultationId(id, "Bộ Ngoại giao"), "reply", "AGREE",
                "effectiveOn", "2026-11-04");
        // Department level: the decision is due 5 working days after submission (Thu 12 Nov 2026 → Thu 19 Nov).
        step(officer("49"), id, "SUBMIT", "effectiveOn", "2026-11-12")
                .then().body("openDeadlines.kind", contains("APPROVAL_DECISION"))
                .body("openDeadlines[0].dueOn", equalTo("2026-11-19"));
        given().auth().oauth2(officer("49")).header("If-Match", etag(officer("49"), id)).contentType("application/json")
                .body(draft("Sửa khi đã trình", partner("49", "Tỉnh Sê Kông 2", "LA"))).when().put(AGREEMENTS + "/" + id)
                .then().statusCode(409).body("code", equalTo("AGREEMENT_NOT_EDITABLE"));
        transition(approver("49"), id, action("REJECT")).then().statusCode(400).body("errors[0].field", equalTo("comment"));
        step(approver("49"), id, "REJECT", "comment", "Bổ sung quyền và nghĩa vụ của mỗi bên")
                .then().body("status", equalTo("REJECTED")).body("openDeadlines", hasSize(0));
        step(officer("49"), id, "REVISE").then().body("status", equalTo("DRAFT"));
        given().auth().oauth2(officer("49")).header("If-Match", etag(officer("49"), id)).contentType("application/json")
                .body(draft("Thỏa thuận Quảng Nam – Sê Kông (sửa đổi)", partner("49", "Tỉnh Sê Kông 3", "LA")))
                .when().put(AGREEMENTS + "/" + id)
                .then().statusCode(200).body("titleVi", equalTo("Thỏa thuận Quảng Nam – Sê Kông (sửa đổi)"));
    }

    @Test
    void shortenedProcedureNeedsAReasonAndGivesThreeWorkingDays() {
        String id = drafted("54", "Thỏa thuận Phú Yên – Át Tạ Pư");
        transition(officer("54"), id, action("START_CONSULTATION", "consultedBodies", List.of("Bộ Ngoại giao"),
                "shortenedProcedure", true)).then().statusCode(400).body("errors[0].field", equalTo("shortenedReason"));
        transition(officer("54"), id, action("START_CONSULTATION")).then().statusCode(400)
                .body("errors[0].field", equalTo("consultedBodies"));
        // Thursday 27 Aug 2026 + 3 working days: Friday 28, Monday 31, (1–2 Sep holiday), Thursday 3 Sep.
        step(officer("54"), id, "START_CONSULTATION", "effectiveOn", "2026-08-27", "consultedBodies", List.of("Bộ Ngoại giao"),
                "shortenedProcedure", true, "shortenedReason", "Ký nhân chuyến thăm cấp cao")
                .then().body("shortenedProcedure", equalTo(true)).body("consultations[0].dueOn", equalTo("2026-09-03"));
    }

    @Test
    void refusedTransitionsChangeNothing() {
        String id = drafted("58", "Thỏa thuận Ninh Thuận – Chăm Pa Sắc");
        transition(approver("58"), id, action("APPROVE", "decision", DECISION)).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("INVALID_TRANSITION"));
        transition(officer("58"), id, action("EXPIRE")).then().statusCode(409).body("code", equalTo("INVALID_TRANSITION"));
        transition(officer("58"), id, action("RECORD_SIGNING")).then().statusCode(409);
        given().auth().oauth2(officer("58")).contentType("application/json").body(action("WITHDRAW", "comment", "x"))
                .when().post(AGREEMENTS + "/" + id + "/transitions").then().statusCode(428);
        given().auth().oauth2(officer("58")).header("If-Match", "\"9\"").contentType("application/json")
                .body(action("WITHDRAW", "comment", "x")).when().post(AGREEMENTS + "/" + id + "/transitions").then().statusCode(412);
        given().auth().oauth2(viewer("58")).header("If-Match", "\"0\"").contentType("application/json")
                .body(action("WITHDRAW", "comment", "x")).when().post(AGREEMENTS + "/" + id + "/transitions").then().statusCode(403);
        given().auth().oauth2(officer("58")).header("If-Match", "\"0\"").contentType("application/json")
                .body(Map.of("action", "TELEPORT")).when().post(AGREEMENTS + "/" + id + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("action"));
        given().auth().oauth2(viewer("58")).when().get(AGREEMENTS + "/" + id)
                .then().body("status", equalTo("DRAFT")).header("ETag", "\"0\"");
        given().auth().oauth2(viewer("58")).when().get(AGREEMENTS + "/" + id + "/transitions").then().body("items", hasSize(0));
        step(officer("58"), id, "WITHDRAW", "comment", "Đối tác đề nghị dừng").then().body("status", equalTo("WITHDRAWN"))
                .body("allowedActions", hasSize(0));
    }

    @Test
    void aRetriedTransitionWithTheSameKeyIsNotAppliedTwice() {
        String id = drafted("60", "Thỏa thuận Bình Thuận – Xê Kông");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = action("START_CONSULTATION", "consultedBodies", List.of("Bộ Ngoại giao"));
        Response first = given().auth().oauth2(officer("60")).header("If-Match", "\"0\"").header("Idempotency-Key", key)
                .contentType("application/json").body(body).when().post(AGREEMENTS + "/" + id + "/transitions");
        first.then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(officer("60")).header("If-Match", "\"0\"").header("Idempotency-Key", key)
                .contentType("application/json").body(body).when().post(AGREEMENTS + "/" + id + "/transitions")
                .then().statusCode(200).header("Idempotent-Replayed", "true").header("ETag", "\"1\"");
        given().auth().oauth2(viewer("60")).when().get(AGREEMENTS + "/" + id + "/transitions").then().body("items", hasSize(1));
    }

    @Test
    void suspensionTerminationAndAmendmentsOwedToMofa() {
        String id = inForce("62", "Thỏa thuận Kon Tum – Át Tạ Pư", "2026-09-20", "2026-10-01");
        // Suspended on 10 Nov 2026: MOFA to be told by 25 Nov (calendar days), due but not yet overdue.
        step(officer("62"), id, "SUSPEND", "effectiveOn", "2026-11-10", "comment", "Tạm dừng do dịch bệnh")
                .then().body("status", equalTo("SUSPENDED"))
                .body("openDeadlines.find { it.kind == 'MOFA_NOTICE' }.dueOn", equalTo("2026-11-25"));
        step(officer("62"), id, "RESUME", "effectiveOn", "2026-11-15").then().body("status", equalTo("IN_FORCE"));

        String partner = given().auth().oauth2(viewer("62")).when().get(AGREEMENTS + "/" + id).path("partners[0].id");
        String amendment = create("62", draft("Sửa đổi thỏa thuận Kon Tum – Át Tạ Pư", partner,
                "parentId", id, "parentRelation", "AMENDS", "nameOnlyAmendment", true)).path("id");
        given().auth().oauth2(viewer("62")).when().get(AGREEMENTS + "/" + id)
                .then().body("derived[0].id", equalTo(amendment)).body("derived[0].relation", equalTo("AMENDS"));
        given().auth().oauth2(officer("62")).when().get(AGREEMENTS + "/" + amendment)
                .then().body("allowedActions", contains("START_CONSULTATION", "SUBMIT", "WITHDRAW"));
        step(officer("62"), amendment, "SUBMIT", "effectiveOn", "2026-11-15");
        step(approver("62"), amendment, "APPROVE", "decision", Map.of("number", "62/QĐ-UBND", "date", "2026-11-15"),
                "effectiveOn", "2026-11-15");
        step(approver("62"), amendment, "AUTHORISE_SIGNATORY", "effectiveOn", "2026-11-15", "signatory", Map.of("name", "Trần Thị B"));
        step(officer("62"), amendment, "RECORD_SIGNING", "effectiveOn", "2026-11-16");
        step(officer("62"), amendment, "RECORD_ENTRY_INTO_FORCE", "effectiveOn", "2026-11-18")
                .then().body("openDeadlines.kind", hasItem("MOFA_NOTICE"))
                .body("openDeadlines.find { it.kind == 'MOFA_NOTICE' }.dueOn", equalTo("2026-12-03"));
        given().auth().oauth2(viewer("62")).queryParam("parentId", id).when().get(AGREEMENTS)
                .then().body("items.id", contains(amendment));

        step(officer("62"), id, "TERMINATE", "effectiveOn", "2026-11-20")
                .then().body("status", equalTo("TERMINATED")).body("allowedActions", hasSize(0));
        given().auth().oauth2(officer("62")).contentType("application/json")
                .body(draft("Gia hạn", partner, "parentId", drafted("62", "Bản nháp khác"), "parentRelation", "EXTENDS"))
                .when().post(AGREEMENTS).then().statusCode(400).body("errors[0].code", equalTo("NOT_SIGNED"));
    }

    @Test
    void anAgreementExpiresByItselfAndItsExpiryIsWarnedAhead() {
        String id = drafted("64", "Thỏa thuận Gia Lai – Át Tạ Pư", "expiresOn", "2026-12-31");
        signAndEnforce("64", id, "2026-09-20", "2026-10-01");
        // 90 days ahead by default: the expiry shows as DUE from 2 Oct 2026.
        given().auth().oauth2(viewer("64")).queryParam("state", "DUE").queryParam("kind", "EXPIRY")
                .when().get(AGREEMENTS + "/deadlines")
                .then().body("items.find { it.agreementId == '" + id + "' }.dueOn", equalTo("2026-12-31"));
        given().auth().oauth2(viewer("64")).when().get(AGREEMENTS + "/" + id)
                .then().body("openDeadlines.find { it.kind == 'EXPIRY' }.state", equalTo("DUE"));
        // Still in force on its last day.
        transitions.expireDue(LocalDate.of(2026, 12, 31));
        given().auth().oauth2(viewer("64")).when().get(AGREEMENTS + "/" + id).then().body("status", equalTo("IN_FORCE"));
        assertEquals(true, transitions.expireDue(LocalDate.of(2027, 1, 1)) >= 1);
        given().auth().oauth2(viewer("64")).when().get(AGREEMENTS + "/" + id)
                .then().body("status", equalTo("EXPIRED")).body("openDeadlines.kind", not(hasItem("EXPIRY")));
        given().auth().oauth2(viewer("64")).when().get(AGREEMENTS + "/" + id + "/transitions")
                .then().body("items[-1].action", equalTo("EXPIRE")).body("items[-1].actor", equalTo("system"))
                .body("items[-1].effectiveOn", equalTo("2027-01-01"));
    }
    @Test
    void aDeadlineHasOneStateOnTheAgreementAndInTheLists() {
        String id = drafted("66", "Thỏa thuận Đắk Lắk – Chăm Pa Sắc", "expiresOn", "2031-12-31");
        signAndEnforce("66", id, "2026-09-20", "2026-10-01");
        given().auth().oauth2(viewer("66")).when().get(AGREEMENTS + "/" + id)
                .then().body("openDeadlines.find { it.kind == 'EXPIRY' }.state", equalTo("UPCOMING"));
        given().auth().oauth2(viewer("66")).queryParam("state", "DUE").queryParam("kind", "EXPIRY").when().get(AGREEMENTS + "/deadlines")
                .then().statusCode(200).body("items.agreementId", not(hasItem(id)));
        given().auth().oauth2(viewer("66")).queryParam("state", "UPCOMING").queryParam("kind", "EXPIRY")
                .when().get(AGREEMENTS + "/deadlines")
                .then().statusCode(200).body("items.find { it.agreementId == '" + id + "' }.state", equalTo("UPCOMING"));
        given().auth().oauth2(viewer("66")).queryParam("kind", "EXPIRY").when().get(AGREEMENTS + "/deadlines")
                .then().body("items.agreementId", not(hasItem(id)));
    }

    private static String signed(String province, String title, String signedOn) {
        String id = drafted(province, title);
        signUp(province, id, signedOn);
        return id;
    }

    private static String inForce(String province, String title, String signedOn, String inForceOn) {
        String id = drafted(province, title);
        signAndEnforce(province, id, signedOn, inForceOn);
        return id;
    }

    private static void signAndEnforce(String province, String id, String signedOn, String inForceOn) {
        signUp(province, id, signedOn);
        step(officer(province), id, "RECORD_ENTRY_INTO_FORCE", "effectiveOn", inForceOn);
    }

    private static void signUp(String province, String id, String signedOn) {
        step(officer(province), id, "START_CONSULTATION", "effectiveOn", "2026-08-28", "consultedBodies", List.of("Bộ Ngoại giao"));
        step(officer(province), id, "RECORD_OPINION", "consultationId", consultationId(id, "Bộ Ngoại giao"), "reply", "AGREE",
                "effectiveOn", "2026-09-01");
        step(officer(province), id, "SUBMIT", "effectiveOn", "2026-09-10");
        step(approver(province), id, "APPROVE", "decision", DECISION, "effectiveOn", "2026-09-15");
        step(approver(province), id, "AUTHORISE_SIGNATORY", "effectiveOn", "2026-09-15", "signatory", Map.of("name", "Lê Văn C"));
        step(officer(province), id, "RECORD_SIGNING", "effectiveOn", signedOn);
    }
}
