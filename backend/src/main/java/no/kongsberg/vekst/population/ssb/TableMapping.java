package no.kongsberg.vekst.population.ssb;

import java.util.Collection;
import java.util.Map;

/**
 * How one statistics table maps onto Vekst's population fields: a target for each contents code,
 * whether its time dimension runs in quarters, and whether its flows are year-to-date (each
 * quarter holds the sum since 1 January, so a quarter's own flow is the difference from the
 * quarter before).
 */
public record TableMapping(String tableId, String title, boolean quarterly, boolean yearToDate,
        Map<String, ContentsTarget> contents) {

    public TableMapping {
        contents = Map.copyOf(contents);
    }

    /** True when every code is one this mapping knows. */
    public boolean covers(Collection<String> contentsCodes) {
        return contents.keySet().containsAll(contentsCodes);
    }

    public ContentsTarget target(String contentsCode) {
        return contents.get(contentsCode);
    }
}
