package no.kongsberg.vekst.imports.jsonstat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a JSON-stat2 dataset (https://json-stat.org/format/) with Jackson's streaming parser and
 * hands every cell, in the order of the value array, to a consumer.
 *
 * <p>National files hold over a million values and the backend runs in a small heap, so the file is
 * never turned into a tree. Keys may come in any order: when `value` arrives after `id`, `size`,
 * `dimension` and `status` (or the dataset has no status), cells go straight to the consumer;
 * otherwise the values wait in a primitive array with a bit set for nulls (about 8 bytes a cell)
 * and are handed on once the whole dataset is read. Statistics Norway puts `status` after `value`,
 * so its answers take the buffered path.
 *
 * <p>Honoured: `id`, `size`, `role`, `dimension.*.label`, `dimension.*.category.index` (object or
 * array; may be left out for a single category), `dimension.*.category.label`, `value` as an array
 * or a sparse object (absent cells are null, and {@link Observation#absent()} tells them from a
 * given null), nulls, numeric strings, and `status` as one string for every cell, an array, or a
 * sparse object. Everything else (extension, note, link, unit...)
 * is skipped.
 */
public final class JsonStatReader {

    private static final JsonFactory JSON = new JsonFactory();
    /** The most cells that can wait in memory for the structure or the status (a Java array's limit). */
    private static final long MAX_BUFFERED_CELLS = Integer.MAX_VALUE - 8;

    private JsonStatReader() {
    }

    /** Reads the dataset, handing each cell to {@code onObservation}; returns its structure. */
    public static JsonStatDataset read(InputStream in, Consumer<Observation> onObservation) {
        return read(in, dataset -> {
        }, onObservation);
    }

    /**
     * Reads the dataset; {@code onStructure} gets the structure once before the first cell, so a
     * caller can pick its dimensions before any value arrives.
     */
    public static JsonStatDataset read(InputStream in, Consumer<JsonStatDataset> onStructure,
            Consumer<Observation> onObservation) {
        try (JsonParser parser = JSON.createParser(in)) {
            return new Parse(parser, onStructure, onObservation).run();
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new JsonStatException("Not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the JSON-stat file", e);
        }
    }

    /** The state of one read: what the file has said so far, in whatever order it said it. */
    private static final class Parse {

        private final JsonParser parser;
        private final Consumer<JsonStatDataset> onStructure;
        private final Consumer<Observation> onObservation;

        private String label;
        private String source;
        private String updated;
        private List<String> ids;
        private int[] sizes;
        private final Map<String, List<String>> roles = new HashMap<>();
        private Map<String, DimensionDraft> drafts;
        private JsonStatDataset dataset;

        private boolean valueSeen;
        private boolean statusSeen;
        private BufferedValues bufferedValues;
        private Statuses statuses = Statuses.NONE;

        Parse(JsonParser parser, Consumer<JsonStatDataset> onStructure, Consumer<Observation> onObservation) {
            this.parser = parser;
            this.onStructure = onStructure;
            this.onObservation = onObservation;
        }

        JsonStatDataset run() throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonStatException("The file is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new JsonStatException("A JSON-stat2 dataset is a JSON object, but the file starts with " + first.asString());
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                switch (field) {
                    case "class" -> {
                        String type = readString(field, token);
                        if (type != null && !type.equals("dataset")) {
                            throw new JsonStatException("Only a JSON-stat2 dataset can be read, but 'class' is '" + type + "'");
                        }
                    }
                    case "version" -> readString(field, token);
                    case "label" -> label = readString(field, token);
                    case "source" -> source = readString(field, token);
                    case "updated" -> updated = readString(field, token);
                    case "id" -> ids = readStringArray("id", token, false);
                    case "size" -> sizes = readSizes(token);
                    case "role" -> readRoles(token);
                    case "dimension" -> drafts = readDimensions(token);
                    case "value" -> readValues(token);
                    case "status" -> readStatuses(token);
                    default -> parser.skipChildren();
                }
                structureIfComplete();
            }
            if (ids == null || sizes == null || drafts == null) {
                throw new JsonStatException("Not a JSON-stat2 dataset: missing " + missingStructure());
            }
            if (!valueSeen) {
                throw new JsonStatException("Not a JSON-stat2 dataset: missing 'value'");
            }
            if (bufferedValues != null) {
                bufferedValues.checkFits(dataset.observationCount());
                statuses.checkFits(dataset.observationCount());
                emitBuffered();
            }
            return dataset;
        }

        private String missingStructure() {
            List<String> missing = new ArrayList<>();
            if (ids == null) {
                missing.add("'id'");
            }
            if (sizes == null) {
                missing.add("'size'");
            }
            if (drafts == null) {
                missing.add("'dimension'");
            }
            return String.join(", ", missing);
        }

        private void structureIfComplete() {
            if (dataset != null || ids == null || sizes == null || drafts == null) {
                return;
            }
            if (ids.size() != sizes.length) {
                throw new JsonStatException("'id' names " + ids.size() + " dimensions but 'size' gives " + sizes.length + " sizes");
            }
            Map<String, String> roleByDimension = new HashMap<>();
            roles.forEach((role, dimensionIds) -> dimensionIds.forEach(id -> roleByDimension.putIfAbsent(id, role)));
            List<Dimension> dimensions = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                if (!seen.add(id)) {
                    throw new JsonStatException("'id' names the dimension '" + id + "' twice");
                }
                DimensionDraft draft = drafts.get(id);
                if (draft == null) {
                    throw new JsonStatException("'id' names the dimension '" + id + "' but 'dimension' does not describe it");
                }
                Dimension dimension = draft.build(id, roleByDimension.get(id));
                if (dimension.size() != sizes[i]) {
                    throw new JsonStatException("The dimension '" + id + "' has " + dimension.size()
                            + " categories but 'size' says " + sizes[i]);
                }
                dimensions.add(dimension);
            }
            try {
                dataset = new JsonStatDataset(label, source, updated, dimensions);
            } catch (ArithmeticException e) {
                throw new JsonStatException("The dataset's sizes multiply to more cells than can be counted");
            }
            onStructure.accept(dataset);
        }

        // --- structure ---

        private String readString(String field, JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (token != JsonToken.VALUE_STRING) {
                throw new JsonStatException("'" + field + "' must be a string");
            }
            return parser.getText();
        }

        private List<String> readStringArray(String field, JsonToken token, boolean nullsAllowed) throws IOException {
            if (token != JsonToken.START_ARRAY) {
                throw new JsonStatException("'" + field + "' must be an array of strings");
            }
            List<String> items = new ArrayList<>();
            JsonToken item;
            while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (item == JsonToken.VALUE_STRING) {
                    items.add(parser.getText());
                } else if (item == JsonToken.VALUE_NULL && nullsAllowed) {
                    items.add(null);
                } else {
                    throw new JsonStatException("'" + field + "' must be an array of strings, but item " + items.size()
                            + " is " + item.asString());
                }
            }
            return items;
        }

        private int[] readSizes(JsonToken token) throws IOException {
            if (token != JsonToken.START_ARRAY) {
                throw new JsonStatException("'size' must be an array of whole numbers");
            }
            int[] result = new int[8];
            int count = 0;
            JsonToken item;
            while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (item != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() < 0 || parser.getLongValue() > Integer.MAX_VALUE) {
                    throw new JsonStatException("'size' must be an array of whole numbers, but item " + count + " is '"
                            + parser.getText() + "'");
                }
                if (count == result.length) {
                    result = Arrays.copyOf(result, count * 2);
                }
                result[count++] = parser.getIntValue();
            }
            return Arrays.copyOf(result, count);
        }

        private void readRoles(JsonToken token) throws IOException {
            if (token != JsonToken.START_OBJECT) {
                throw new JsonStatException("'role' must be an object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String role = parser.currentName();
                roles.put(role, readStringArray("role." + role, parser.nextToken(), false));
            }
        }

        private Map<String, DimensionDraft> readDimensions(JsonToken token) throws IOException {
            if (token != JsonToken.START_OBJECT) {
                throw new JsonStatException("'dimension' must be an object");
            }
            Map<String, DimensionDraft> result = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String id = parser.currentName();
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new JsonStatException("The dimension '" + id + "' must be an object");
                }
                result.put(id, readDimension(id));
            }
            return result;
        }

        private DimensionDraft readDimension(String id) throws IOException {
            DimensionDraft draft = new DimensionDraft();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                if (field.equals("label")) {
                    draft.label = readString("dimension." + id + ".label", token);
                } else if (field.equals("category")) {
                    readCategory(id, token, draft);
                } else {
                    parser.skipChildren();
                }
            }
            return draft;
        }

        private void readCategory(String id, JsonToken token, DimensionDraft draft) throws IOException {
            String where = "dimension." + id + ".category";
            if (token != JsonToken.START_OBJECT) {
                throw new JsonStatException("'" + where + "' must be an object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("index")) {
                    if (value == JsonToken.START_ARRAY) {
                        draft.indexArray = readStringArray(where + ".index", value, false);
                    } else if (value == JsonToken.START_OBJECT) {
                        draft.indexObject = readPositions(where + ".index");
                    } else {
                        throw new JsonStatException("'" + where + ".index' must be an object or an array");
                    }
                } else if (field.equals("label")) {
                    if (value != JsonToken.START_OBJECT) {
                        throw new JsonStatException("'" + where + ".label' must be an object");
                    }
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String code = parser.currentName();
                        draft.labels.put(code, readString(where + ".label." + code, parser.nextToken()));
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }

        private Map<String, Integer> readPositions(String where) throws IOException {
            Map<String, Integer> positions = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String code = parser.currentName();
                if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                    throw new JsonStatException("'" + where + "." + code + "' must be a whole number");
                }
                positions.put(code, parser.getIntValue());
            }
            return positions;
        }

        // --- values and statuses ---

        private void readValues(JsonToken token) throws IOException {
            if (valueSeen) {
                throw new JsonStatException("'value' is given twice");
            }
            valueSeen = true;
            if (token == JsonToken.START_ARRAY) {
                if (dataset != null && statusSeen) {
                    streamValueArray();
                } else {
                    bufferValueArray();
                }
            } else if (token == JsonToken.START_OBJECT) {
                bufferSparseValues();
            } else {
                throw new JsonStatException("'value' must be an array or an object");
            }
        }

        /** The fast path: every cell goes to the consumer as soon as it is read. */
        private void streamValueArray() throws IOException {
            long expected = dataset.observationCount();
            statuses.checkFits(expected);
            Cells cells = new Cells(dataset);
            long index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (index >= expected) {
                    throw tooManyValues(expected);
                }
                Double value = currentValue(index);
                onObservation.accept(cells.next(index, value, statuses.at(index), false));
                index++;
            }
            if (index != expected) {
                throw new JsonStatException("'value' has " + index + " values, but the sizes multiply to " + expected);
            }
        }

        private void bufferValueArray() throws IOException {
            long limit = dataset == null ? MAX_BUFFERED_CELLS : Math.min(dataset.observationCount(), MAX_BUFFERED_CELLS);
            BufferedValues buffer = new BufferedValues(initialCapacity(), false);
            long index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (index >= limit) {
                    throw tooManyValues(limit);
                }
                Double value = currentValue(index);
                buffer.set((int) index, value);
                index++;
            }
            buffer.arrayLength = index;
            bufferedValues = buffer;
        }

        private void bufferSparseValues() throws IOException {
            BufferedValues buffer = new BufferedValues(initialCapacity(), true);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                int index = sparseIndex("value", parser.currentName());
                parser.nextToken();
                buffer.set(index, currentValue(index));
            }
            bufferedValues = buffer;
        }

        /** Exact when the size is known, but never a huge array up front: a lying 'size' must not exhaust the heap. */
        private int initialCapacity() {
            return dataset == null ? 1024 : (int) Math.min(dataset.observationCount(), 1 << 20);
        }

        private int sparseIndex(String field, String key) {
            long index;
            try {
                index = Long.parseLong(key);
            } catch (NumberFormatException e) {
                throw new JsonStatException("'" + field + "' has the key '" + key + "', which is not a cell index");
            }
            long limit = dataset == null ? MAX_BUFFERED_CELLS : dataset.observationCount();
            if (index < 0 || index >= limit) {
                throw new JsonStatException("'" + field + "' has the cell index " + index + ", outside the dataset's "
                        + limit + " cells");
            }
            return (int) index;
        }

        private Double currentValue(long index) throws IOException {
            JsonToken token = parser.currentToken();
            switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT:
                    return parser.getDoubleValue();
                case VALUE_NULL:
                    return null;
                case VALUE_STRING:
                    try {
                        return Double.valueOf(parser.getText().trim());
                    } catch (NumberFormatException e) {
                        throw new JsonStatException("Cell " + index + " has the value '" + parser.getText() + "', which is not a number");
                    }
                default:
                    throw new JsonStatException("Cell " + index + " has a value that is not a number or null");
            }
        }

        private JsonStatException tooManyValues(long expected) {
            return new JsonStatException("'value' has more values than the sizes multiply to (" + expected + ")");
        }

        private void readStatuses(JsonToken token) throws IOException {
            statusSeen = true;
            if (token == JsonToken.VALUE_STRING) {
                statuses = Statuses.all(parser.getText());
            } else if (token == JsonToken.VALUE_NULL) {
                statuses = Statuses.NONE;
            } else if (token == JsonToken.START_ARRAY) {
                statuses = Statuses.array(readStringArray("status", token, true));
            } else if (token == JsonToken.START_OBJECT) {
                Map<Integer, String> sparse = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    int index = sparseIndex("status", parser.currentName());
                    sparse.put(index, readString("status." + index, parser.nextToken()));
                }
                statuses = Statuses.sparse(sparse);
            } else {
                throw new JsonStatException("'status' must be a string, an array or an object");
            }
        }

        private void emitBuffered() {
            Cells cells = new Cells(dataset);
            long count = dataset.observationCount();
            for (long index = 0; index < count; index++) {
                String status = statuses.at(index);
                boolean absent = bufferedValues.absent((int) index) && status == null;
                onObservation.accept(cells.next(index, bufferedValues.get((int) index), status, absent));
            }
        }
    }

    /** What `dimension.<id>` said, kept until `id` and `size` say where it belongs. */
    private static final class DimensionDraft {
        String label;
        List<String> indexArray;
        Map<String, Integer> indexObject;
        final Map<String, String> labels = new LinkedHashMap<>();

        Dimension build(String id, String role) {
            String[] codes;
            if (indexArray != null) {
                codes = indexArray.toArray(String[]::new);
            } else if (indexObject != null) {
                codes = new String[indexObject.size()];
                for (Map.Entry<String, Integer> entry : indexObject.entrySet()) {
                    int position = entry.getValue();
                    if (position < 0 || position >= codes.length) {
                        throw new JsonStatException("The dimension '" + id + "' puts the category '" + entry.getKey()
                                + "' at position " + position + ", outside 0.." + (codes.length - 1));
                    }
                    if (codes[position] != null) {
                        throw new JsonStatException("The dimension '" + id + "' puts both '" + codes[position] + "' and '"
                                + entry.getKey() + "' at position " + position);
                    }
                    codes[position] = entry.getKey();
                }
            } else if (labels.size() == 1) {
                // JSON-stat lets a dimension with a single category leave out the index.
                codes = labels.keySet().toArray(String[]::new);
            } else {
                throw new JsonStatException("The dimension '" + id + "' has no 'category.index'");
            }
            String[] categoryLabels = new String[codes.length];
            Set<String> unique = new HashSet<>();
            for (int i = 0; i < codes.length; i++) {
                if (!unique.add(codes[i])) {
                    throw new JsonStatException("The dimension '" + id + "' lists the category '" + codes[i] + "' twice");
                }
                String categoryLabel = labels.get(codes[i]);
                categoryLabels[i] = categoryLabel == null ? codes[i] : categoryLabel;
            }
            return new Dimension(id, label == null ? id : label, role, codes, categoryLabels);
        }
    }

    /** Values read before the dataset could be emitted: a dense array, nulls and absent cells off in {@code present}. */
    private static final class BufferedValues {
        private final boolean sparse;
        private double[] values;
        private final BitSet present = new BitSet();
        /** The cells a sparse object names (with a number or null); the others are absent. */
        private final BitSet given = new BitSet();
        private int highestIndex = -1;
        long arrayLength;

        BufferedValues(int initialCapacity, boolean sparse) {
            this.values = new double[Math.max(initialCapacity, 16)];
            this.sparse = sparse;
        }

        void set(int index, Double value) {
            if (index >= values.length) {
                values = Arrays.copyOf(values, (int) Math.min(Math.max((long) values.length * 2, index + 1L), MAX_BUFFERED_CELLS));
            }
            highestIndex = Math.max(highestIndex, index);
            if (sparse) {
                given.set(index);
            }
            if (value != null) {
                values[index] = value;
                present.set(index);
            }
        }

        Double get(int index) {
            return present.get(index) ? values[index] : null;
        }

        boolean absent(int index) {
            return sparse && !given.get(index);
        }

        void checkFits(long cells) {
            if (sparse) {
                if (highestIndex >= cells) {
                    throw new JsonStatException("'value' has the cell index " + highestIndex + ", outside the dataset's "
                            + cells + " cells");
                }
            } else if (arrayLength != cells) {
                throw new JsonStatException("'value' has " + arrayLength + " values, but the sizes multiply to " + cells);
            }
        }
    }

    /** `status` in any of its three forms. */
    private interface Statuses {
        Statuses NONE = index -> null;

        String at(long index);

        default void checkFits(long cells) {
        }

        static Statuses all(String status) {
            return index -> status;
        }

        static Statuses array(List<String> list) {
            // Statuses repeat a handful of symbols; sharing the strings keeps a long array small.
            Map<String, String> shared = new HashMap<>();
            String[] items = new String[list.size()];
            for (int i = 0; i < items.length; i++) {
                String status = list.get(i);
                items[i] = status == null ? null : shared.computeIfAbsent(status, s -> s);
            }
            return new Statuses() {
                @Override
                public String at(long index) {
                    return items[(int) index];
                }

                @Override
                public void checkFits(long cells) {
                    if (items.length != cells) {
                        throw new JsonStatException("'status' has " + items.length + " items, but the sizes multiply to " + cells);
                    }
                }
            };
        }

        static Statuses sparse(Map<Integer, String> byIndex) {
            int highest = byIndex.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
            return new Statuses() {
                @Override
                public String at(long index) {
                    return index > Integer.MAX_VALUE ? null : byIndex.get((int) index);
                }

                @Override
                public void checkFits(long cells) {
                    if (highest >= cells) {
                        throw new JsonStatException("'status' has the cell index " + highest + ", outside the dataset's "
                                + cells + " cells");
                    }
                }
            };
        }
    }

    /** Turns cell indexes, taken in order, into category positions without dividing for each cell. */
    private static final class Cells {
        private final JsonStatDataset dataset;
        private final int[] sizes;
        private final int[] odometer;
        private long nextIndex;

        Cells(JsonStatDataset dataset) {
            this.dataset = dataset;
            this.sizes = dataset.dimensions().stream().mapToInt(Dimension::size).toArray();
            this.odometer = new int[sizes.length];
        }

        Observation next(long index, Double value, String status, boolean absent) {
            if (index != nextIndex) {
                throw new IllegalStateException("Cells are taken in order");
            }
            Observation observation = new Observation(dataset, index, odometer.clone(), value, status, absent);
            for (int d = sizes.length - 1; d >= 0; d--) {
                if (++odometer[d] < sizes[d]) {
                    break;
                }
                odometer[d] = 0;
            }
            nextIndex++;
            return observation;
        }
    }
}
