package vn.doingoai.commons.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.doingoai.commons.text.VietnameseText;

/**
 * Free-text `q` over a column holding {@link VietnameseText#fold folded} text: every word of the
 * query must occur, in any order, without regard to case or diacritics. Each word is a
 * {@code LIKE '%word%'}, which a trigram (pg_trgm) index on the column serves.
 */
public final class TextSearch {

    static final int MAX_WORDS = 8;

    private TextSearch() {
    }

    /** The HQL condition for {@code q} on {@code column}, or null when {@code q} has no words; adds its parameters. */
    public static String condition(String column, String q, Map<String, Object> params) {
        if (q == null) {
            return null;
        }
        String folded = VietnameseText.fold(q);
        if (folded.isEmpty()) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        List<String> words = Arrays.stream(folded.split(" ")).distinct().limit(MAX_WORDS).toList();
        for (int i = 0; i < words.size(); i++) {
            terms.add(column + " like :q" + i + " escape '\\'");
            params.put("q" + i, "%" + likeEscaped(words.get(i)) + "%");
        }
        return String.join(" and ", terms);
    }

    public static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
