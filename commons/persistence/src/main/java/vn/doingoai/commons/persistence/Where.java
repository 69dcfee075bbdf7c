package vn.doingoai.commons.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The filters of a query: conditions joined with {@code and}, and their named parameters.
 *
 * <p>A collection is bound element by element ({@code in :codes} becomes {@code in (:codes_0, :codes_1)}).
 * Hibernate keeps no plan for a query that binds a collection to one parameter and translates it
 * anew on every run, which was a sixth of a list request's processor time; with one parameter per
 * element the query text differs only by the number of elements and each is translated once.
 */
public final class Where {

    /** A named parameter in a condition; compiled once, as every list request expands its collections. */
    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z_$][\\w$]*)");

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds the condition only when the client gave a value for it. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(value instanceof Collection<?> values ? expand(condition, name, values) : condition);
            if (!(value instanceof Collection<?>)) {
                params.put(name, value);
            }
        }
        return this;
    }

    /** Adds a condition whose parameters, if any, are already in {@link #params()}; null adds nothing. */
    public Where and(String condition) {
        if (condition != null) {
            conditions.add(condition);
        }
        return this;
    }

    private String expand(String condition, String name, Collection<?> values) {
        List<String> names = new ArrayList<>(values.size());
        int i = 0;
        for (Object value : values) {
            String element = name + "_" + i++;
            names.add(":" + element);
            params.put(element, value);
        }
        // An empty list matches nothing, as Hibernate's own binding of one does.
        String list = names.isEmpty() ? "(null)" : "(" + String.join(", ", names) + ")";
        String replacement = Matcher.quoteReplacement(list);
        return PARAMETER.matcher(condition).replaceAll(m -> m.group(1).equals(name) ? replacement : Matcher.quoteReplacement(m.group()));
    }

    public Map<String, Object> params() {
        return params;
    }

    /** {@code head} followed by the where clause, if there is one. */
    public String hql(String head) {
        return conditions.isEmpty() ? head : head + " where " + String.join(" and ", conditions);
    }

    /** A query of {@code head}, the where clause and {@code tail} (grouping, ordering), with every parameter bound. */
    public <T> TypedQuery<T> query(EntityManager em, String head, String tail, Class<T> type) {
        TypedQuery<T> query = em.createQuery(hql(head) + tail, type);
        params.forEach(query::setParameter);
        return query;
    }

    public Where copy() {
        Where copy = new Where();
        copy.conditions.addAll(conditions);
        copy.params.putAll(params);
        return copy;
    }
}
