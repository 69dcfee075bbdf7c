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
}
