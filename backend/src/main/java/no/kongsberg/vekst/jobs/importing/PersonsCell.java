package no.kongsberg.vekst.jobs.importing;

import java.util.List;

/** A number of persons, or Statistics Norway's reason for having none (`..` not available, `:` confidential, `.` not applicable). */
public record PersonsCell(Integer persons, String missing) {

    public static final List<String> MISSING_SYMBOLS = List.of("..", ":", ".");

    /** The cell, or null after rejecting it through the sink when it is neither a whole number ≥ 0 nor a symbol. */
    public static PersonsCell parse(String text, long row, String field, ValueSink sink) {
        if (MISSING_SYMBOLS.contains(text)) {
            return new PersonsCell(null, text);
        }
        if (text.matches("[0-9]{1,9}")) {
            return new PersonsCell(Integer.parseInt(text), null);
        }
        sink.reject(row, field, "invalid", "'" + shorten(text) + "' is not a whole number of persons or a missing-value symbol (.. : .).");
        return null;
    }

    /** A JSON-stat cell: its value, else its status as the reason (`..` when it has neither). */
    public static PersonsCell ofJsonStat(Double value, String status, long row, String field, ValueSink sink) {
        if (value == null) {
            return new PersonsCell(null, status != null && MISSING_SYMBOLS.contains(status) ? status : "..");
        }
        if (value < 0 || value > 1_000_000_000 || value != Math.rint(value)) {
            sink.reject(row, field, "invalid", value + " is not a whole number of persons.");
            return null;
        }
        return new PersonsCell(value.intValue(), null);
    }

    public static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
