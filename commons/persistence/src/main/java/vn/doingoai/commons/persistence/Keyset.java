package vn.doingoai.commons.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.problem.ProblemException;

/**
 * Keyset paging: the page after a cursor is "rows ordered after the last row seen", so page
 * 5 000 costs what page 1 costs and rows inserted meanwhile never shift a page. Built from the
 * {@code sort} parameter ({@code -signedOn,title}); the row id always closes the order so every
 * position is unique. The cursor is opaque to clients (base64url of the last row's sort values).
 */
public final class Keyset<E> {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<SortField<E>> fields = new ArrayList<>();
    private final List<Boolean> descending = new ArrayList<>();
    private final String sortKey;
    private final List<Object> after;
    private final int limit;

    private Keyset(String sortKey, int limit, List<Object> after) {
        this.sortKey = sortKey;
        this.limit = limit;
        this.after = after;
    }

    /**
     * @param sort the client's {@code sort} parameter, or null for {@code defaultSort}
     * @param allowed sortable fields by public name
     * @param id the unique tiebreaker (the row id), always last and ascending
     */
    public static <E> Keyset<E> of(String sort, String defaultSort, Map<String, SortField<E>> allowed, SortField<E> id,
            Integer limit, String cursor) {
        String spec = sort == null || sort.isBlank() ? defaultSort : sort.strip();
        List<SortField<E>> chosen = new ArrayList<>();
        List<Boolean> desc = new ArrayList<>();
        for (String part : spec.split(",")) {
            String name = part.strip();
            boolean down = name.startsWith("-");
            name = down || name.startsWith("+") ? name.substring(1) : name;
            SortField<E> field = allowed.get(name);
            if (field == null) {
                throw invalid("sort", "UNKNOWN_SORT_FIELD",
                        Text.of("persistence.sort-unknown", "Cannot sort by '{0}'; allowed: {1}.", name,
                                String.join(", ", allowed.keySet())));
            }
            if (chosen.contains(field)) {
                throw invalid("sort", "DUPLICATE_SORT_FIELD", Text.of("persistence.sort-twice", "'{0}' appears twice.", name));
            }
            chosen.add(field);
            desc.add(down);
        }
        chosen.add(id);
        desc.add(false);
        int size = limit == null ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        if (size < 1) {
            throw invalid("limit", "RANGE", Text.of("persistence.limit-min", "Must be at least 1."));
        }
        String key = canonical(chosen, desc);
        Keyset<E> keyset = new Keyset<>(key, size, cursor == null || cursor.isBlank() ? null : decode(cursor, key, chosen));
        keyset.fields.addAll(chosen);
        keyset.descending.addAll(desc);
        return keyset;
    }

    public int limit() {
        return limit;
    }

    /** {@code coalesce(p.signedOn, …) desc, p.title asc, p.id asc} */
    public String orderBy() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            parts.add(fields.get(i).expression() + (descending.get(i) ? " desc" : " asc"));
        }
        return String.join(", ", parts);
    }

    /**
     * The condition that keeps only rows after the cursor, or {@code null} on the first page; its
     * parameters ({@code ks0}, {@code ks1}, …) are added to {@code params}.
     */
    public String afterCursor(Map<String, Object> params) {
        if (after == null) {
            return null;
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(fields.get(j).expression() + " = :ks" + j);
            }
            terms.add(fields.get(i).expression() + (descending.get(i) ? " < :ks" : " > :ks") + i);
            alternatives.add("(" + String.join(" and ", terms) + ")");
        }
        for (int i = 0; i < fields.size(); i++) {
            params.put("ks" + i, after.get(i));
        }
        // The alternatives imply this bound on the first field; said on its own it is a range an
        // index on that field starts from, so a deep page reads what page 1 reads instead of
        // scanning past every row before the cursor.
        String bound = fields.get(0).expression() + (descending.get(0) ? " <= :ks0" : " >= :ks0");
        return "(" + bound + " and (" + String.join(" or ", alternatives) + "))";
    }

    /**
     * Cuts the {@code limit + 1} rows fetched into the page and the cursor of the next one (null
     * when this is the last page).
     */
    public Page<E> page(List<E> fetched) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<E> rows = fetched.subList(0, limit);
        E last = rows.get(rows.size() - 1);
        List<String> values = new ArrayList<>();
        for (SortField<E> field : fields) {
            values.add(Objects.toString(field.value().apply(last)));
        }
        return new Page<>(List.copyOf(rows), encode(values, sortKey));
    }

    public record Page<E>(List<E> rows, String nextCursor) {
    }

    private static <E> String canonical(List<SortField<E>> fields, List<Boolean> desc) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            key.append(desc.get(i) ? '-' : '+').append(fields.get(i).name()).append(',');
        }
        return key.toString();
    }

    private static String encode(List<String> values, String sortKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("s", sortKey);
        body.put("v", values);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <E> List<Object> decode(String cursor, String sortKey, List<SortField<E>> fields) {
        try {
            Map<?, ?> body = JSON.readValue(Base64.getUrlDecoder().decode(cursor), Map.class);
            if (!sortKey.equals(body.get("s"))) {
                throw invalid("cursor", "CURSOR_SORT_MISMATCH",
                        Text.of("persistence.cursor-other-sort",
                        "The cursor belongs to another sort order; start again without a cursor."));
            }
            List<?> values = (List<?>) body.get("v");
            if (values == null || values.size() != fields.size()) {
                throw invalid("cursor", "INVALID", NOT_A_CURSOR);
            }
            List<Object> parsed = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                parsed.add(fields.get(i).parse(String.valueOf(values.get(i))));
            }
            return parsed;
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException | java.io.IOException e) {
            throw invalid("cursor", "INVALID", NOT_A_CURSOR);
        }
    }

    private static final Text NOT_A_CURSOR = Text.of("persistence.not-a-cursor", "Not a cursor this list gave out.");

    private static ProblemException invalid(String field, String code, Text message) {
        return ProblemException.validation(List.of(new InvalidField(field, code, message)));
    }
}
