package vn.doingoai.delegation.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doingoai.delegation.api.DelegationFixtures.DELEGATIONS;
import static vn.doingoai.delegation.api.DelegationFixtures.action;
import static vn.doingoai.delegation.api.DelegationFixtures.addMember;
import static vn.doingoai.delegation.api.DelegationFixtures.create;
import static vn.doingoai.delegation.api.DelegationFixtures.etag;
import static vn.doingoai.delegation.api.DelegationFixtures.inbound;
import static vn.doingoai.delegation.api.DelegationFixtures.officer;
import static vn.doingoai.delegation.api.DelegationFixtures.outbound;
import static vn.doingoai.delegation.api.DelegationFixtures.transition;

import io.quarkus.test.common.QuarkusTestResource;
import vn.doingoai.delegation.AgreementServiceResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestDatabase;

/**
 * The statistics' tallies by quarter and by year (migrations V8, V10) stay equal to the figures computed from the delegations
 * themselves through every kind of change, and the statistics read from it answer what the
 * aggregation over the raw tables answers.
 */
@QuarkusTest
@QuarkusTestResource(AgreementServiceResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class DelegationTallyTest {

    private static final String PROVINCE = "52";

    @Test
    void theTallyFollowsEveryChangeMadeThroughTheApi() throws SQLException {
        // An inbound request counts from the start and stays editable, so every kind of change meets a counted delegation.
        Map<String, Object> request = inbound("Đoàn tỉnh bạn kiểm đếm", "2026-04-06", "2026-04-10");
        request.put("originCountries", List.of("LA"));
        String id = create(PROVINCE, request);
        addMember(PROVINCE, id, Map.of("fullName", "Khamphao Vongsay", "head", true)).then().statusCode(201);
        String second = addMember(PROVINCE, id, Map.of("fullName", "Souksavanh Sisoulath")).then().statusCode(201).extract().path("id");
        assertTallyExact();

        // Dates, countries and level change: Hibernate rewrites the country rows in place.
        Map<String, Object> changed = inbound("Đoàn tỉnh bạn kiểm đếm", "2026-07-06", "2026-07-12");
        changed.put("originCountries", List.of("KH", "LA", "TH"));
        changed.put("visitingLevel", "DEPARTMENT");
        given().auth().oauth2(officer(PROVINCE)).header("If-Match", etag(officer(PROVINCE), id)).contentType("application/json")
                .body(changed).when().put(DELEGATIONS + "/" + id).then().statusCode(200);
        assertTallyExact();

        given().auth().oauth2(officer(PROVINCE)).header("If-Match", etag(officer(PROVINCE), id))
                .when().delete(DELEGATIONS + "/" + id + "/members/" + second).then().statusCode(204);
        assertTallyExact();
        transition(officer(PROVINCE), id, action("CANCEL", "effectiveOn", "2026-03-05", "comment", "Hoãn")).then().statusCode(200);
        assertTallyExact();
    }

    @Test
    void statementsChangingManyRowsAtOnceKeepTheTallyExact() throws SQLException {
        String id = create(PROVINCE, outbound("Đoàn nhiều nước", "2026-05-04", "2026-05-08", "destinationCountries", List.of("LA", "KH", "TH")));
        addMember(PROVINCE, id, Map.of("fullName", "Trần Văn Một", "position", "Phó Giám đốc", "head", true)).then().statusCode(201);
        addMember(PROVINCE, id, Map.of("fullName", "Phạm Thị Hai", "position", "Chuyên viên")).then().statusCode(201);
        transition(officer(PROVINCE), id, action("SUBMIT", "effectiveOn", "2026-03-02")).then().statusCode(200);
        UUID delegation = UUID.fromString(id);
        // Row triggers failed here: each deleted row saw the statement's earlier deletions half-applied.
        TestDatabase.update("delete from delegation_country where delegation_id = ?", delegation);
        assertTallyExact();
        TestDatabase.update("insert into delegation_country (delegation_id, country_code, position) values (?, 'JP', 0), (?, 'KR', 1)",
                delegation, delegation);
        TestDatabase.update("update delegation_member set position = 'Chuyên viên chính' where delegation_id = ?", delegation);
        assertTallyExact();
        TestDatabase.update("delete from delegation_member where delegation_id = ?", delegation);
        assertTallyExact();
        TestDatabase.update("delete from delegation where id = ?", delegation);
        assertTallyExact();
    }

    @Test
    void statisticsFromTheTallyEqualTheAggregationOverTheDelegations() {
        String id = create(PROVINCE, outbound("Đoàn so sánh", "2026-02-09", "2026-02-13", "destinationCountries", List.of("LA", "JP")));
        addMember(PROVINCE, id, Map.of("fullName", "Hoàng Văn Ba", "position", "Giám đốc", "head", true)).then().statusCode(201);
        transition(officer(PROVINCE), id, action("SUBMIT", "effectiveOn", "2026-01-20")).then().statusCode(200);
        for (String groupBy : List.of("year", "country", "province", "purpose", "headLevel", "status", "quarter")) {
            // A `from` that cuts a quarter (the day after the first) is answered from the delegations themselves,
            // whole years from the tally by year, whole quarters that are not whole years from the tally by quarter.
            List<Object> raw = statistics(groupBy, "2026-01-02", null);
            assertEquals(raw, statistics(groupBy, "2026-01-01", null), "groupBy=" + groupBy + " over whole years");
            assertEquals(statistics(groupBy, "2026-01-02", "2026-03-31"), statistics(groupBy, "2026-01-01", "2026-03-31"),
                    "groupBy=" + groupBy + " over a whole quarter");
            assertEquals(statistics(groupBy, "2026-01-02", "2026-12-31"), statistics(groupBy, "2026-01-01", "2026-12-31"),
                    "groupBy=" + groupBy + " over one whole year");
        }
    }

    private static List<Object> statistics(String groupBy, String from, String to) {
        var request = given().auth().oauth2(officer(PROVINCE)).queryParam("groupBy", groupBy).queryParam("from", from);
        if (to != null) {
            request.queryParam("to", to);
        }
        JsonPath body = request.when().get(DELEGATIONS + "/statistics").then().statusCode(200).extract().jsonPath();
        return body.getList("items");
    }

    private static void assertTallyExact() throws SQLException {
        Map<String, String> differences = TestDatabase.row("""
                select count(*) as n from (
                  (select kind, value, province_code, quarter, direction, delegations, members, person_days, cost_vnd
                     from delegation_tally where (delegations, members, person_days, cost_vnd) <> (0, 0, 0, 0)
                   except select * from delegation_tally_expected)
                  union all
                  (select * from delegation_tally_expected
                   except select kind, value, province_code, quarter, direction, delegations, members, person_days, cost_vnd
                     from delegation_tally)) x""");
        assertEquals("0", differences.get("n"), "tally rows that differ from the delegations' own figures");
        Map<String, String> years = TestDatabase.row("""
                select count(*) as n from (
                  (select kind, value, province_code, year_start, direction, delegations, members, person_days, cost_vnd
                     from delegation_tally_year where (delegations, members, person_days, cost_vnd) <> (0, 0, 0, 0)
                   except select kind, value, province_code, date_trunc('year', quarter)::date, direction, sum(delegations),
                                 sum(members), sum(person_days), sum(cost_vnd)
                            from delegation_tally_expected group by 1, 2, 3, 4, 5)
                  union all
                  (select kind, value, province_code, date_trunc('year', quarter)::date, direction, sum(delegations),
                          sum(members), sum(person_days), sum(cost_vnd)
                     from delegation_tally_expected group by 1, 2, 3, 4, 5
                   except select kind, value, province_code, year_start, direction, delegations, members, person_days, cost_vnd
                     from delegation_tally_year)) x""");
        assertEquals("0", years.get("n"), "year rows that differ from the delegations' own figures");
    }
}
