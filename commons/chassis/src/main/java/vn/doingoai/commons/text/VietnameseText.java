package vn.doingoai.commons.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text rules of the contract: inputs are stored in Unicode NFC; search compares a
 * folded form in which case, tone marks and vowel marks are gone and đ is d, so that
 * {@code thai binh}, {@code THÁI BÌNH} and an NFD {@code Thái Bình} all meet.
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    public static String nfc(String text) {
        if (text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            // đ/Đ is a letter of its own, not d with a combining mark, so NFD leaves it whole.
            out.append(c == 'đ' || c == 'Đ' ? 'd' : c);
        }
        // Punctuation separates words ("Hà Nội – Viêng Chăn", "692-QĐ/TU"), so it folds to a space.
        return out.toString().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A character that belongs in no record people read: C0 controls other than tab and line breaks, and DEL. */
    public static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    /** A UTF-16 surrogate without its partner: no character at all, and PostgreSQL cannot store it. */
    public static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
