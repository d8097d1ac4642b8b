package no.kongsberg.vekst.jobs.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.platform.CsvCells;

/**
 * Reads a Vekst CSV file row by row, streaming: UTF-8 with or without BOM, `;` or `,` (taken from
 * the header), a header row holding exactly the expected columns in any order. Bad structure is
 * rejected through the sink with the file's line number (the header is line 1).
 */
public final class CsvRows {

    /** One data row: its line and its cells by column name. */
    @FunctionalInterface
    public interface RowHandler {
        void row(long line, Map<String, String> cells);
    }

    private CsvRows() {
    }

    /** Reads every row into the handler; returns the number of data rows. */
    public static long read(InputStream in, List<String> columns, ValueSink sink, RowHandler handler) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        long line = 1;
        long rows = 0;
        try {
            String headerLine = reader.readLine();
            if (headerLine == null || headerLine.isBlank()) {
                sink.reject(1, null, "required", "The file is empty: a header row is required (" + String.join(";", columns) + ").");
                return 0;
            }
            if (headerLine.startsWith("\uFEFF")) {
                headerLine = headerLine.substring(1);
            }
            char separator = headerLine.indexOf(';') >= 0 ? ';' : ',';
            List<String> header = CsvCells.split(headerLine, separator).stream().map(String::trim).toList();
            if (!(header.size() == columns.size() && header.containsAll(columns))) {
                sink.reject(1, null, "invalid-header",
                        "The header must have exactly the columns " + String.join(";", columns) + " (it has " + String.join(";", header) + ").");
                return 0;
            }
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
                Map<String, String> byColumn = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    byColumn.put(header.get(i), cells.get(i).trim());
                }
                handler.row(line, byColumn);
            }
        } catch (CharacterCodingException e) {
            sink.reject(line + 1, null, "malformed", "The file is not UTF-8 text from line " + (line + 1) + ".");
        }
        return rows;
    }
}
