package no.kongsberg.vekst.population.figures;

import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.municipalities.BoundaryChangesResource.BoundaryChangeView;

/** One period of a population series, as the API shows it (see PopulationPoint in openapi.yaml). */
public record Point(String period, Integer populationStart, Integer populationEnd, Integer births, Integer deaths,
        Integer naturalIncrease, Integer inMigration, Integer outMigration, Integer domesticNetMigration, Integer immigration,
        Integer emigration, Integer internationalNetMigration, Integer netMigration, Integer growth, Double growthPercent,
        Double growthPer1000, Integer adjustment, boolean seriesBreak, List<BoundaryChangeView> boundaryChanges,
        List<String> flags, Map<String, String> missing) {

    /** The year of the period (`2024` for `2024-Q3`). */
    public int year() {
        return Integer.parseInt(period.substring(0, 4));
    }
}
