package vn.doingoai.commons.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.problem.ProblemException;

class KeysetTest {

    record Row(UUID id, String title, LocalDate signedOn) {
    }

    static final SortField<Row> ID = new SortField<>("id", "r.id", UUID.class, Row::id);
    static final Map<String, SortField<Row>> SORTS = Map.of(
            "title", new SortField<>("title", "r.title", String.class, Row::title),
            "signedOn", new SortField<>("signedOn", "coalesce(r.signedOn, :nullDate)", LocalDate.class, Row::signedOn));

    @Test
    void firstPageHasNoConditionAndOrdersByIdLast() {
        Keyset<Row> keyset = Keyset.of("-signedOn,title", "title", SORTS, ID, null, null);
        assertEquals("coalesce(r.signedOn, :nullDate) desc, r.title asc, r.id asc", keyset.orderBy());
        assertNull(keyset.afterCursor(new HashMap<>()));
        assertEquals(Keyset.DEFAULT_LIMIT, keyset.limit());
    }

    @Test
    void cursorOfTheLastRowGivesTheConditionForTheNextPage() {
        Keyset<Row> first = Keyset.of("-signedOn,title", "title", SORTS, ID, 2, null);
        UUID last = UUID.randomUUID();
        Keyset.Page<Row> page = first.page(List.of(
                new Row(UUID.randomUUID(), "B", LocalDate.of(2021, 1, 2)),
                new Row(last, "A", LocalDate.of(2020, 2, 20)),
                new Row(UUID.randomUUID(), "C", LocalDate.of(2019, 1, 1))));
        assertEquals(2, page.rows().size());
        assertNotNull(page.nextCursor());

        Keyset<Row> second = Keyset.of("-signedOn,title", "title", SORTS, ID, 2, page.nextCursor());
        Map<String, Object> params = new HashMap<>();
        // The leading bound repeats what the alternatives imply, so an index range starts at the cursor.
        assertEquals("(coalesce(r.signedOn, :nullDate) <= :ks0 and ((coalesce(r.signedOn, :nullDate) < :ks0)"
                + " or (coalesce(r.signedOn, :nullDate) = :ks0 and r.title > :ks1)"
                + " or (coalesce(r.signedOn, :nullDate) = :ks0 and r.title = :ks1 and r.id > :ks2)))",
                second.afterCursor(params));
        assertEquals(LocalDate.of(2020, 2, 20), params.get("ks0"));
        assertEquals("A", params.get("ks1"));
        assertEquals(last, params.get("ks2"));
    }

    @Test
    void lastPageHasNoCursorAndLimitIsCapped() {
        Keyset<Row> keyset = Keyset.of(null, "title", SORTS, ID, 10_000, null);
        assertEquals(Keyset.MAX_LIMIT, keyset.limit());
        assertNull(keyset.page(List.of(new Row(UUID.randomUUID(), "A", null))).nextCursor());
    }

    @Test
    void refusesUnknownOrRepeatedFieldsAndForeignCursors() {
        assertThrows(ProblemException.class, () -> Keyset.of("secret", "title", SORTS, ID, null, null));
        assertThrows(ProblemException.class, () -> Keyset.of("title,-title", "title", SORTS, ID, null, null));
        assertThrows(ProblemException.class, () -> Keyset.of(null, "title", SORTS, ID, 0, null));
        assertThrows(ProblemException.class, () -> Keyset.of(null, "title", SORTS, ID, null, "%%%"));
        String cursor = Keyset.of("title", "title", SORTS, ID, 1, null)
                .page(List.of(new Row(UUID.randomUUID(), "A", null), new Row(UUID.randomUUID(), "B", null))).nextCursor();
        ProblemException mismatch = assertThrows(ProblemException.class,
                () -> Keyset.of("-signedOn", "title", SORTS, ID, 1, cursor));
        assertEquals("CURSOR_SORT_MISMATCH", mismatch.errors().get(0).code());
    }

    @Test
    void aCursorWhoseDateTheDatabaseCannotHoldIsRefused() {
        String cursor = Keyset.of("-signedOn", "title", SORTS, ID, 1, null).page(List.of(
                new Row(UUID.randomUUID(), "A", LocalDate.of(2021, 1, 2)), new Row(UUID.randomUUID(), "B", LocalDate.of(2020, 1, 2))))
                .nextCursor();
        String json = new String(java.util.Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.contains("2021-01-02"), json);
        for (String date : List.of("-999999999-01-01", "+169087565-03-15", "0000-01-01")) {
            String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(json.replace("2021-01-02", date).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ProblemException refused = assertThrows(ProblemException.class, () -> Keyset.of("-signedOn", "title", SORTS, ID, 1, forged));
            assertEquals("cursor", refused.errors().get(0).field());
            assertEquals("INVALID", refused.errors().get(0).code());
        }
    }
}
