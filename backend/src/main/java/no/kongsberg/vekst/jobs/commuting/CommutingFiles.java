package no.kongsberg.vekst.jobs.commuting;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import no.kongsberg.vekst.imports.jsonstat.Dimension;
import no.kongsberg.vekst.imports.jsonstat.JsonStatDataset;
import no.kongsberg.vekst.imports.jsonstat.JsonStatException;
import no.kongsberg.vekst.imports.jsonstat.JsonStatReader;
import no.kongsberg.vekst.imports.jsonstat.Observation;
import no.kongsberg.vekst.jobs.importing.CsvRows;
import no.kongsberg.vekst.jobs.importing.PersonsCell;
import no.kongsberg.vekst.jobs.importing.RowCheck;
import no.kongsberg.vekst.jobs.importing.StagedValue;
import no.kongsberg.vekst.jobs.importing.ValueSink;
import no.kongsberg.vekst.platform.OsloTime;

/**
 * Reads commuting flows (residence, workplace, year → persons): Vekst CSV, and Statistics
 * Norway's table 03321 in JSON-stat2, whose dimensions are `Bokommuen` (residence), `ArbstedKomm`
 * (workplace), `ContentsCode` and `Tid`. Categories that are not four-digit codes (the country, a
 * total) are skipped; any other dimension must hold a single category.
 */
public final class CommutingFiles {

    static final List<String> CSV_COLUMNS = List.of("residence", "workplace", "year", "persons");
    static final String RESIDENCE_DIMENSION = "Bokommuen";
    static final String WORKPLACE_DIMENSION = "ArbstedKomm";

    private CommutingFiles() {
    }

    public static long csv(InputStream in, ValueSink sink) throws IOException {
        int lastYear = OsloTime.currentYear();
        return CsvRows.read(in, CSV_COLUMNS, sink, (line, cells) -> {
            RowCheck check = new RowCheck(line, sink);
            check.municipality(cells.get("residence"), "residence").municipality(cells.get("workplace"), "workplace")
                    .year(cells.get("year"), "year", lastYear);
            PersonsCell persons = check.persons(cells.get("persons"), "persons");
            if (check.ok()) {
                sink.accept(new StagedValue(line, List.of(cells.get("residence"), cells.get("workplace"), cells.get("year")),
                        persons.persons(), persons.missing()));
            }
        });
    }

    public static long jsonStat(InputStream in, ValueSink sink) {
        int[][] dims = new int[1][];
        long[] cells = new long[1];
        long[] skipped = new long[1];
        try {
            JsonStatReader.read(in, dataset -> dims[0] = dimensions(dataset, sink), observation -> {
                cells[0]++;
                if (dims[0] != null && !accept(observation, dims[0], sink)) {
                    skipped[0]++;
                }
            });
        } catch (JsonStatException e) {
            sink.reject(0, "file", "malformed", e.getMessage());
        }
        if (skipped[0] > 0) {
            sink.warn(null, "file", "not-a-municipality", skipped[0] + " cells for places that are not municipalities were skipped.");
        }
        return cells[0];
    }

    /** The positions of residence, workplace and time; null after a rejection saying what is missing. */
    private static int[] dimensions(JsonStatDataset dataset, ValueSink sink) {
        int residence = dataset.indexOf(RESIDENCE_DIMENSION);
        int workplace = dataset.indexOf(WORKPLACE_DIMENSION);
        int time = dataset.dimension("Tid").or(() -> dataset.dimensionWithRole("time")).map(d -> dataset.indexOf(d.id())).orElse(-1);
        if (residence < 0 || workplace < 0 || time < 0) {
            sink.reject(0, "file", "malformed", "A commuting dataset (table 03321) needs the dimensions " + RESIDENCE_DIMENSION + ", "
                    + WORKPLACE_DIMENSION + " and Tid.");
            return null;
        }
        List<String> others = new ArrayList<>();
        for (int i = 0; i < dataset.dimensions().size(); i++) {
            Dimension d = dataset.dimensions().get(i);
            if (i != residence && i != workplace && i != time && d.size() != 1) {
                others.add(d.id() + " (" + d.size() + " categories)");
            }
        }
        if (!others.isEmpty()) {
            sink.reject(0, "file", "too-many-categories", "Vekst reads one category of " + String.join(", ", others) + ".");
            return null;
        }
        return new int[] {residence, workplace, time};
    }

    /** Stages the cell; false when it is for a place that is not a municipality. */
    private static boolean accept(Observation o, int[] dims, ValueSink sink) {
        if (o.absent()) {
            return true;
        }
        String residence = o.code(dims[0]);
        String workplace = o.code(dims[1]);
        if (!residence.matches("[0-9]{4}") || !workplace.matches("[0-9]{4}")) {
            return false;
        }
        long row = o.index() + 1;
        String year = o.code(dims[2]);
        if (!year.matches("[0-9]{4}")) {
            sink.reject(row, "Tid", "invalid", "The time category " + PersonsCell.shorten(year) + " is not a year.");
            return true;
        }
        PersonsCell cell = PersonsCell.ofJsonStat(o.value(), o.status(), row, "value", sink);
        if (cell != null) {
            sink.label(residence, o.label(dims[0]));
            sink.label(workplace, o.label(dims[1]));
            sink.accept(new StagedValue(row, List.of(residence, workplace, year), cell.persons(), cell.missing()));
        }
        return true;
    }
}
