package no.kongsberg.vekst.bulk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.platform.DataLicences;
import no.kongsberg.vekst.population.importing.PopulationValue;
import no.kongsberg.vekst.population.ssb.ContentsTarget;
import no.kongsberg.vekst.population.ssb.StatisticsNorwayTables;
import no.kongsberg.vekst.population.ssb.TableMapping;

/**
 * The population observations as the population import reads them: Vekst CSV in its flows form
 * (one row per municipality, period and variant, with the populations at the start and the end of
 * the period), and JSON-stat2 in the layout of Statistics Norway's table 01222. The computed
 * `adjustment` flow is left out: the import computes it again. A stock is dated the first day of
 * a period; one on any other day (possible only through the CSV stock form) has no place here.
 */
final class PopulationBulk {

    static final List<String> CSV_HEADER;

    static {
        List<String> header = new ArrayList<>(List.of("municipality", "period", "variant", "populationStart"));
        header.addAll(PopulationValue.FLOW_FIELDS);
        header.add("populationEnd");
        CSV_HEADER = List.copyOf(header);
    }

    /** 01222's mapping, the one population table whose codes Vekst reads without year-to-date sums. */
    private static final TableMapping TABLE = StatisticsNorwayTables.T01222;

    private static final String FLOWS = "field <> 'adjustment'";
    /** The first day of a period (`2024` or `2024-Q3`). */
    private static final String START = "make_date(left(%1$s, 4)::int, CASE WHEN length(%1$s) = 4 THEN 1 ELSE (right(%1$s, 1)::int - 1) * 3 + 1 END, 1)";
    /** The first day after a period. */
    private static final String END = "(" + START + " + CASE WHEN length(%1$s) = 4 THEN interval '1 year' ELSE interval '3 months' END)::date";
    /** Stocks that start a year (1 January) or a quarter. */
    private static final String PERIOD_START = "extract(day FROM date) = 1 AND extract(month FROM date) IN (1, 4, 7, 10)";
    /** The period a stock starts: the year for 1 January, else the quarter. */
    private static final String STOCK_PERIOD = "CASE WHEN extract(month FROM date) = 1 THEN to_char(date, 'YYYY') "
            + "ELSE to_char(date, 'YYYY') || '-Q' || ((extract(month FROM date)::int + 2) / 3) END";

    private PopulationBulk() {
    }

    /** Every variant unless one is asked for. */
    static CsvSpec csv(BulkFilter filter, String variant) {
        List<Object> params = new ArrayList<>();
        StringBuilder pivot = new StringBuilder();
        StringBuilder flowColumns = new StringBuilder();
        for (String field : PopulationValue.FLOW_FIELDS) {
            pivot.append(", max(value) FILTER (WHERE field = '%1$s') AS \"%1$s_value\", max(missing) FILTER (WHERE field = '%1$s') AS \"%1$s_missing\""
                    .formatted(field));
            flowColumns.append(", f.\"%1$s_value\", f.\"%1$s_missing\"".formatted(field));
        }
        String flowKeys = where(filter, params, variant, "left(period, 4)::int");
        String stockKeys = where(filter, params, variant, "extract(year FROM date)::int");
        String flowValues = where(filter, params, variant, "left(period, 4)::int");
        String sql = """
                WITH keys AS (
                    SELECT municipality_id, period, variant FROM population_flow WHERE %s%s
                    UNION
                    SELECT municipality_id, %s, variant FROM population_stock WHERE %s%s
                ), flows AS (
                    SELECT municipality_id, period, variant%s FROM population_flow WHERE %s%s
                    GROUP BY municipality_id, period, variant
                ), spans AS (
                    SELECT k.*, %s AS starts, %s AS ends FROM keys k
                )
                SELECT m.code, s.period, s.variant, ps.population AS start_value, ps.missing AS start_missing%s,
                       pe.population AS end_value, pe.missing AS end_missing
                FROM spans s JOIN municipality m ON m.id = s.municipality_id
                LEFT JOIN flows f ON f.municipality_id = s.municipality_id AND f.period = s.period AND f.variant = s.variant
                LEFT JOIN population_stock ps ON ps.municipality_id = s.municipality_id AND ps.variant = s.variant AND ps.date = s.starts
                LEFT JOIN population_stock pe ON pe.municipality_id = s.municipality_id AND pe.variant = s.variant AND pe.date = s.ends
                ORDER BY m.code, s.variant, s.period""".formatted(FLOWS, flowKeys, STOCK_PERIOD, PERIOD_START, stockKeys, pivot, FLOWS,
                flowValues, START.formatted("k.period"), END.formatted("k.period"), flowColumns);
        return new CsvSpec(CSV_HEADER, sql, params, rs -> {
            List<Object> cells = new ArrayList<>(List.of(rs.getString("code"), rs.getString("period"), rs.getString("variant")));
            cells.add(CsvSpec.count(rs, "start_value", "start_missing"));
            for (String field : PopulationValue.FLOW_FIELDS) {
                cells.add(CsvSpec.count(rs, field + "_value", field + "_missing"));
            }
            cells.add(CsvSpec.count(rs, "end_value", "end_missing"));
            return cells;
        });
    }

