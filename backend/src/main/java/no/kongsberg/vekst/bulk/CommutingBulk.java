package no.kongsberg.vekst.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.platform.DataLicences;

/**
 * Commuting flows as the commuting import reads them: Vekst CSV, and JSON-stat2 in the shape of
 * Statistics Norway's table 03321. A flow belongs to a filter's places when it starts or ends there.
 */
final class CommutingBulk {

    static final List<String> CSV_HEADER = List.of("residence", "workplace", "year", "persons");

    private static final String FROM = """
            FROM commuting_flow c JOIN municipality r ON r.id = c.residence_id JOIN municipality w ON w.id = c.workplace_id
            WHERE true""";

    private CommutingBulk() {
    }

    static CsvSpec csv(BulkFilter filter) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT r.code AS residence, w.code AS workplace, c.year, c.persons, c.missing " + FROM + where(filter, params)
                + " ORDER BY c.year, r.code, w.code";
        return new CsvSpec(CSV_HEADER, sql, params, rs -> java.util.Arrays.asList(rs.getString("residence"), rs.getString("workplace"),
                rs.getInt("year"), CsvSpec.count(rs, "persons", "missing")));
    }

    static JsonStatExport.Spec jsonStat(BulkFilter filter) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT r.code AS \"Bokommuen\", w.code AS \"ArbstedKomm\", 'Sysselsatte' AS \"ContentsCode\", "
                + "c.year::text AS \"Tid\", c.persons, c.missing " + FROM + where(filter, params);
        return new JsonStatExport.Spec("03321: Employed persons by municipality of residence and of work (commuting)",
                DataLicences.STATISTICS_NORWAY, DataLicences.CC_BY_4, Map.of("dataset", "commuting"),
                List.of(JsonStatExport.Dimension.fromData("Bokommuen", "bostedskommune", null, true),
                        JsonStatExport.Dimension.fromData("ArbstedKomm", "arbeidsstedskommune", null, true),
                        JsonStatExport.Dimension.of("ContentsCode", "contents", "metric",
                                List.of(new JsonStatExport.Category("Sysselsatte", "Sysselsatte"))),
                        JsonStatExport.Dimension.fromData("Tid", "time", "time", false)),
                sql, params);
    }

    private static String where(BulkFilter filter, List<Object> params) {
        return filter.and(params, "c.year", "c.residence_id", "c.workplace_id");
    }
}
