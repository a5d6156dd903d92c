package cn.jianyi.suggestion;

import java.util.Collection;
import java.util.Map;

/**
 * The values of an SQL text being built from the conditions of several modules ({@link CaseCondition}): each value is
 * bound under a name of its own, so that two conditions never share a name, and nothing is written into the text.
 */
public final class SqlValues {

    private final Map<String, Object> params;
    private int next;

    SqlValues(Map<String, Object> params) {
        this.params = params;
    }

    /**
     * Binds the value (an enum as its name; a collection, for {@code in (…)}, element by element the same way) and
     * returns its named parameter, {@code :caseValue1}, {@code :caseValue2}, … in the order of binding.
     */
    public String bind(Object value) {
        String name = "caseValue" + ++next;
        params.put(name, value instanceof Collection<?> many ? many.stream().map(SqlValues::plain).toList()
                : plain(value));
        return ":" + name;
    }

    private static Object plain(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : value;
    }
}