    /** One variant: the importer takes the variant of a JSON-stat file as a parameter, not from the file. */
    static JsonStatExport.Spec jsonStat(BulkFilter filter, String variant) {
        Map<String, String> codeOfField = new LinkedHashMap<>();
        String stockCode = null;
        for (Map.Entry<String, ContentsTarget> entry : TABLE.contents().entrySet()) {
            if (entry.getValue().measure() == ContentsTarget.Measure.FLOW) {
                codeOfField.put(entry.getValue().field(), entry.getKey());
            } else if (entry.getValue().measure() == ContentsTarget.Measure.STOCK_AT_START) {
                stockCode = entry.getKey();
            }
        }
        List<JsonStatExport.Category> contents = new ArrayList<>();
        contents.add(new JsonStatExport.Category(stockCode, "populationStart"));
        StringBuilder codes = new StringBuilder("CASE field");
        for (String field : PopulationValue.FLOW_FIELDS) {
            contents.add(new JsonStatExport.Category(codeOfField.get(field), field));
            codes.append(" WHEN '").append(field).append("' THEN '").append(codeOfField.get(field)).append('\'');
        }
        codes.append(" END");
        List<Object> params = new ArrayList<>();
        String flows = where(filter, params, variant, "left(period, 4)::int");
        String stocks = where(filter, params, variant, "extract(year FROM date)::int");
        String sql = """
                SELECT m.code AS "Region", x.contents AS "ContentsCode", replace(x.period, '-Q', 'K') AS "Tid", x.persons, x.missing
                FROM (
                    SELECT municipality_id, %s AS contents, period, value AS persons, missing FROM population_flow WHERE %s%s
                    UNION ALL
                    SELECT municipality_id, '%s', %s, population, missing FROM population_stock WHERE %s%s
                ) x JOIN municipality m ON m.id = x.municipality_id""".formatted(codes, FLOWS, flows, stockCode, STOCK_PERIOD,
                PERIOD_START, stocks);
        return new JsonStatExport.Spec(TABLE.tableId() + ": Population changes (" + variant + "), Vekst download in the layout of "
                + "Statistics Norway's table " + TABLE.tableId(), DataLicences.populationSource(variant), DataLicences.CC_BY_4,
                Map.of("dataset", "population", "variant", variant),
                List.of(JsonStatExport.Dimension.fromData("Region", "region", "geo", true),
                        JsonStatExport.Dimension.of("ContentsCode", "contents", "metric", contents),
                        JsonStatExport.Dimension.fromData("Tid", "time", "time", false)),
                sql, params);
    }

    private static String where(BulkFilter filter, List<Object> params, String variant, String yearExpression) {
        String conditions = filter.and(params, yearExpression, "municipality_id");
        if (variant != null) {
            params.add(variant);
            conditions += " AND variant = ?";
        }
        return conditions;
    }
}
