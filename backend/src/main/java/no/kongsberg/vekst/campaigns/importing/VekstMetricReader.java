package no.kongsberg.vekst.campaigns.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.kongsberg.vekst.campaigns.MetricRow;
import no.kongsberg.vekst.platform.CsvCells;

/**
 * Reads the Vekst metrics CSV, the file the metrics export writes: a header with `campaign`, `date`
 * and `channel` and any of the value columns (any order, names in any case), `;` or `,` (taken from
 * the header), dates as 2026-03-02, an empty cell as no value.
 */
final class VekstMetricReader {

    static final List<String> KEYS = List.of("campaign", "date", "channel");
    static final List<String> VALUES = List.of("impressions", "reach", "clicks", "sessions", "leads", "costNok");

    private VekstMetricReader() {
    }

    static ParsedMetrics read(byte[] file) {
        ParsedMetrics parsed = new ParsedMetrics();
        List<String> lines = MetricCsv.lines(file);
        if (lines == null) {
            parsed.reject(1, null, "malformed", "The file is not UTF-8 text.");
            return parsed;
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            parsed.reject(1, null, "required", "The file is empty: a header row is required.");
            return parsed;
        }
        char separator = MetricCsv.separator(lines.get(0));
        List<String> header = CsvCells.split(lines.get(0), separator);
        Map<String, Integer> columns = header(header, parsed);
        if (columns == null) {
            return parsed;
        }
        Set<String> present = new LinkedHashSet<>(VALUES);
        present.retainAll(columns.keySet());
        for (int i = 1; i < lines.size(); i++) {
            long row = i + 1;
            String text = lines.get(i);
            if (text.isBlank()) {
                continue;
            }
            parsed.processed++;
            List<String> cells = CsvCells.split(text, separator);
            if (cells.size() != header.size()) {
                parsed.reject(row, null, "malformed", "The row has " + cells.size() + " cells; the header has " + header.size() + ".");
                continue;
            }
            readRow(row, cells, columns, present, parsed);
        }
        return parsed;
    }

    /** The columns by their canonical name, or null when the header is rejected. */
    private static Map<String, Integer> header(List<String> header, ParsedMetrics parsed) {
        Map<String, String> canonical = new LinkedHashMap<>();
        KEYS.forEach(k -> canonical.put(k.toLowerCase(Locale.ROOT), k));
        VALUES.forEach(v -> canonical.put(v.toLowerCase(Locale.ROOT), v));
        Map<String, Integer> columns = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            String column = canonical.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                parsed.reject(1, name, "unknown-field", "Unknown column '" + MetricCsv.shorten(name) + "'. Columns are: "
                        + String.join(", ", canonical.values()) + ".");
                ok = false;
            } else if (columns.putIfAbsent(column, i) != null) {
                parsed.reject(1, column, "duplicate", "The column " + column + " appears twice in the header.");
                ok = false;
            }
        }
        for (String key : KEYS) {
            if (!columns.containsKey(key)) {
                parsed.reject(1, key, "required", "The header lacks the column " + key + ".");
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    private static void readRow(long row, List<String> cells, Map<String, Integer> columns, Set<String> present,
            ParsedMetrics parsed) {
        int errors = parsed.errors.size();
        String slug = cells.get(columns.get("campaign")).trim();
        if (slug.isEmpty()) {
            parsed.reject(row, "campaign", "required", "The campaign (its slug) is required.");
        }
        String dateText = cells.get(columns.get("date")).trim();
        LocalDate date = null;
        if (dateText.isEmpty()) {
            parsed.reject(row, "date", "required", "The date is required.");
        } else {
            try {
                date = LocalDate.parse(dateText.length() == 10 ? dateText : "invalid");
            } catch (DateTimeParseException e) {
                parsed.reject(row, "date", "invalid", "'" + MetricCsv.shorten(dateText) + "' is not a date like 2026-03-02.");
            }
        }
        String channel = cells.get(columns.get("channel")).trim();
        Long[] counts = new Long[5];
        for (int v = 0; v < 5; v++) {
            counts[v] = count(row, VALUES.get(v), cells, columns, parsed);
        }
        BigDecimal cost = null;
        Integer costColumn = columns.get("costNok");
        if (costColumn != null) {
            try {
                cost = MetricCsv.amount(cells.get(costColumn));
            } catch (MetricCsv.NotANumber e) {
                parsed.reject(row, "costNok", "invalid", "'" + MetricCsv.shorten(cells.get(costColumn).trim())
                        + "' is not an amount like 1500 or 1 499,50.");
            }
        }
        if (parsed.errors.size() == errors) {
            parsed.entries.add(new ParsedMetrics.Entry(row, slug, new MetricRow(date, channel, counts[0], counts[1], counts[2],
                    counts[3], counts[4], cost), present));
        }
    }

    private static Long count(long row, String field, List<String> cells, Map<String, Integer> columns, ParsedMetrics parsed) {
        Integer column = columns.get(field);
        return column == null ? null : parsed.count(row, field, cells.get(column));
    }
}
