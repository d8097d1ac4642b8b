package no.kongsberg.vekst.imports.jsonstat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The structure of a JSON-stat2 dataset: its dimensions in the order of `id` (the last one varies
 * fastest in the value array), and the dataset's label, source and update time when given.
 */
public final class JsonStatDataset {

    private final String label;
    private final String source;
    private final String updated;
    private final List<Dimension> dimensions;
    private final Map<String, Integer> indexById;
    private final long observationCount;

    JsonStatDataset(String label, String source, String updated, List<Dimension> dimensions) {
        this.label = label;
        this.source = source;
        this.updated = updated;
        this.dimensions = List.copyOf(dimensions);
        this.indexById = new HashMap<>();
        long count = 1;
        for (int i = 0; i < dimensions.size(); i++) {
            indexById.put(dimensions.get(i).id(), i);
            count = Math.multiplyExact(count, dimensions.get(i).size());
        }
        this.observationCount = count;
    }

    public String label() {
        return label;
    }

    public String source() {
        return source;
    }

    public String updated() {
        return updated;
    }

    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** The number of cells: the product of the dimensions' sizes. */
    public long observationCount() {
        return observationCount;
    }

    public Optional<Dimension> dimension(String id) {
        Integer index = indexById.get(id);
        return index == null ? Optional.empty() : Optional.of(dimensions.get(index));
    }

    /** The first dimension the dataset gives this role (`time`, `geo`, `metric`). */
    public Optional<Dimension> dimensionWithRole(String role) {
        return dimensions.stream().filter(d -> role.equals(d.role())).findFirst();
    }

    /** The dimension's place in `id`, or -1. */
    public int indexOf(String dimensionId) {
        Integer index = indexById.get(dimensionId);
        return index == null ? -1 : index;
    }
}
