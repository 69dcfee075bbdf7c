package vn.doingoai.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.doingoai.client.ApiClient;
import vn.doingoai.client.ApiException;
import vn.doingoai.client.ApiResponse;
import vn.doingoai.client.api.AgreementsApi;
import vn.doingoai.client.api.DelegationsApi;
import vn.doingoai.client.api.PartnersApi;
import vn.doingoai.client.api.ReportsApi;
import vn.doingoai.client.api.StatisticsApi;
import vn.doingoai.client.model.Agreement;
import vn.doingoai.client.model.AgreementAction;
import vn.doingoai.client.model.AgreementDeadline;
import vn.doingoai.client.model.AgreementInput;
import vn.doingoai.client.model.AgreementKind;
import vn.doingoai.client.model.AgreementPage;
import vn.doingoai.client.model.AgreementStatus;
import vn.doingoai.client.model.AgreementSummary;
import vn.doingoai.client.model.AgreementTransitionRequest;
import vn.doingoai.client.model.Completeness;
import vn.doingoai.client.model.ConsultationReply;
import vn.doingoai.client.model.ConsolidatedReport;
import vn.doingoai.client.model.DeadlineCompletion;
import vn.doingoai.client.model.Decision;
import vn.doingoai.client.model.Delegation;
import vn.doingoai.client.model.DelegationAction;
import vn.doingoai.client.model.DelegationDecision;
import vn.doingoai.client.model.DelegationInput;
import vn.doingoai.client.model.DelegationPage;
import vn.doingoai.client.model.DelegationStatus;
import vn.doingoai.client.model.DelegationTransitionRequest;
import vn.doingoai.client.model.Direction;
import vn.doingoai.client.model.MemberInput;
import vn.doingoai.client.model.Partner;
import vn.doingoai.client.model.PartnerInput;
import vn.doingoai.client.model.PartnerKind;
import vn.doingoai.client.model.PostVisitReport;
import vn.doingoai.client.model.ProvinceComparison;
import vn.doingoai.client.model.Report;
import vn.doingoai.client.model.ReportAction;
import vn.doingoai.client.model.ReportEntriesInput;
import vn.doingoai.client.model.ReportEntry;
import vn.doingoai.client.model.ReportInput;
import vn.doingoai.client.model.ReportStatus;
import vn.doingoai.client.model.ReportTransitionRequest;
import vn.doingoai.client.model.SignatoryInput;
import vn.doingoai.client.model.SigningLevel;
import vn.doingoai.client.model.TaskStatus;

