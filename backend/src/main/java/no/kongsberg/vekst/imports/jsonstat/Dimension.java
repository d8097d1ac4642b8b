package no.kongsberg.vekst.imports.jsonstat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One dimension of a dataset: its categories in the order of the value array (position 0 first),
 * each with its code and label (the code where the file gives no label), and the role the
 * dataset gives it (`time`, `geo`, `metric`), or null.
 */
public final class Dimension {

    private final String id;
    private final String label;
    private final String role;
    private final String[] codes;
    private final String[] labels;
    private final Map<String, Integer> positionByCode;

    Dimension(String id, String label, String role, String[] codes, String[] labels) {
        this.id = id;
        this.label = label;
        this.role = role;
        this.codes = codes;
        this.labels = labels;
        this.positionByCode = new HashMap<>(codes.length * 2);
        for (int i = 0; i < codes.length; i++) {
            positionByCode.put(codes[i], i);
        }
    }

    public String id() {
        return id;
    }

    /** The dimension's own label (e.g. "region"), or its id when the file gives none. */
    public String label() {
        return label;
    }

    public String role() {
        return role;
    }

    public int size() {
        return codes.length;
    }

    public String code(int position) {
        return codes[position];
    }

    public String label(int position) {
        return labels[position];
    }

    /** The category's position, or -1 when the dimension has no such code. */
    public int positionOf(String code) {
        Integer position = positionByCode.get(code);
        return position == null ? -1 : position;
    }

    public List<String> codes() {
        return List.of(codes);
    }

    @Override
    public String toString() {
        return "Dimension[" + id + ", role=" + role + ", size=" + codes.length + "]";
    }
}
