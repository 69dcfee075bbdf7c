package vn.doingoai.commons.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class XlsxSheetsTest {

    private static List<List<String>> sheets(byte[] xlsx) throws Exception {
        List<List<String>> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<String> lines = new ArrayList<>();
                lines.add(sheet.getName());
                for (Row row : sheet.read()) {
                    lines.add(row.getCellText(0) + "|" + row.getCellText(1));
                }
                sheets.add(lines);
            }
        }
        return sheets;
    }

    @Test
    void aTableLongerThanASheetGoesOnInNumberedSheetsEachHeaded() throws Exception {
        // Was: fastexcel refused the row after Excel's last, mid-stream, and the client got a cut file.
        Table table = new Table("Đoàn ra, đoàn vào", List.of("Mã", "Tên"),
                IntStream.rangeClosed(1, 5).mapToObj(i -> List.<Object>of("D" + i, "Đoàn " + i)).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.xlsx(table, out, 3);
        assertEquals(List.of(
                List.of("Đoàn ra, đoàn vào", "Mã|Tên", "D1|Đoàn 1", "D2|Đoàn 2"),
                List.of("Đoàn ra, đoàn vào (2)", "Mã|Tên", "D3|Đoàn 3", "D4|Đoàn 4"),
                List.of("Đoàn ra, đoàn vào (3)", "Mã|Tên", "D5|Đoàn 5")), sheets(out.toByteArray()));
    }

    @Test
    void anEmptyTableIsOneHeadedSheetAndALongNameKeepsItsNumber() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.xlsx(new Table("Báo cáo tổng hợp kết quả công tác đối ngoại", List.of("Mã", "Tên"), List.of()), out, 3);
        assertEquals(List.of(List.of("Báo cáo tổng hợp kết quả công t", "Mã|Tên")), sheets(out.toByteArray()));
        out = new ByteArrayOutputStream();
        Exports.xlsx(new Table("Báo cáo tổng hợp kết quả công tác đối ngoại", List.of("Mã", "Tên"),
                List.of(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"))), out, 3);
        assertEquals("Báo cáo tổng hợp kết quả cô (2)", sheets(out.toByteArray()).get(1).get(0));
    }

    @Test
    void theSheetHoldsAsManyRowsAsExcel() {
        assertEquals(1_048_576, Exports.SHEET_ROWS);
    }
}
