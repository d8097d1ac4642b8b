package no.kongsberg.vekst.audit;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The changed fields between two views of an entity, as the audit log stores them. A view is a map
 * of field name to a JSON-friendly value; secrets are simply left out of views.
 */
public final class Changes {

    private Changes() {
    }

    public static Map<String, Map<String, Object>> between(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> b = before == null ? Map.of() : before;
        Map<String, Object> a = after == null ? Map.of() : after;
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        for (String field : new TreeSet<>(union(b, a))) {
            Object old = b.get(field);
            Object now = a.get(field);
            if (!Objects.equals(old, now)) {
                Map<String, Object> change = new HashMap<>();
                change.put("before", old);
                change.put("after", now);
                changes.put(field, change);
            }
        }
        return changes;
    }

    public static Map<String, Map<String, Object>> created(Map<String, Object> after) {
        return between(null, after);
    }

    public static Map<String, Map<String, Object>> deleted(Map<String, Object> before) {
        return between(before, null);
    }

    private static java.util.Set<String> union(Map<String, Object> a, Map<String, Object> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