/**
 * The users' journeys through the gateway, driven by the Java client generated from the merged
 * OpenAPI document, against the suite started by {@code deploy/run.sh} with the real Keycloak and
 * PostgreSQL. Each run makes its own records (unique titles and passport numbers), so the journeys
 * also pass against a suite that has run them before.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneysIT {

    private static final String GATEWAY = System.getProperty("doingoai.gateway", "http://localhost:8080");
    private static final String TOKEN_URL = System.getProperty("doingoai.keycloak", "http://localhost:8180")
            + "/realms/foreign-affairs/protocol/openid-connect/token";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    /** The agreement of the first journey, seen again by the statistics and the other provinces. */
    private static UUID agreementId;

    private static String password(String user) {
        return given().formParam("client_id", "foreign-affairs-cli").formParam("grant_type", "password")
                .formParam("username", user).formParam("password", "demo").when().post(TOKEN_URL)
                .then().statusCode(200).extract().path("access_token");
    }

    private static String machine() {
        return given().formParam("client_id", "demo-integration").formParam("client_secret", "demo-integration-secret")
                .formParam("grant_type", "client_credentials").when().post(TOKEN_URL)
                .then().statusCode(200).extract().path("access_token");
    }

    private static ApiClient as(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(GATEWAY);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static String etag(ApiResponse<?> response) {
        return response.getHeaders().get("etag").get(0);
    }

    interface ThrowingRunnable {
        void run() throws ApiException;
    }

    private static ApiException refused(ThrowingRunnable call) {
        return assertThrows(ApiException.class, call::run);
    }

    @Test
    @Order(1)
    void anOfficerTakesAnAgreementWithALaoPartnerFromDraftToEntryIntoForce() throws ApiException {
        PartnersApi partners = new PartnersApi(as(password("th.officer")));
        Partner partner = partners.createPartner(new PartnerInput().nameVi("Tỉnh Viêng Chăn " + RUN).nameEn("Vientiane Province")
                .kind(PartnerKind.PROVINCE_STATE).countryCode("LA"), UUID.randomUUID().toString());

        AgreementsApi officer = new AgreementsApi(as(password("th.officer")));
        AgreementsApi approver = new AgreementsApi(as(password("th.approver")));
        Agreement draft = officer.createAgreement(new AgreementInput().titleVi("Thỏa thuận hợp tác Thanh Hóa – Viêng Chăn " + RUN)
                .kind(AgreementKind.FRIENDSHIP_COOPERATION).signingLevel(SigningLevel.PEOPLES_COMMITTEE)
                .partnerIds(List.of(partner.getId())).fieldCodes(List.of("EDUCATION", "TOURISM")), UUID.randomUUID().toString());
        agreementId = draft.getId();
        assertEquals(AgreementStatus.DRAFT, draft.getStatus());

        Agreement consulting = step(officer, new AgreementTransitionRequest().action(AgreementAction.START_CONSULTATION)
                .consultedBodies(List.of("Bộ Ngoại giao")));
        assertEquals(AgreementStatus.CONSULTING, consulting.getStatus());
        step(officer, new AgreementTransitionRequest().action(AgreementAction.RECORD_OPINION)
                .consultationId(consulting.getConsultations().get(0).getId()).reply(ConsultationReply.AGREE));
        assertEquals(AgreementStatus.SUBMITTED, step(officer, new AgreementTransitionRequest().action(AgreementAction.SUBMIT)).getStatus());
        Decision decision = new Decision().number("99/QĐ-UBND-" + RUN).date(TODAY).issuer("UBND tỉnh Thanh Hóa");
        assertEquals(AgreementStatus.APPROVED, step(approver, new AgreementTransitionRequest().action(AgreementAction.APPROVE)
                .decision(decision)).getStatus());
        step(approver, new AgreementTransitionRequest().action(AgreementAction.AUTHORISE_SIGNATORY).signatory(new SignatoryInput()
                .name("Người ký " + RUN).title("Phó Chủ tịch UBND tỉnh").authorisation("Giấy ủy quyền " + RUN)));
        Agreement signed = step(officer, new AgreementTransitionRequest().action(AgreementAction.RECORD_SIGNING));
        assertEquals(AgreementStatus.SIGNED, signed.getStatus());
        assertEquals(TODAY, signed.getSignedOn());

        // Signing opens the legal deadline to report to the Prime Minister and copy MOFA within 15 days.
        AgreementDeadline copy = signed.getOpenDeadlines().stream()
                .filter(d -> "REPORT_TO_PM_AND_MOFA".equals(d.getKind().getValue())).findFirst().orElseThrow();
        assertEquals(TODAY.plusDays(15), copy.getDueOn());
        Agreement inForce = step(officer, new AgreementTransitionRequest().action(AgreementAction.RECORD_ENTRY_INTO_FORCE));
        assertEquals(AgreementStatus.IN_FORCE, inForce.getStatus());
        AgreementDeadline closed = officer.completeAgreementDeadline(agreementId, copy.getId(), new DeadlineCompletion()
                .completedOn(TODAY).reference("Công văn " + RUN + "/UBND-NV").note("Đã gửi bản sao Bộ Ngoại giao."),
                etag(officer.getAgreementWithHttpInfo(agreementId)));
        assertEquals(TODAY, closed.getCompletedOn());
        assertTrue(officer.getAgreement(agreementId).getOpenDeadlines().stream().noneMatch(d -> d.getId().equals(copy.getId())));
    }

    private static Agreement step(AgreementsApi api, AgreementTransitionRequest request) throws ApiException {
        String etag = etag(api.getAgreementWithHttpInfo(agreementId));
        try {
            return api.transitionAgreement(agreementId, etag, request, UUID.randomUUID().toString());
        } catch (ApiException e) {
            throw new AssertionError(request.getAction() + ": " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    @Test
    @Order(2)
    void anOutboundDelegationIsRefusedForAnOverlapFixedApprovedAndReportedLate() throws ApiException {
        DelegationsApi officer = new DelegationsApi(as(password("th.officer")));
        DelegationsApi approver = new DelegationsApi(as(password("th.approver")));
        LocalDate start = TODAY.minusDays(40);
        LocalDate end = TODAY.minusDays(36);
        String passport = "C" + RUN.toUpperCase().replaceAll("[^0-9A-F]", "0").substring(0, 7);
        MemberInput traveller = new MemberInput().fullName("Lê Văn Đi " + RUN).position("Chuyên viên").passportNumber(passport);

        // The member is already on an earlier delegation, submitted, on overlapping dates.
        Delegation first = officer.createDelegation(outbound("Đoàn khảo sát " + RUN, start.minusDays(2), start.plusDays(1)), null);
        officer.addDelegationMember(first.getId(), traveller, null, etag(officer.getDelegationWithHttpInfo(first.getId())));
        transition(officer, first.getId(), DelegationAction.SUBMIT);

        Delegation second = officer.createDelegation(outbound("Đoàn làm việc tại Lào " + RUN, start, end), null);
        UUID memberId = officer.addDelegationMember(second.getId(), traveller, null,
                etag(officer.getDelegationWithHttpInfo(second.getId()))).getId();
        ApiException overlap = refused(() -> officer.transitionDelegation(second.getId(),
                new DelegationTransitionRequest().action(DelegationAction.SUBMIT), null,
                etag(officer.getDelegationWithHttpInfo(second.getId()))));
        assertEquals(409, overlap.getCode());
        assertTrue(overlap.getResponseBody().contains("RULE_MEMBER_OVERLAP"), overlap.getResponseBody());

        // Fixed: another officer goes instead.
        officer.removeDelegationMember(second.getId(), memberId, etag(officer.getDelegationWithHttpInfo(second.getId())));
        officer.addDelegationMember(second.getId(), new MemberInput().fullName("Trần Thị Thay " + RUN).position("Chuyên viên")
                .head(true), null, etag(officer.getDelegationWithHttpInfo(second.getId())));
        // Recorded late, as it happened: each step on its own day, never before the one before it.
        LocalDate decided = start.minusDays(5);
        assertEquals(DelegationStatus.SUBMITTED, officer.transitionDelegation(second.getId(), new DelegationTransitionRequest()
                .action(DelegationAction.SUBMIT).effectiveOn(decided.minusDays(3)), null,
                etag(officer.getDelegationWithHttpInfo(second.getId()))).getStatus());
        officer.transitionDelegation(second.getId(), new DelegationTransitionRequest().action(DelegationAction.APPRAISE)
                .effectiveOn(decided.minusDays(1)), null, etag(officer.getDelegationWithHttpInfo(second.getId())));
        Delegation approved = approver.transitionDelegation(second.getId(), new DelegationTransitionRequest()
                .action(DelegationAction.APPROVE).effectiveOn(decided).decision(new DelegationDecision().number("88/QĐ-UBND-" + RUN)
                        .date(start.minusDays(5)).issuer("UBND tỉnh Thanh Hóa")), null,
                etag(approver.getDelegationWithHttpInfo(second.getId())));
        assertEquals(DelegationStatus.APPROVED, approved.getStatus());
        officer.transitionDelegation(second.getId(), new DelegationTransitionRequest().action(DelegationAction.START_TRAVEL)
                .effectiveOn(start), null, etag(officer.getDelegationWithHttpInfo(second.getId())));
        Delegation back = officer.transitionDelegation(second.getId(), new DelegationTransitionRequest()
                .action(DelegationAction.RECORD_RETURN).effectiveOn(end), null, etag(officer.getDelegationWithHttpInfo(second.getId())));
        assertEquals(DelegationStatus.RETURNED, back.getStatus());

        // Back 36 days ago with 15 days to report: the report is overdue.
        assertTrue(back.getReportDueOn().isBefore(TODAY));
        DelegationPage overdue = officer.listDelegations(null, null, Direction.OUTBOUND, null, null, 200, true, null, null, null,
                null, null, null, null, null);
        assertTrue(overdue.getItems().stream().anyMatch(d -> d.getId().equals(second.getId())), "listed as overdue");
        Delegation reported = officer.submitDelegationReport(second.getId(), new PostVisitReport()
                .summary("Hai bên thống nhất chương trình hợp tác giáo dục (" + RUN + ").").followUps("Trình ký thỏa thuận."),
                etag(officer.getDelegationWithHttpInfo(second.getId())));
        assertEquals(DelegationStatus.REPORT_SUBMITTED, reported.getStatus());
    }

    private static DelegationInput outbound(String title, LocalDate start, LocalDate end) {
        return new DelegationInput().direction(Direction.OUTBOUND).title(title).purpose("WORKING_VISIT").startOn(start).endOn(end)
                .destinationCountries(List.of("LA")).partnerName("Ủy ban nhân dân tỉnh Viêng Chăn")
                .fundingSource("Ngân sách tỉnh").costEstimateVnd(120_000_000L);
    }

    private static Delegation transition(DelegationsApi api, UUID id, DelegationAction action) throws ApiException {
        try {
            return api.transitionDelegation(id, new DelegationTransitionRequest().action(action), UUID.randomUUID().toString(),
                    etag(api.getDelegationWithHttpInfo(id)));
        } catch (ApiException e) {
            throw new AssertionError(action + ": " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    @Test
    @Order(3)
    void aUnitReportShowsInTheConsolidationAndTheFiguresShowTheAgreementAndDelegation() throws Exception {
        UUID plan = UUID.fromString("f1000000-0000-4000-8000-000000000002");
        UUID task = UUID.fromString("f3000000-0000-4000-8000-000000000011");
        ReportsApi reporter = new ReportsApi(as(password("db.reporter")));
        // The first closed quarter for which Sở Thông tin và Truyền thông has not reported yet.
        String period = null;
        for (LocalDate quarter = TODAY.withDayOfMonth(1).minusMonths(3); period == null; quarter = quarter.minusMonths(3)) {
            String candidate = quarter.getYear() + "-Q" + ((quarter.getMonthValue() - 1) / 3 + 1);
            if (reporter.listReports(plan, candidate, null, "SO_TTTT").getItems().isEmpty()) {
                period = candidate;
            }
        }
        Report draft = reporter.createReport(new ReportInput().programmeId(plan).period(period), null);
        reporter.updateReport(draft.getId(), new ReportEntriesInput().entries(List.of(new ReportEntry().taskId(task)
                .status(TaskStatus.ON_TRACK).narrative("Đăng 70 tin, bài (" + RUN + ").").actuals(Map.of("ARTICLES", new BigDecimal(70))))),
                etag(reporter.getReportWithHttpInfo(draft.getId())));
        Report submitted = reporter.transitionReport(draft.getId(), new ReportTransitionRequest().action(ReportAction.SUBMIT), null,
                etag(reporter.getReportWithHttpInfo(draft.getId())));
        assertEquals(ReportStatus.SUBMITTED, submitted.getStatus());

        ReportsApi officer = new ReportsApi(as(password("central.auditor")));
        Completeness completeness = officer.getReportCompleteness(plan, period);
        final String reported = period;
        assertTrue(completeness.getUnits().stream().anyMatch(u -> "SO_TTTT".equals(u.getUnitCode()) && Boolean.TRUE.equals(u.getReceived())),
                "completeness of " + reported);
        ConsolidatedReport consolidated = officer.getConsolidatedReport(plan, period);
        assertTrue(consolidated.getContentAreas().stream().flatMap(a -> a.getTasks().stream())
                .anyMatch(t -> task.equals(t.getTaskId()) && t.getStatus() == TaskStatus.ON_TRACK));

        // The province's figures for this year count the agreement and the delegation of the journeys above.
        StatisticsApi statistics = new StatisticsApi(as(password("th.officer")));
        var annual = statistics.getAnnualStatistics(TODAY.getYear(), null);
        assertTrue(annual.getMissing().isEmpty(), "both services answered");
        assertTrue(annual.getAgreements().getSignedByCountry().stream()
                .anyMatch(r -> "LA".equals(r.getKeys().get("country")) && r.getAgreements() >= 1));

        // The XLSX export opens: a ZIP with the workbook part and the Vietnamese header in its strings.
        byte[] xlsx = given().auth().oauth2(password("central.auditor"))
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("programmeId", plan).queryParam("period", period)
                .when().get(GATEWAY + "/api/v1/reports/consolidated").then().statusCode(200).extract().asByteArray();
        // Read through the central directory, as spreadsheet programs do (the file is written as a stream).
        java.nio.file.Path file = java.nio.file.Files.createTempFile("consolidated", ".xlsx");
        java.nio.file.Files.write(file, xlsx);
        boolean workbook;
        String strings;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            workbook = zip.getEntry("xl/workbook.xml") != null;
            StringBuilder text = new StringBuilder();
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/") && entry.getName().endsWith(".xml")) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            // Characters outside ASCII may be written as XML character references.
            strings = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(text).replaceAll(m -> new String(
                    Character.toChars(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertTrue(workbook);
        assertTrue(strings.contains("Đơn vị chủ trì"), "Vietnamese headers");
    }

    @Test
    @Order(4)
    void provincesSeeTheirOwnCentralBodiesSeeThemSideBySideAndMachinesReadTheirProvince() throws ApiException {
        assertNotNull(agreementId, "the first journey ran");
        ProvinceComparison side = new StatisticsApi(as(password("central.auditor"))).compareProvinces(TODAY.getYear(), null);
        List<String> provinces = side.getProvinces().stream().map(p -> p.getProvince()).toList();
        assertTrue(provinces.contains("38") && provinces.contains("22"), provinces.toString());

        AgreementsApi quangNinh = new AgreementsApi(as(password("qn.officer")));
        assertEquals(404, refused(() -> quangNinh.getAgreement(agreementId)).getCode(), "another province's agreement does not exist");

        AgreementPage page = new AgreementsApi(as(machine())).listAgreements(
                AgreementsApi.APIListAgreementsRequest.newBuilder().limit(200).build());
        assertFalse(page.getItems().isEmpty());
        assertTrue(page.getItems().stream().allMatch(a -> "38".equals(a.getProvinceCode())));
        assertTrue(page.getItems().stream().map(AgreementSummary::getId).anyMatch(agreementId::equals));
    }

    @Test
    @Order(5)
    void retriesAreSafeTheSameKeyCreatesOneAgreementAndTheSameVersionWinsOnce() throws ApiException {
        AgreementsApi officer = new AgreementsApi(as(password("th.officer")));
        UUID partner = new PartnersApi(as(password("th.officer"))).createPartner(new PartnerInput().nameVi("Thành phố Luông Nặm Thà "
                + RUN).kind(PartnerKind.CITY).countryCode("LA"), null).getId();
        AgreementInput input = new AgreementInput().titleVi("Biên bản ghi nhớ gửi lại " + RUN).kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
                .signingLevel(SigningLevel.PEOPLES_COMMITTEE).partnerIds(List.of(partner)).fieldCodes(List.of("TRADE"));
        String key = UUID.randomUUID().toString();
        ApiResponse<Agreement> first = officer.createAgreementWithHttpInfo(input, key);
        ApiResponse<Agreement> again = officer.createAgreementWithHttpInfo(input, key);
        assertEquals(first.getData().getId(), again.getData().getId());
        assertEquals("true", again.getHeaders().get("idempotent-replayed").get(0));
        AgreementPage same = officer.listAgreements(
                AgreementsApi.APIListAgreementsRequest.newBuilder().limit(200).partnerId(partner).build());
        assertEquals(1, same.getItems().size(), "one agreement for one key");

        UUID id = first.getData().getId();
        String version = etag(officer.getAgreementWithHttpInfo(id));
        officer.updateAgreement(id, version, input.titleVi("Biên bản ghi nhớ (sửa lần 1) " + RUN));
        ApiException stale = refused(() -> officer.updateAgreement(id, version, input.titleVi("Biên bản ghi nhớ (sửa lần 2) " + RUN)));
        assertEquals(412, stale.getCode());
        assertTrue(stale.getResponseBody().contains("PRECONDITION_FAILED"));
        assertEquals("Biên bản ghi nhớ (sửa lần 1) " + RUN, officer.getAgreement(id).getTitleVi());
    }
}
