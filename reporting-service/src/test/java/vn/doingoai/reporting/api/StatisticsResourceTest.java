package vn.doingoai.reporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestTokens;
import vn.doingoai.reporting.SuiteServicesResource;

/** Figures pulled live from the real agreement and delegation services (loaded with the seeds' demo data). */
@QuarkusTest
@QuarkusTestResource(SuiteServicesResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class StatisticsResourceTest {

    @org.junit.jupiter.api.BeforeEach
    void units() {
        ReportingUnits.ensure();
    }

    @Test
    void thanhHoasYearComesFromBothServices() {
        String viewer = TestTokens.user("th.viewer").roles("viewer").province("38").sign();
        given().auth().oauth2(viewer).queryParam("year", 2025).when().get("/api/v1/statistics/annual")
                .then().statusCode(200)
                .body("province", equalTo("38"))
                .body("missing", empty())
                .body("agreements.inForceByCountry.find { it.keys.country == 'LA' }.agreements", equalTo(1))
                .body("delegations.byDirectionAndCountry.find { it.keys.direction == 'OUTBOUND' && it.keys.country == 'LA' }.delegations",
                        equalTo(1))
                .body("delegations.byDirectionAndCountry.find { it.keys.country == 'LA' }.personDays", equalTo(8))
                .body("delegations.byDirectionAndCountry.find { it.keys.country == 'LA' }.costVnd", equalTo(320000000));
        given().auth().oauth2(viewer).queryParam("year", 2026).when().get("/api/v1/statistics/annual")
                .then().body("delegations.byDirectionAndCountry.find { it.keys.country == 'KR' }.delegations", equalTo(1))
                .body("agreements.expiringByCountry.find { it.keys.country == 'LA' }.agreements", equalTo(1));
    }

    @Test
    void aProvinceSeesOnlyItsOwnFiguresAndCentralBodiesAnyProvince() {
        String qn = TestTokens.user("qn.viewer").roles("viewer").province("22").sign();
        given().auth().oauth2(qn).queryParam("year", 2025).queryParam("province", "38").when().get("/api/v1/statistics/annual")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.user("auditor").roles("central-auditor").sign()).queryParam("year", 2020)
                .queryParam("province", "34").when().get("/api/v1/statistics/annual")
                .then().statusCode(200)
                .body("delegations.byDirectionAndCountry.find { it.keys.direction == 'INBOUND' }.delegations", equalTo(1));
        given().when().get("/api/v1/statistics/annual?year=2025").then().statusCode(401);
        given().auth().oauth2(qn).when().get("/api/v1/statistics/annual").then().statusCode(400);
        given().auth().oauth2(TestTokens.user("r").roles("unit-reporter").province("22").unit("SO_NGOAI_VU").sign())
                .queryParam("year", 2025).when().get("/api/v1/statistics/annual").then().statusCode(403);
        // Quảng Ninh's own figures: its Guangxi MoU and Lao twinning; no delegation in 2025 (Thanh Hóa's is not counted).
        given().auth().oauth2(qn).queryParam("year", 2025).when().get("/api/v1/statistics/annual")
                .then().body("agreements.inForceByCountry.find { it.keys.country == 'CN' }.agreements", equalTo(1))
                .body("delegations.byDirectionAndCountry", empty())
                .body("agreements.inForceByCountry.find { it.keys.country == 'KR' }", nullValue());
    }

    @Test
    void centralBodiesSeeProvincesSideBySideWithPredecessorsRolledUp() {
        String auditor = TestTokens.user("auditor").roles("central-auditor").sign();
        given().auth().oauth2(auditor).queryParam("year", 2020).queryParam("asOf", "2026-01-01")
                .when().get("/api/v1/statistics/provinces")
                .then().statusCode(200)
                .body("provinces.find { it.province == '33' }.rolledUp", org.hamcrest.Matchers.contains("34"))
                .body("provinces.find { it.province == '33' }.agreementsSigned", equalTo(1))
                .body("provinces.find { it.province == '33' }.inboundDelegations", equalTo(1))
                .body("provinces.find { it.province == '34' }", nullValue())
                .body("total.agreementsSigned", equalTo(1));
        given().auth().oauth2(auditor).queryParam("year", 2020).queryParam("asOf", "2025-06-30")
                .when().get("/api/v1/statistics/provinces")
                .then().body("provinces.find { it.province == '34' }.inboundDelegations", equalTo(1))
                .body("provinces.find { it.province == '34' }.rolledUp", empty());
        given().auth().oauth2(auditor).queryParam("year", 2025).when().get("/api/v1/statistics/provinces")
                .then().body("provinces.find { it.province == '38' }.outboundDelegations", equalTo(1))
                .body("provinces.find { it.province == '22' }.agreementsInForce", equalTo(2));
        given().auth().oauth2(TestTokens.user("th").roles("officer").province("38").sign()).queryParam("year", 2025)
                .when().get("/api/v1/statistics/provinces").then().statusCode(403);
        String csv = new String(given().auth().oauth2(auditor).accept("text/csv").queryParam("year", 2020)
                .queryParam("asOf", "2026-01-01").when().get("/api/v1/statistics/provinces")
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString("cac-tinh-2020.csv"))
                .extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(csv.startsWith("\uFEFFTỉnh,Gộp số liệu của,Thỏa thuận ký trong năm,"), csv);
        // Provinces by their names, the merged one too.
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\r\nTỉnh Hưng Yên,Tỉnh Thái Bình,1,"), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\r\nTỔNG,,1,"), csv);
    }

    @Test
    void aYearsFiguresAreAsOfItsEndAndASuccessorCountsWhatItInherited() {
        AgreementsInForce.fromNovember2026("33", "Hưng Yên", "Tỉnh Chungcheong Nam", "KR");
        String hy = TestTokens.user("hy.viewer").roles("viewer").province("33").sign();
        String auditor = TestTokens.user("auditor").roles("central-auditor").sign();
        // Thái Bình's (34) agreement with Xay Nhạ Bu Ly, in force since 2020-07-15, is Hưng Yên's (33) now.
        given().auth().oauth2(hy).queryParam("year", 2026).when().get("/api/v1/statistics/annual")
                .then().statusCode(200)
                .body("agreements.inForceByCountry.find { it.keys.country == 'LA' }.agreements", equalTo(1))
                .body("agreements.inForceByCountry.find { it.keys.country == 'KR' }.agreements", equalTo(1));
        given().auth().oauth2(auditor).queryParam("year", 2026).queryParam("province", "33").when().get("/api/v1/statistics/annual")
                .then().body("agreements.inForceByCountry.find { it.keys.country == 'LA' }.agreements", equalTo(1));
        // The export prints each group by its labels: the country's name, not its code.
        String annualCsv = given().auth().oauth2(hy).accept("text/csv").queryParam("year", 2026)
                .when().get("/api/v1/statistics/annual").then().statusCode(200).header("Content-Language", "vi")
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(annualCsv.contains("Thỏa thuận còn hiệu lực theo nước,Lào,1,"), annualCsv);
        org.junit.jupiter.api.Assertions.assertFalse(annualCsv.contains(",LA,"), annualCsv);
        given().auth().oauth2(hy).queryParam("year", 2026).when().get("/api/v1/reports/annual-agreement-report")
                .then().statusCode(200).body("inForce", hasSize(2))
                .body("inForceByCountry.code", org.hamcrest.Matchers.containsInAnyOrder("LA", "KR"));
        // In force from November 2026: not in 2025's or 2020's figures, whatever its status is today.
        for (int year : new int[] { 2020, 2025 }) {
            given().auth().oauth2(hy).queryParam("year", year).when().get("/api/v1/statistics/annual")
                    .then().body("agreements.inForceByCountry.find { it.keys.country == 'KR' }", nullValue())
                    .body("agreements.inForceByCountry.find { it.keys.country == 'LA' }.agreements", equalTo(1));
            given().auth().oauth2(hy).queryParam("year", year).when().get("/api/v1/reports/annual-agreement-report")
                    .then().statusCode(200).body("inForce", hasSize(1)).body("inForce[0].countries", contains("LA"))
                    .body("planned", empty());
        }
        given().auth().oauth2(hy).queryParam("year", 2019).when().get("/api/v1/reports/annual-agreement-report")
                .then().statusCode(200).body("inForce", empty());
        given().auth().oauth2(auditor).queryParam("year", 2025).when().get("/api/v1/statistics/provinces")
                .then().body("provinces.find { it.province == '33' }.agreementsInForce", equalTo(1));
    }
}
