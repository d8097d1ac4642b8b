package no.kongsberg.vekst.jobs.importing;

import java.util.List;

/**
 * One value read from a file: its row (the file's line, or the JSON-stat cell's index + 1), its
 * key cells in the order of the import's {@link ValueTable} key columns (municipality codes as
 * written), and a number of persons or Statistics Norway's reason for having none.
 */
public record StagedValue(long row, List<String> keys, Integer persons, String missing) {
}
