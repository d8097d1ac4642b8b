package no.kongsberg.vekst.campaigns.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.kongsberg.vekst.campaigns.MetricRow;
import no.kongsberg.vekst.imports.ImportMessage;

/**
 * What a reader took from a metrics file: the rows by campaign slug, the rejected values and the
 * warnings (row = the file's line, the header is row 1), and how many data rows it read.
 */
final class ParsedMetrics {

    /**
     * One row of the file: the campaign's slug, its values, and which value fields the file has
     * columns for ({@code columns}); the fields it has no column for keep what is recorded.
     */
    record Entry(long row, String slug, MetricRow values, Set<String> columns) {
    }

    final List<Entry> entries = new ArrayList<>();
    final List<ImportMessage> errors = new ArrayList<>();
    final List<ImportMessage> warnings = new ArrayList<>();
    long processed;

    void reject(long row, String field, String code, String message) {
        errors.add(new ImportMessage(row, field, code, message));
    }

    void warn(long row, String field, String code, String message) {
        warnings.add(new ImportMessage(row, field, code, message));
    }

    /** The cell as a whole number (null when empty), or null with the value rejected. */
    Long count(long row, String field, String cell) {
        try {
            return MetricCsv.count(cell);
        } catch (MetricCsv.NotANumber e) {
            reject(row, field, "invalid", "'" + MetricCsv.shorten(cell.trim()) + "' is not a whole number.");
            return null;
        }
    }

    /** How many rows have at least one rejected value (the header counts as a row). */
    long rejectedRows() {
        return errors.stream().map(e -> e.row() == null ? -1L : e.row()).distinct().count();
    }
}
