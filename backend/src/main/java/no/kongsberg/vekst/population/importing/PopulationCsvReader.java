package no.kongsberg.vekst.population.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kongsberg.vekst.platform.CsvCells;

/**
 * Reads a Vekst CSV file, streaming: UTF-8 with or without BOM, `;` or `,` (taken from the
 * header), a header row with exact column names, in one of two forms:
 * <ul>
 * <li>flows: `municipality`, `period`, `variant`, then any of `populationStart`, the flow fields,
 * `populationEnd` (the stocks on the first day of the period and of the next);</li>
 * <li>stocks: `municipality`, `date`, `variant`, `population`.</li>
 * </ul>
 * Cells may hold Statistics Norway's missing symbols; an empty cell gives no value.
 */
public final class PopulationCsvReader {

    private static final Set<String> VARIANTS = Set.of("official", "corrected");
    private static final List<String> FLOW_COLUMNS;

    static {
        List<String> columns = new ArrayList<>();
        columns.add("populationStart");
        columns.addAll(PopulationValue.FLOW_FIELDS);
        columns.add("populationEnd");
        FLOW_COLUMNS = List.copyOf(columns);
    }

    private PopulationCsvReader() {
    }

    /** Reads the file into the sink; returns the number of data rows read. */
    public static long read(InputStream in, PopulationValueSink sink) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        String headerLine;
        try {
            headerLine = reader.readLine();
        } catch (java.nio.charset.CharacterCodingException e) {
            sink.reject(1, null, "malformed", "The file is not UTF-8 text.");
            return 0;
        }
        if (headerLine == null || headerLine.isBlank()) {
            sink.reject(1, null, "required", "The file is empty: a header row is required.");
            return 0;
        }
        if (headerLine.startsWith("\uFEFF")) {
            headerLine = headerLine.substring(1);
        }
        char separator = headerLine.indexOf(';') >= 0 ? ';' : ',';
        List<String> header = CsvCells.split(headerLine, separator);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).trim(), i);
        }
        boolean stocks = columns.containsKey("date");
        if (!checkHeader(header, columns, stocks, sink)) {
            return 0;
        }

        long line = 1;
        long rows = 0;
        try {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                rows++;
                List<String> cells = CsvCells.split(text, separator);
                if (cells.size() != header.size()) {
                    sink.reject(line, null, "malformed", "The row has " + cells.size() + " cells; the header has " + header.size() + ".");
                    continue;
                }
                if (stocks) {
                    readStockRow(line, cells, columns, sink);
                } else {
                    readFlowRow(line, cells, columns, sink);
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            sink.reject(line + 1, null, "malformed", "The file is not UTF-8 text from line " + (line + 1) + ".");
        }
        return rows;
    }

    private static boolean checkHeader(List<String> header, Map<String, Integer> columns, boolean stocks, PopulationValueSink sink) {
        List<String> required = stocks ? List.of("municipality", "date", "variant", "population")
                : List.of("municipality", "period", "variant");
        Set<String> allowed = new java.util.HashSet<>(required);
        if (!stocks) {
            allowed.addAll(FLOW_COLUMNS);
        }
        boolean ok = true;
        for (String column : required) {
            if (!columns.containsKey(column)) {
                sink.reject(1, column, "required", "The header lacks the column " + column + ".");
                ok = false;
            }
        }
        for (String column : header) {
            String name = column.trim();
            if (!allowed.contains(name)) {
                sink.reject(1, name, "unknown-field", "Unknown column '" + shorten(name) + "'. Columns are: "
                        + String.join(", ", stocks ? required : concat(required, FLOW_COLUMNS)) + ".");
                ok = false;
            }
        }
        if (columns.size() != header.size()) {
            sink.reject(1, null, "duplicate", "A column appears twice in the header.");
            ok = false;
        }
        if (!stocks && columns.keySet().stream().noneMatch(FLOW_COLUMNS::contains)) {
            sink.reject(1, null, "required", "The header names no value column.");
            ok = false;
        }
        return ok;
    }

    private static void readStockRow(long line, List<String> cells, Map<String, Integer> columns, PopulationValueSink sink) {
        String code = municipality(line, cells.get(columns.get("municipality")), sink);
        String variant = variant(line, cells.get(columns.get("variant")), sink);
        String dateText = cells.get(columns.get("date")).trim();
        LocalDate date = null;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            sink.reject(line, "date", "invalid", "'" + shorten(dateText) + "' is not a date like 2024-01-01.");
        }
        Cell cell = cell(line, "population", cells.get(columns.get("population")), false, sink);
        if (code != null && variant != null && date != null && cell != null && cell.present()) {
            sink.accept(PopulationValue.stock(line, code, null, date, variant, cell.value(), cell.missing()));
        }
    }

    private static void readFlowRow(long line, List<String> cells, Map<String, Integer> columns, PopulationValueSink sink) {
        String code = municipality(line, cells.get(columns.get("municipality")), sink);
        String variant = variant(line, cells.get(columns.get("variant")), sink);
        String period = cells.get(columns.get("period")).trim();
        if (!Periods.isValid(period)) {
            sink.reject(line, "period", "invalid", "'" + shorten(period) + "' is not a period like 2024 or 2024-Q3.");
            period = null;
        }
        List<PopulationValue> values = new ArrayList<>();
        boolean valid = code != null && variant != null && period != null;
        for (String column : FLOW_COLUMNS) {
            Integer index = columns.get(column);
            if (index == null) {
                continue;
            }
            boolean stock = column.startsWith("population");
            Cell cell = cell(line, column, cells.get(index), !stock, sink);
            if (cell == null) {
                valid = false;
            } else if (cell.present() && valid) {
                values.add(stock
                        ? PopulationValue.stock(line, code, null, column.equals("populationStart") ? Periods.start(period)
                                : Periods.end(period), variant, cell.value(), cell.missing())
                        : PopulationValue.flow(line, code, null, period, variant, column, cell.value(), cell.missing()));
            }
        }
        if (valid) {
            values.forEach(sink::accept);
        }
    }

    private record Cell(Long value, String missing) {
        boolean present() {
            return value != null || missing != null;
        }
    }

    /** A number, a missing symbol, or empty (no value); null when the cell is invalid (and rejected). */
    private static Cell cell(long line, String column, String text, boolean negativeAllowed, PopulationValueSink sink) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return new Cell(null, null);
        }
        if (PopulationValue.MISSING_SYMBOLS.contains(trimmed)) {
            return new Cell(null, trimmed);
        }
        if (!trimmed.matches("-?[0-9]{1,9}")) {
            sink.reject(line, column, "invalid", "'" + shorten(trimmed) + "' is not a whole number or a missing-value symbol (.. : .).");
            return null;
        }
        long value = Long.parseLong(trimmed);
        if (value < 0 && !negativeAllowed) {
            sink.reject(line, column, "out-of-range", "A population cannot be negative.");
            return null;
        }
        return new Cell(value, null);
    }

    private static String municipality(long line, String text, PopulationValueSink sink) {
        String code = text.trim();
        if (!code.matches("[0-9]{4}")) {
            sink.reject(line, "municipality", "invalid", "'" + shorten(code) + "' is not a four-digit municipality code.");
            return null;
        }
        return code;
    }

    private static String variant(long line, String text, PopulationValueSink sink) {
        String variant = text.trim();
        if (!VARIANTS.contains(variant)) {
            sink.reject(line, "variant", "unknown-value", "The variant is official or corrected, not '" + shorten(variant) + "'.");
            return null;
        }
        return variant;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String shorten(String value) {
        return no.kongsberg.vekst.platform.QueryParams.shorten(value);
    }
}
