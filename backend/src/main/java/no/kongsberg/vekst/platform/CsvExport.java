package no.kongsberg.vekst.platform;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * CSV downloads that open right in Excel with Norwegian settings: UTF-8 with a byte-order mark,
 * `;` between fields, CRLF line ends. A cell starting with = + - @ gets a leading apostrophe so a
 * spreadsheet never runs it as a formula.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static String of(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        appendRow(out, header.stream().map(h -> (Object) h).toList());
        rows.forEach(row -> appendRow(out, row));
        return out.toString();
    }

    /** One of several tables in one file: its title on a line of its own, then its header and rows. */
    public record Table(String title, List<String> header, List<List<Object>> rows) {
    }

    /** Several tables in one file, a blank line between them: what a report's tables look like in Excel. */
    public static String tables(List<Table> tables) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            if (i > 0) {
                out.append("\r\n");
            }
            appendRow(out, List.of(table.title()));
            appendRow(out, table.header().stream().map(h -> (Object) h).toList());
            table.rows().forEach(row -> appendRow(out, row));
        }
        return out.toString();
    }

    /** A number as Excel with Norwegian settings reads it: decimal comma, no grouping; null stays empty. */
    public static Object decimal(Number value) {
        return value == null ? null
                : new Decimal(new BigDecimal(value.toString()).stripTrailingZeros().toPlainString().replace('.', ','));
    }

    /** Not a CharSequence, so a negative number is never taken for a formula and quoted. */
    private record Decimal(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    public static Response download(String fileName, String csv) {
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private static void appendRow(StringBuilder out, List<Object> cells) {
        try {
            writeRow(out, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder never throws it
        }
    }

    /** The byte-order mark that tells Excel the file is UTF-8; a streamed file writes it first. */
    public static final String BOM = "\uFEFF";

    /** One row of a streamed file, with the same quoting and formula guard as {@link #of}. */
    public static void writeRow(Appendable out, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof CharSequence && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
