package vn.doingoai.commons.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The filters of a list query: conditions joined with {@code and}, and their named parameters. */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds the condition only when the client gave a value for it. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.put(name, value);
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

    public Map<String, Object> params() {
        return params;
    }

    /** {@code head} followed by the where clause, if there is one. */
    public String hql(String head) {
        return conditions.isEmpty() ? head : head + " where " + String.join(" and ", conditions);
    }

    public Where copy() {
        Where copy = new Where();
        copy.conditions.addAll(conditions);
        copy.params.putAll(params);
        return copy;
    }
}
