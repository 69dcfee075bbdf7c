package vn.doingoai.commons.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void nfdInputBecomesNfc() {
        String nfd = Normalizer.normalize("Thái Bình", Normalizer.Form.NFD);
        assertNotEquals("Thái Bình", nfd);
        assertEquals("Thái Bình", VietnameseText.nfc(nfd));
    }

    @Test
    void foldingIgnoresCaseMarksAndDStroke() {
        assertEquals("thai binh", VietnameseText.fold("THÁI BÌNH"));
        assertEquals("thai binh", VietnameseText.fold(Normalizer.normalize("Thái Bình", Normalizer.Form.NFD)));
        assertEquals("dien bien", VietnameseText.fold("Điện Biên"));
        assertEquals("xay nha bu ly", VietnameseText.fold("Xay  Nhạ Bu Ly "));
        assertEquals("quang tay", VietnameseText.fold("Quảng Tây"));
        assertEquals("ha noi vieng chan", VietnameseText.fold("Hà Nội – Viêng Chăn"));
        assertEquals("692 qd tu", VietnameseText.fold("692-QĐ/TU"));
    }

    @Test
    void nullStaysNull() {
        assertEquals(null, VietnameseText.nfc(null));
        assertEquals(null, VietnameseText.fold(null));
    }
}
