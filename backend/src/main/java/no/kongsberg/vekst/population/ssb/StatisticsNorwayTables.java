package no.kongsberg.vekst.population.ssb;

import static no.kongsberg.vekst.population.ssb.ContentsTarget.flow;
import static no.kongsberg.vekst.population.ssb.ContentsTarget.skip;
import static no.kongsberg.vekst.population.ssb.ContentsTarget.stockAtEnd;
import static no.kongsberg.vekst.population.ssb.ContentsTarget.stockAtStart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Statistics Norway (SSB) tables Vekst reads, with their contents codes.
 *
 * <p>All three have the dimensions `Region`, `ContentsCode` and `Tid`. With an aggregation
 * codelist (`codelist[Region]=agg_KommSummer`) region codes come as `K-3303`; with
 * `agg_KommSummerHist` as `K_3303`; the mapper strips both prefixes.
 *
 * <h2>01222 — changes in the population during the quarter (quarterly, 1997K4–)</h2>
 * {@code Folketallet1} population at the start of the quarter (stock), {@code Fodte2} births,
 * {@code Dode3} deaths, {@code Fodselsoverskudd4} natural increase (births − deaths: not stored),
 * {@code Innvandring5} immigration, {@code Utvandring6} emigration, {@code Tilflytting7} domestic
 * in-migration, {@code Fraflytting8} domestic out-migration, {@code Nettoinnflytting9} net
 * migration including immigration and emigration, {@code Folketilvekst10} growth,
 * {@code Folketallet11} population at the end of the quarter (stock).
 *
 * <h2>01223 — changes in the population so far this year (quarterly, year-to-date, 1997K4–)</h2>
 * The same eleven figures, but the flows are cumulative from 1 January ("hittil i år": 2024K3
 * holds January–September), and the first figure is the population on 1 January
 * ("Folketalet 1. januar", reference time 1.1.), not at the start of the quarter, so it is dated
 * 1 January and taken once a year. Its net-migration code is given as {@code Nettoflytting9} in
 * a published v2 query; both that and 01222's {@code Nettoinnflytting9} are accepted.
 *
 * <h2>06913 — population 1 January and changes during the calendar year (yearly, 1951–)</h2>
 * {@code Folkemengde} population on 1 January (stock), {@code Levende} live births,
 * {@code Dode} deaths, {@code Fodselsoverskudd} natural increase (not stored),
 * {@code Innflyttinger} and {@code Utflyttinger} all moves into and out of the municipality,
 * immigration included (not stored: Vekst's inMigration/outMigration are domestic only, and
 * immigration and emigration are not given separately here), {@code Nettoinnflytting} net
 * migration, {@code Folketilvekst} growth. The table has no end-of-year population: the next
 * year's 1 January figure is that stock.
 *
 * <h2>How the codes were checked</h2>
 * No live request was possible from the build machine; the codes come from published material
 * found with the project's search tool: SSB's StatBank pages for 01223 and 06913 (their variable
 * lists, units and reference times), a Go client and a Java test with 01222's eleven codes,
 * Python scripts that send PxWebApi v2 GET queries for 01222, 01223 and 06913, and a catalogue
 * README listing 06913's eight codes. {@code Levende} and {@code Nettoflytting9} rest on one
 * source each; check them against {@code /tables/06913/metadata} and {@code /tables/01223/metadata}
 * when the machine can reach SSB.
 */
public final class StatisticsNorwayTables {

    private static final String NATURAL_INCREASE = "births minus deaths; Vekst derives it";

    /** 01222's codes; 01223 has the same ones, read year-to-date. */
    private static final Map<String, ContentsTarget> QUARTERLY_CONTENTS = Map.ofEntries(
            Map.entry("Folketallet1", stockAtStart()),
            Map.entry("Fodte2", flow("births")),
            Map.entry("Dode3", flow("deaths")),
            Map.entry("Fodselsoverskudd4", skip(NATURAL_INCREASE)),
            Map.entry("Innvandring5", flow("immigration")),
            Map.entry("Utvandring6", flow("emigration")),
            Map.entry("Tilflytting7", flow("inMigration")),
            Map.entry("Fraflytting8", flow("outMigration")),
            Map.entry("Nettoinnflytting9", flow("netMigration")),
            Map.entry("Folketilvekst10", flow("growth")),
            Map.entry("Folketallet11", stockAtEnd()));

    public static final TableMapping T01222 = new TableMapping("01222",
            "Changes in the population during the quarter", true, false, QUARTERLY_CONTENTS);

    public static final TableMapping T01223 = new TableMapping("01223",
            "Changes in the population so far this year", true, true, withEntry(QUARTERLY_CONTENTS, "Nettoflytting9", flow("netMigration")));

    public static final TableMapping T06913 = new TableMapping("06913",
            "Population 1 January and changes during the calendar year", false, false,
            Map.of(
                    "Folkemengde", stockAtStart(),
                    "Levende", flow("births"),
                    "Dode", flow("deaths"),
                    "Fodselsoverskudd", skip(NATURAL_INCREASE),
                    "Innflyttinger", skip("all moves in, immigration included; Vekst's inMigration is domestic"),
                    "Utflyttinger", skip("all moves out, emigration included; Vekst's outMigration is domestic"),
                    "Nettoinnflytting", flow("netMigration"),
                    "Folketilvekst", flow("growth")));

    public static final List<TableMapping> ALL = List.of(T01222, T01223, T06913);

    private StatisticsNorwayTables() {
    }

    private static Map<String, ContentsTarget> withEntry(Map<String, ContentsTarget> contents, String code, ContentsTarget target) {
        Map<String, ContentsTarget> copy = new HashMap<>(contents);
        copy.put(code, target);
        return copy;
    }

    public static Optional<TableMapping> byTableId(String tableId) {
        return ALL.stream().filter(t -> t.tableId().equals(tableId)).findFirst();
    }
}
