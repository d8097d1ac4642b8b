package no.kongsberg.vekst.bulk;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.platform.DataLicences;

/**
 * Writes a dataset as JSON-stat2 without holding its cells: the dimensions come first (their
 * categories from cheap DISTINCT queries, or fixed lists), so every row's cell index is known when
 * it arrives; then `status` (only the missing cells, a short pass) and `value`, both as sparse
 * objects keyed by cell index, streamed from the cursor in any order. Cells with no row are left
 * out, which Vekst's importers read as "no observation" rather than as missing.
 *
 * <p>The data query returns one column per dimension named as the dimension's id (its category
 * code), then `persons` (the number, or null) and `missing` (Statistics Norway's symbol, or null).
 */
final class JsonStatExport {

    private static final JsonFactory JSON = new JsonFactory();

    record Category(String code, String label) {
    }

    /**
     * A dimension: fixed categories, or (when {@code fixed} is null) the distinct codes of the
     * data, labelled with the municipality's name when {@code municipalities}.
     */
    record Dimension(String id, String label, String role, List<Category> fixed, boolean municipalities) {

        static Dimension of(String id, String label, String role, List<Category> fixed) {
            return new Dimension(id, label, role, fixed, false);
        }

        static Dimension fromData(String id, String label, String role, boolean municipalities) {
            return new Dimension(id, label, role, null, municipalities);
        }
    }

    /** What one download holds: its label, source, licence, dimensions and data query. */
    record Spec(String label, String source, DataLicences.License license, Map<String, String> extension,
            List<Dimension> dimensions, String dataSql, List<Object> params) {
    }

    private JsonStatExport() {
    }

    static void write(ReadOnlySnapshot db, Spec spec, OutputStream out) throws IOException {
        List<List<Category>> categories = new ArrayList<>();
        for (Dimension dimension : spec.dimensions()) {
            categories.add(dimension.fixed() != null ? dimension.fixed() : distinct(db, spec, dimension));
        }
        List<Map<String, Integer>> positions = new ArrayList<>();
        categories.forEach(list -> {
            Map<String, Integer> byCode = new HashMap<>();
            list.forEach(c -> byCode.put(c.code(), byCode.size()));
            positions.add(byCode);
        });
        long[] strides = new long[categories.size()];
        long stride = 1;
        for (int d = categories.size() - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= Math.max(1, categories.get(d).size());
        }

        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("version", "2.0");
            json.writeStringField("class", "dataset");
            json.writeStringField("label", spec.label());
            json.writeStringField("source", spec.source());
            json.writeStringField("updated", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            json.writeObjectFieldStart("extension");
            json.writeObjectFieldStart("license");
            json.writeStringField("name", spec.license().name());
            json.writeStringField("url", spec.license().url());
            json.writeEndObject();
            for (Map.Entry<String, String> entry : spec.extension().entrySet()) {
                json.writeStringField(entry.getKey(), entry.getValue());
            }
            json.writeEndObject();
            writeStructure(json, spec.dimensions(), categories);

            String statusSql = "SELECT * FROM (" + spec.dataSql() + ") d WHERE d.missing IS NOT NULL";
            json.writeObjectFieldStart("status");
            db.each(statusSql, spec.params(), rs -> json.writeStringField(Long.toString(index(rs, spec, positions, strides)),
                    rs.getString("missing")));
            json.writeEndObject();

            json.writeObjectFieldStart("value");
            db.each(spec.dataSql(), spec.params(), rs -> {
                json.writeFieldName(Long.toString(index(rs, spec, positions, strides)));
                long persons = rs.getLong("persons");
                if (rs.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeNumber(persons);
                }
            });
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void writeStructure(JsonGenerator json, List<Dimension> dimensions, List<List<Category>> categories)
            throws IOException {
        json.writeArrayFieldStart("id");
        for (Dimension dimension : dimensions) {
            json.writeString(dimension.id());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("size");
        for (List<Category> list : categories) {
            json.writeNumber(list.size());
        }
        json.writeEndArray();
        Map<String, List<String>> roles = new LinkedHashMap<>();
        dimensions.stream().filter(d -> d.role() != null)
                .forEach(d -> roles.computeIfAbsent(d.role(), r -> new ArrayList<>()).add(d.id()));
        json.writeObjectFieldStart("role");
        for (Map.Entry<String, List<String>> role : roles.entrySet()) {
            json.writeArrayFieldStart(role.getKey());
            for (String id : role.getValue()) {
                json.writeString(id);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeObjectFieldStart("dimension");
        for (int d = 0; d < dimensions.size(); d++) {
            json.writeObjectFieldStart(dimensions.get(d).id());
            json.writeStringField("label", dimensions.get(d).label());
            json.writeObjectFieldStart("category");
            json.writeObjectFieldStart("index");
            List<Category> list = categories.get(d);
            for (int p = 0; p < list.size(); p++) {
                json.writeNumberField(list.get(p).code(), p);
            }
            json.writeEndObject();
            json.writeObjectFieldStart("label");
            for (Category category : list) {
                json.writeStringField(category.code(), category.label());
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** The distinct codes of a dimension in the data, sorted, with labels. */
    private static List<Category> distinct(ReadOnlySnapshot db, Spec spec, Dimension dimension) throws IOException {
        String column = "d.\"" + dimension.id() + "\"";
        String sql = dimension.municipalities()
                ? "SELECT DISTINCT " + column + " AS code, m.name AS label FROM (" + spec.dataSql() + ") d JOIN municipality m ON m.code = "
                        + column + " ORDER BY 1"
                : "SELECT DISTINCT " + column + " AS code, " + column + " AS label FROM (" + spec.dataSql() + ") d ORDER BY 1";
        List<Category> list = new ArrayList<>();
        db.each(sql, spec.params(), rs -> list.add(new Category(rs.getString("code"), rs.getString("label"))));
        return list;
    }

    private static long index(ResultSet rs, Spec spec, List<Map<String, Integer>> positions, long[] strides) throws SQLException {
        long index = 0;
        for (int d = 0; d < strides.length; d++) {
            String code = rs.getString(spec.dimensions().get(d).id());
            Integer position = positions.get(d).get(code);
            if (position == null) {
                // Only a fixed list can lack a code; the data query keeps to the fixed lists.
                throw new IllegalStateException("The category " + code + " of " + spec.dimensions().get(d).id() + " is not listed");
            }
            index += position * strides[d];
        }
        return index;
    }
}
