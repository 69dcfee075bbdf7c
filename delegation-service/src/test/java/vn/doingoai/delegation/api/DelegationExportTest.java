package vn.doingoai.delegation.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doingoai.delegation.api.DelegationFixtures.DELEGATIONS;
import static vn.doingoai.delegation.api.DelegationFixtures.addMember;
import static vn.doingoai.delegation.api.DelegationFixtures.create;
import static vn.doingoai.delegation.api.DelegationFixtures.officer;
import static vn.doingoai.delegation.api.DelegationFixtures.outbound;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.delegation.AgreementServiceResource;

/** The register as a file: the whole filtered list, in its order, with Vietnamese labels, in the caller's scope only. */
@QuarkusTest
@QuarkusTestResource(AgreementServiceResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class DelegationExportTest {

    private static final String PROVINCE = "56";
    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theWholeListIsACsvFileWithLabelsAndNothingOfOtherProvinces() {
        String first = create(PROVINCE, outbound("Đoàn xuất tệp thứ nhất", "2026-05-04", "2026-05-08",
                "destinationCountries", List.of("LA", "KH")));
        addMember(PROVINCE, first, Map.of("fullName", "Nguyễn Văn Tệp", "position", "Giám đốc Sở Ngoại vụ", "head", true)).then().statusCode(201);
        addMember(PROVINCE, first, Map.of("fullName", "Trần Thị Bảng", "position", "Chuyên viên")).then().statusCode(201);
        create(PROVINCE, outbound("Đoàn xuất tệp thứ hai", "2026-06-01", "2026-06-03"));
        create("57", outbound("Đoàn của tỉnh khác", "2026-06-01", "2026-06-03"));

                byte[] body = given().auth().oauth2(officer(PROVINCE)).accept(CSV).queryParam("q", "xuat tep")
                .when().get(DELEGATIONS + "/register").then().statusCode(200)
                .header("Content-Type", containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"doan-ra-doan-vao.csv\""))
                .extract().asByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark, so spreadsheet programs read the diacritics");
        List<String> lines = Arrays.asList(text.substring(1).split("\r\n"));
        assertEquals(3, lines.size(), text);
        assertTrue(lines.get(0).startsWith("Mã tỉnh,Loại đoàn,Trạng thái,"), lines.get(0));
        // The list's order, newest start first.
        assertTrue(lines.get(1).contains("Đoàn xuất tệp thứ hai"), lines.get(1));
        assertTrue(lines.get(2).contains("Đoàn xuất tệp thứ nhất") && lines.get(2).contains("\"LA, KH\"") && lines.get(2).contains(",2,"),
                lines.get(2));
        assertTrue(lines.get(2).startsWith("56,Đoàn ra,Đang soạn thảo,"), lines.get(2));
        assertTrue(lines.get(2).endsWith("," + first), lines.get(2));
        assertTrue(lines.stream().noneMatch(l -> l.contains("tỉnh khác")));
    }

    @Test
    void theSameListAsASpreadsheet() throws IOException {
        create(PROVINCE, outbound("Đoàn bảng tính", "2026-08-03", "2026-08-07", "destinationCountries", List.of("JP")));
        byte[] xlsx = given().auth().oauth2(officer(PROVINCE)).accept(XLSX).queryParam("q", "bang tinh")
                .when().get(DELEGATIONS + "/register").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"doan-ra-doan-vao.xlsx\""))
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertEquals(2, rows.size());
            assertEquals("Tên đoàn", rows.get(0).getCellText(4));
            assertEquals("Đoàn bảng tính", rows.get(1).getCellText(4));
            assertEquals("JP", rows.get(1).getCellText(8));
            assertEquals("2026-08-03", rows.get(1).getCellAsDate(6).orElseThrow().toLocalDate().toString());
        }
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    /** A client that reads the start of a long register and goes away stops the export and frees its transaction. */
    @Test
    void anAbandonedExportStopsReading() throws Exception {
        String province = "75";
        // Long enough that reading it all takes a while: before, the transaction stayed open 2.1 s after the client
        // left with 600 000 such rows (20 s for the national register at 1 M); now about 40 ms.
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("""
                    insert into delegation (id, province_code, version, direction, status, title, purpose, start_on, end_on,
                                            search_text, created_at, created_by, updated_at, updated_by)
                    select gen_random_uuid(), '75', 0, 'OUTBOUND', 'DRAFT', 'Đoàn công tác bỏ dở số ' || i, 'WORKING_VISIT',
                           date '2025-01-01' + (i % 700), date '2025-01-03' + (i % 700), 'doan cong tac bo do so ' || i,
                           now(), 'export-test', now(), 'export-test'
                      from generate_series(1, 400000) i""");
        }
        try {
            java.net.HttpURLConnection http = (java.net.HttpURLConnection) java.net.URI
                    .create("http://localhost:" + io.restassured.RestAssured.port + DELEGATIONS + "/register").toURL().openConnection();
            http.setRequestProperty("Authorization", "Bearer " + officer(province));
            http.setRequestProperty("Accept", CSV);
            assertEquals(200, http.getResponseCode());
            try (var body = http.getInputStream()) {
                assertEquals(65_536, body.readNBytes(65_536).length);
            }
            http.disconnect();
            org.awaitility.Awaitility.await("the export's transaction to end after the client left")
                    .atMost(java.time.Duration.ofMillis(500)).pollInterval(java.time.Duration.ofMillis(20))
                    .until(() -> openRegisterTransactions() == 0);
        } finally {
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                statement.executeUpdate("delete from delegation where created_by = 'export-test'");
            }
        }
    }

    private long openRegisterTransactions() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("""
                        select count(*) from pg_stat_activity
                         where datname = current_database() and pid <> pg_backend_pid()
                           and state <> 'idle' and query ilike '%from delegation%'""")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
