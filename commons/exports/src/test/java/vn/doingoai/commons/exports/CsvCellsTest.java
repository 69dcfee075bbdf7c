package vn.doingoai.commons.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void textThatStartsLikeAFormulaIsMarkedAsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", Exports.quoted("=HYPERLINK(\"http://evil.example\",\"x\")"));
        assertEquals("'+84 912 345 678", Exports.quoted("+84 912 345 678"));
        assertEquals("'-1+1", Exports.quoted("-1+1"));
        assertEquals("'@SUM(A1)", Exports.quoted("@SUM(A1)"));
        assertEquals("'\tcmd", Exports.quoted("\tcmd"));
    }

    @Test
    void numbersAndOrdinaryTextAreWrittenAsThey() {
        assertEquals("-350000000", Exports.quoted(-350_000_000L));
        assertEquals("-1.5", Exports.quoted(new BigDecimal("-1.5")));
        assertEquals("Đoàn công tác tại Viêng Chăn", Exports.quoted("Đoàn công tác tại Viêng Chăn"));
        assertEquals("\"Hà Nội, Việt Nam\"", Exports.quoted("Hà Nội, Việt Nam"));
        assertEquals("", Exports.quoted(""));
    }
}
