package no.kongsberg.vekst.population.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.municipalities.BoundaryChangesResource.BoundaryChangeView;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;

/**
 * Everything stored about one municipality's population in one variant, as plain values: the input
 * of the figures' arithmetic, which never touches the database.
 *
 * @param stocks population by date (known values only)
 * @param flows the stored components per period (`2024`, `2024-Q3`); adjustments left out
 * @param changes boundary changes recorded by hand
 * @param flags the open or accepted review flags
 */
public record MunicipalityData(MunicipalityRef municipality, Map<LocalDate, Integer> stocks, Map<String, Flows> flows,
        List<BoundaryChangeView> changes, List<FlagMark> flags) {

    /** A period's components: known values, and the reasons of missing ones. */
    public record Flows(Map<String, Integer> values, Map<String, String> missing) {
    }

    /** A flag on a stock (`at` a date) or a flow (`at` a period). */
    public record FlagMark(String kind, String at, String rule) {
    }
}
