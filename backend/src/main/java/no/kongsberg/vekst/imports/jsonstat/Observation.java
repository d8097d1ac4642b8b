package no.kongsberg.vekst.imports.jsonstat;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One cell of a dataset: its index in the value array, the category of each dimension, its value
 * (null where the file has none) and its status (null where the file gives none).
 */
public final class Observation {

    private final JsonStatDataset dataset;
    private final long index;
    private final int[] positions;
    private final Double value;
    private final String status;
    private final boolean absent;

    Observation(JsonStatDataset dataset, long index, int[] positions, Double value, String status, boolean absent) {
        this.dataset = dataset;
        this.index = index;
        this.positions = positions;
        this.value = value;
        this.status = status;
        this.absent = absent;
    }

    public JsonStatDataset dataset() {
        return dataset;
    }

    /** The cell's place in the value array (row-major, the last dimension varying fastest). */
    public long index() {
        return index;
    }

    public Double value() {
        return value;
    }

    public String status() {
        return status;
    }

    /**
     * Whether the file leaves the cell out of a sparse `value` object and gives it no status: no
     * observation at all, which the importers skip, so a sparse dataset (Vekst's own bulk
     * download) does not come back as a grid of missing values. A null in a `value` array, or a
     * listed null, is an observation that is missing.
     */
    public boolean absent() {
        return absent;
    }

    /** The category position in the dimension at this place of `id`. */
    public int position(int dimensionIndex) {
        return positions[dimensionIndex];
    }

    public String code(int dimensionIndex) {
        return dataset.dimensions().get(dimensionIndex).code(positions[dimensionIndex]);
    }

    public String label(int dimensionIndex) {
        return dataset.dimensions().get(dimensionIndex).label(positions[dimensionIndex]);
    }

    public String code(String dimensionId) {
        return code(requireIndex(dimensionId));
    }

    public String label(String dimensionId) {
        return label(requireIndex(dimensionId));
    }

    /** Category code by dimension id, in the order of `id`. */
    public Map<String, String> codes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < positions.length; i++) {
            codes.put(dataset.dimensions().get(i).id(), code(i));
        }
        return codes;
    }

    private int requireIndex(String dimensionId) {
        int index = dataset.indexOf(dimensionId);
        if (index < 0) {
            throw new IllegalArgumentException("The dataset has no dimension '" + dimensionId + "'");
        }
        return index;
    }

    @Override
    public String toString() {
        return "Observation[" + index + " " + codes() + " value=" + value + " status=" + status + "]";
    }
}
