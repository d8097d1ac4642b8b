package no.kongsberg.vekst.jobs.importing;

/** The checks of one row: each failed check rejects the row's cell through the sink; {@link #ok()} says whether all passed. */
public final class RowCheck {

    private final long row;
    private final ValueSink sink;
    private boolean ok = true;

    public RowCheck(long row, ValueSink sink) {
        this.row = row;
        this.sink = sink;
    }

    public RowCheck that(boolean condition, String field, String message) {
        if (!condition) {
            ok = false;
            sink.reject(row, field, "invalid", message);
        }
        return this;
    }

    /** The persons cell, or null (and the row failed) when it is invalid. */
    public PersonsCell persons(String text, String field) {
        PersonsCell cell = PersonsCell.parse(text, row, field, sink);
        ok &= cell != null;
        return cell;
    }

    /** A four-digit year from 1900 to the given last year. */
    public RowCheck year(String text, String field, int lastYear) {
        return that(text.matches("[0-9]{4}") && Integer.parseInt(text) >= 1900 && Integer.parseInt(text) <= lastYear, field,
                field + " must be a year from 1900 to " + lastYear + ".");
    }

    public RowCheck municipality(String text, String field) {
        return that(text.matches("[0-9]{4}"), field, field + " must be a four-digit municipality code, like 3303.");
    }

    public boolean ok() {
        return ok;
    }
}
