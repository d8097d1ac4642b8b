package no.kongsberg.vekst.population.ssb;

import java.util.ArrayList;
import java.util.List;

/**
 * A request for a table's figures: which municipalities and which years (a quarterly table is
 * asked for every quarter of those years), optionally through a region codelist such as
 * `agg_KommSummer` (then the codes are the codelist's, e.g. `K-3303`, and the answer gives the
 * aggregated series).
 */
public record PxWebQuery(String tableId, List<String> regionCodes, int fromYear, int toYear, boolean quarterly,
        String regionCodelist) {

    public PxWebQuery {
        if (tableId == null || !tableId.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("A table id is letters and digits, not '" + tableId + "'");
        }
        if (regionCodes == null || regionCodes.isEmpty()) {
            throw new IllegalArgumentException("Name at least one region");
        }
        if (fromYear > toYear) {
            throw new IllegalArgumentException("The years run from " + fromYear + " to " + toYear);
        }
        regionCodes = List.copyOf(regionCodes);
    }

    /** The request for a known table, quarterly or yearly as the table is. */
    public static PxWebQuery of(TableMapping table, List<String> municipalityCodes, int fromYear, int toYear) {
        return new PxWebQuery(table.tableId(), municipalityCodes, fromYear, toYear, table.quarterly(), null);
    }

    public PxWebQuery withRegionCodelist(String codelist) {
        return new PxWebQuery(tableId, regionCodes, fromYear, toYear, quarterly, codelist);
    }

    /** The `Tid` codes asked for: `2023,2024`, or `2023K1,...,2024K4`. */
    public List<String> timeCodes() {
        List<String> codes = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            if (quarterly) {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    codes.add(year + "K" + quarter);
                }
            } else {
                codes.add(Integer.toString(year));
            }
        }
        return codes;
    }
}
