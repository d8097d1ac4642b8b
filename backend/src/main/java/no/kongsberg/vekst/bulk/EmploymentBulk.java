package no.kongsberg.vekst.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.jobs.industries.Industries;
import no.kongsberg.vekst.platform.DataLicences;

/**
 * Employment as the employment import reads it: Vekst CSV, and JSON-stat2 in the shape of
 * Statistics Norway's employment tables (region, contents by basis, industry, sector, time).
 */
final class EmploymentBulk {

    static final List<String> CSV_HEADER = List.of("municipality", "year", "basis", "classification", "industry", "ownership", "persons");

    private EmploymentBulk() {
    }

    /** Every classification unless one is asked for (its sections and the totals). */
    static CsvSpec csv(BulkFilter filter, String classification) {
        List<Object> params = new ArrayList<>();
        String sql = """
                SELECT m.code, e.year, e.basis, e.classification, e.industry, e.ownership, e.persons, e.missing
                FROM employment e JOIN municipality m ON m.id = e.municipality_id WHERE true%s
                ORDER BY m.code, e.year, e.basis, e.classification, e.industry, e.ownership""".formatted(where(filter, params, classification));
        return new CsvSpec(CSV_HEADER, sql, params, rs -> {
            String stored = rs.getString("classification");
            // The import takes a total with an empty classification.
            return java.util.Arrays.asList(rs.getString("code"), rs.getInt("year"), rs.getString("basis"),
                    "all".equals(stored) ? null : stored, rs.getString("industry"), rs.getString("ownership"),
                    CsvSpec.count(rs, "persons", "missing"));
        });
    }

    /** One classification (a JSON-stat dataset has one industry dimension) besides the totals. */
    static JsonStatExport.Spec jsonStat(BulkFilter filter, String classification) {
        String dimension = Industries.SN2025.equals(classification) ? "NACE2025" : "NACE2007";
        List<JsonStatExport.Category> industries = new ArrayList<>();
        industries.add(new JsonStatExport.Category("_T", "Alle næringer"));
        Industries.sections(classification).forEach(s -> industries.add(new JsonStatExport.Category(s.code(), s.nameNb())));
        List<Object> params = new ArrayList<>();
        String sql = """
                SELECT m.code AS "Region",
                       CASE e.basis WHEN 'workplace' THEN 'SysselsatteArbsted' ELSE 'SysselsatteBosted' END AS "ContentsCode",
                       CASE e.industry WHEN 'total' THEN '_T' ELSE e.industry END AS "%s",
                       CASE e.ownership WHEN 'all' THEN 'ALLE' WHEN 'private' THEN 'PRIVAT' ELSE 'OFFENTLIG' END AS "Sektor",
                       e.year::text AS "Tid", e.persons, e.missing
                FROM employment e JOIN municipality m ON m.id = e.municipality_id WHERE true%s""".formatted(dimension,
                where(filter, params, classification));
        return new JsonStatExport.Spec("Employed persons by workplace and by residence, industry (" + classification + ") and sector",
                DataLicences.STATISTICS_NORWAY, DataLicences.CC_BY_4, Map.of("dataset", "employment", "classification", classification),
                List.of(JsonStatExport.Dimension.fromData("Region", "region", "geo", true),
                        JsonStatExport.Dimension.of("ContentsCode", "contents", "metric",
                                List.of(new JsonStatExport.Category("SysselsatteArbsted", "Sysselsatte etter arbeidssted"),
                                        new JsonStatExport.Category("SysselsatteBosted", "Sysselsatte etter bosted"))),
                        JsonStatExport.Dimension.of(dimension, "næring (" + classification + ")", null, industries),
                        JsonStatExport.Dimension.of("Sektor", "sektor", null,
                                List.of(new JsonStatExport.Category("ALLE", "Alle sektorer"),
                                        new JsonStatExport.Category("PRIVAT", "Privat sektor"),
                                        new JsonStatExport.Category("OFFENTLIG", "Offentlig sektor"))),
                        JsonStatExport.Dimension.fromData("Tid", "time", "time", false)),
                sql, params);
    }

    private static String where(BulkFilter filter, List<Object> params, String classification) {
        String conditions = filter.and(params, "e.year", "e.municipality_id");
        if (classification != null) {
            params.add(classification);
            conditions += " AND e.classification IN ('all', ?)";
        }
        return conditions;
    }
}
