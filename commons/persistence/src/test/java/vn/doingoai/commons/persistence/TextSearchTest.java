package vn.doingoai.commons.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextSearchTest {

    @Test
    void everyWordIsAPatternWrittenIntoTheStatementSoEachSearchIsPlannedForItsWords() {
        assertEquals("d.searchText like '%hop%' escape '\\' and d.searchText like '%tac%' escape '\\'",
                TextSearch.condition("d.searchText", "  Hợp TÁC, hợp tác "));
    }

    @Test
    void nothingInAFoldedWordCanEndTheLiteralOrWidenThePattern() {
        // Folding leaves letters and digits only; the escapes stay as the guard should that ever change.
        assertEquals("c like '%o%' escape '\\' and c like '%brien%' escape '\\' and c like '%50%' escape '\\'",
                TextSearch.condition("c", "O'Brien 50%_"));
        assertEquals("it''s", TextSearch.literal("it's"));
        assertEquals("a\\%b\\_c\\\\", TextSearch.likeEscaped("a%b_c\\"));
    }

    @Test
    void noWordsNoCondition() {
        assertNull(TextSearch.condition("c", null));
        assertNull(TextSearch.condition("c", " ,.- "));
    }
}
