package no.kongsberg.vekst.platform;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * The where-clause of a list's filters: each filter given adds its condition, absent ones add
 * nothing. {@code new Where().and("entity = :entity", "entity", entity).query()}.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds the condition with its one named parameter when the value is present. */
    public Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** A condition without parameters. */
    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A case-insensitive "contains" match on the given expressions, with LIKE's wildcards escaped. */
    public Where contains(String text, String name, String... expressions) {
        if (text == null) {
            return this;
        }
        List<String> ors = new ArrayList<>();
        for (String expression : expressions) {
            // The escape character named: Hibernate otherwise renders `escape ''`, and an escaped
            // `_` or `%` in the text would match nothing.
            ors.add("lower(" + expression + ") like :" + name + " escape '\\'");
        }
        conditions.add("(" + String.join(" or ", ors) + ")");
        parameters.and(name, likePattern(text));
        return this;
    }

    /** `%text%` in lower case, with LIKE's wildcards in the text escaped. */
    public static String likePattern(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return "%" + lower.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }
}
