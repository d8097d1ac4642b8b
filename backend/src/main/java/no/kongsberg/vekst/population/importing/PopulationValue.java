package no.kongsberg.vekst.population.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * One value of one row of an import file (one cell), as every parser hands it to the import.
 *
 * <p>A stock has a {@code date} and the field {@code population}; a flow has a {@code period}
 * (`2024` or `2024-Q3`) and one of {@link #FLOW_FIELDS}. A value Statistics Norway marks missing
 * has {@code value == null} and its symbol in {@code missing} (`..`, `:` or `.`). Municipality
 * codes are as in the file (current or former); {@code municipalityLabel} is the file's name for
 * the region when it has one (JSON-stat), else null.
 *
 * @param row the file's line (CSV, counting the header as line 1) or the observation's index (JSON-stat)
 */
public record PopulationValue(long row, String municipalityCode, String municipalityLabel, Kind kind, LocalDate date,
        String period, String variant, String field, Long value, String missing) {

    public enum Kind {
        STOCK, FLOW
    }

    public static final String POPULATION = "population";
    public static final List<String> FLOW_FIELDS = List.of("births", "deaths", "inMigration", "outMigration",
            "immigration", "emigration", "netMigration", "growth");
    public static final List<String> MISSING_SYMBOLS = List.of("..", ":", ".");

    public static PopulationValue stock(long row, String code, String label, LocalDate date, String variant, Long value,
            String missing) {
        return new PopulationValue(row, code, label, Kind.STOCK, date, null, variant, POPULATION, value, missing);
    }

    public static PopulationValue flow(long row, String code, String label, String period, String variant, String field,
            Long value, String missing) {
        return new PopulationValue(row, code, label, Kind.FLOW, null, period, variant, field, value, missing);
    }
}
