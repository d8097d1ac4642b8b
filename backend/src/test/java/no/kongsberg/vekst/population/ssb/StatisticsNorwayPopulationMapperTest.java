package no.kongsberg.vekst.population.ssb;

import static no.kongsberg.vekst.population.importing.PopulationValue.flow;
import static no.kongsberg.vekst.population.importing.PopulationValue.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.population.importing.PopulationValue;
import org.junit.jupiter.api.Test;

class StatisticsNorwayPopulationMapperTest {

    private final StatisticsNorwayPopulationMapper mapper = new StatisticsNorwayPopulationMapper();
    private final RecordingSink sink = new RecordingSink();

    private static InputStream fixture(String name) {
        return StatisticsNorwayPopulationMapperTest.class.getResourceAsStream("/fixtures/jsonstat/" + name);
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void mapsTheQuarterlyTable01222() {
        MappingSummary summary = mapper.map(fixture("ssb-01222-quarterly.json"), null, null, sink);

        String k = "3303";
        String kl = "Kongsberg";
        String d = "3301";
        String dl = "Drammen";
        String q = "2024-Q3";
        assertEquals(List.of(
                stock(0, k, kl, date("2024-07-01"), "official", 28500L, null),
                flow(1, k, kl, q, "official", "births", 70L, null),
                flow(2, k, kl, q, "official", "deaths", 55L, null),
                flow(4, k, kl, q, "official", "immigration", 120L, null),
                flow(5, k, kl, q, "official", "emigration", 40L, null),
                flow(6, k, kl, q, "official", "inMigration", 300L, null),
                flow(7, k, kl, q, "official", "outMigration", 280L, null),
                flow(8, k, kl, q, "official", "netMigration", 100L, null),
                flow(9, k, kl, q, "official", "growth", 115L, null),
                stock(10, k, kl, date("2024-10-01"), "official", 28615L, null),
                stock(11, d, dl, date("2024-07-01"), "official", 104000L, null),
                flow(12, d, dl, q, "official", "births", null, ":"),
                flow(13, d, dl, q, "official", "deaths", null, ".."),
                flow(15, d, dl, q, "official", "immigration", null, "."),
                flow(17, d, dl, q, "official", "inMigration", 900L, null),
                flow(18, d, dl, q, "official", "outMigration", 850L, null),
                flow(19, d, dl, q, "official", "netMigration", 380L, null),
                flow(20, d, dl, q, "official", "growth", 400L, null),
                stock(21, d, dl, date("2024-10-01"), "official", 104400L, null)), sink.values);
        assertTrue(sink.rejections.isEmpty());
        // Cell 16 is in neither the sparse value nor the status: no observation, so no value (not missing "..").
        assertEquals(new MappingSummary("01222", 22, 19, 0, 0), summary);
    }

    @Test
    void mapsTheYearlyTable06913AndLeavesOutTheWholeCountry() {
        MappingSummary summary = mapper.map(fixture("ssb-06913-yearly.json"), "06913", "corrected", sink);

        String k = "3303";
        String kl = "Kongsberg";
        assertEquals(List.of(
                stock(16, k, kl, date("2022-01-01"), "corrected", 27500L, null),
                stock(17, k, kl, date("2023-01-01"), "corrected", 27900L, null),
                flow(18, k, kl, "2022", "corrected", "births", 290L, null),
                flow(19, k, kl, "2023", "corrected", "births", 295L, null),
                flow(20, k, kl, "2022", "corrected", "deaths", 240L, null),
                flow(21, k, kl, "2023", "corrected", "deaths", 250L, null),
                flow(28, k, kl, "2022", "corrected", "netMigration", 350L, null),
                flow(29, k, kl, "2023", "corrected", "netMigration", 380L, null),
                flow(30, k, kl, "2022", "corrected", "growth", 400L, null),
                flow(31, k, kl, "2023", "corrected", "growth", 425L, null)), sink.values);
        assertEquals(new MappingSummary("06913", 32, 10, 0, 16), summary);
    }

    @Test
    void turnsYearToDateFlowsOf01223IntoQuarterlyFlows() {
        MappingSummary summary = mapper.map(fixture("ssb-01223-year-to-date.json"), null, null, sink);

        String k = "3303";
        String kl = "Kongsberg";
        assertEquals(List.of(
                // 1 January's population, once a year, from the year's first quarter in the file.
                stock(0, k, kl, date("2023-01-01"), "official", 27800L, null),
                stock(1, k, kl, date("2024-01-01"), "official", 28000L, null),
                // 2023K3 is not in the file, so 2023's fourth quarter alone cannot be known.
                flow(4, k, kl, "2023-Q4", "official", "births", null, ".."),
                flow(5, k, kl, "2024-Q1", "official", "births", 60L, null),
                flow(6, k, kl, "2024-Q2", "official", "births", 70L, null),
                flow(7, k, kl, "2024-Q3", "official", "births", 75L, null),
                stock(8, k, kl, date("2024-01-01"), "official", 28000L, null),
                stock(9, k, kl, date("2024-04-01"), "official", 28100L, null),
                stock(10, k, kl, date("2024-07-01"), "official", 28180L, null),
                stock(11, k, kl, date("2024-10-01"), "official", 28260L, null)), sink.values);
        assertEquals("01223", summary.tableId());
    }

    @Test
    void yearToDateDifferencesPassMissingSymbolsOn() {
        String text = """
                {"version":"2.0","class":"dataset","label":"01223: Endringar hittil i år",
                 "id":["Region","ContentsCode","Tid"],"size":[1,1,4],
                 "dimension":{"Region":{"category":{"index":{"3303":0},"label":{"3303":"Kongsberg"}}},
                   "ContentsCode":{"category":{"index":{"Dode3":0}}},
                   "Tid":{"category":{"index":{"2024K1":0,"2024K2":1,"2024K3":2,"2024K4":3}}}},
                 "value":[50,null,160,210],"status":{"1":":"}}
                """;
        mapper.map(json(text), null, null, sink);

        assertEquals(List.of(
                flow(0, "3303", "Kongsberg", "2024-Q1", "official", "deaths", 50L, null),
                flow(1, "3303", "Kongsberg", "2024-Q2", "official", "deaths", null, ":"),
                flow(2, "3303", "Kongsberg", "2024-Q3", "official", "deaths", null, ":"),
                flow(3, "3303", "Kongsberg", "2024-Q4", "official", "deaths", 50L, null)), sink.values);
    }

    @Test
    void readsAnAnswerWhoseValuesComeBeforeItsDimensions() {
        mapper.map(fixture("ssb-01222-value-first.json"), null, null, sink);

        String q = "2024-Q4";
        assertEquals(List.of(
                stock(0, "3303", "Kongsberg", date("2024-10-01"), "official", 29000L, null),
                flow(1, "3303", "Kongsberg", q, "official", "births", 75L, null),
                flow(2, "3303", "Kongsberg", q, "official", "deaths", null, ":"),
                stock(3, "3303", "Kongsberg", date("2025-01-01"), "official", 29020L, null),
                stock(4, "3301", "Drammen", date("2024-10-01"), "official", 104500L, null),
                flow(5, "3301", "Drammen", q, "official", "births", 210L, null),
                flow(6, "3301", "Drammen", q, "official", "deaths", 180L, null),
                stock(7, "3301", "Drammen", date("2025-01-01"), "official", 104600L, null)), sink.values);
    }

    @Test
    void infersTheTableFromItsContentsCodesWhenNothingNamesIt() {
        String text = """
                {"version":"2.0","class":"dataset","label":"Befolkning",
                 "id":["Region","ContentsCode","Tid"],"size":[1,2,1],
                 "dimension":{"Region":{"category":{"index":{"K_3303":0},"label":{"K_3303":"K_3303 Kongsberg"}}},
                   "ContentsCode":{"category":{"index":{"Folkemengde":0,"Levende":1}}},
                   "Tid":{"category":{"index":{"2024":0}}}},
                 "value":[28000,300]}
                """;
        MappingSummary summary = mapper.map(json(text), "99999", null, sink);

        assertEquals("06913", summary.tableId());
        assertEquals(List.of(
                stock(0, "3303", "Kongsberg", date("2024-01-01"), "official", 28000L, null),
                flow(1, "3303", "Kongsberg", "2024", "official", "births", 300L, null)), sink.values);
    }

    @Test
    void rejectsContentsItCannotPlace() {
        String unknownTable = """
                {"version":"2.0","class":"dataset","label":"Sysselsatte",
                 "id":["Region","ContentsCode","Tid"],"size":[1,1,1],
                 "dimension":{"Region":{"category":{"index":["3303"]}},"ContentsCode":{"category":{"index":["Sysselsatte"]}},
                   "Tid":{"category":{"index":["2024"]}}},
                 "value":[14000]}
                """;
        MappingSummary summary = mapper.map(json(unknownTable), null, null, sink);
        assertNull(summary.tableId());
        assertTrue(sink.values.isEmpty());
        assertEquals(1, sink.rejections.size());
        RecordingSink.Rejection rejection = sink.rejections.get(0);
        assertEquals(0, rejection.row());
        assertEquals("ContentsCode", rejection.field());
        assertEquals("unknown-contents", rejection.code());
        assertTrue(rejection.message().contains("Sysselsatte") && rejection.message().contains("01222, 01223, 06913"), rejection.message());

        RecordingSink forKnownTable = new RecordingSink();
        mapper.map(json(unknownTable), "01222", null, forKnownTable);
        assertEquals("Table 01222 has no Vekst field for the contents code(s) Sysselsatte", forKnownTable.rejections.get(0).message());
        assertTrue(forKnownTable.values.isEmpty());
    }

    @Test
    void rejectsContentsThatFitTablesWhichReadThemDifferently() {
        // 01222 and 01223 share these codes, but only 01223 is year-to-date.
        String text = """
                {"version":"2.0","class":"dataset","id":["Region","ContentsCode","Tid"],"size":[1,1,1],
                 "dimension":{"Region":{"category":{"index":["3303"]}},"ContentsCode":{"category":{"index":["Fodte2"]}},
                   "Tid":{"category":{"index":["2024K2"]}}},
                 "value":[70]}
                """;
        mapper.map(json(text), null, null, sink);
        assertEquals("unknown-contents", sink.rejections.get(0).code());
        assertTrue(sink.rejections.get(0).message().contains("give the table id"), sink.rejections.get(0).message());

        RecordingSink named = new RecordingSink();
        mapper.map(json(text), "01222", null, named);
        assertEquals(List.of(flow(0, "3303", "3303", "2024-Q2", "official", "births", 70L, null)), named.values);
    }

    @Test
    void acceptsMappingsForOtherTables() {
        TableMapping table = new TableMapping("12345", "A municipality's own table", false, false,
                Map.of("Bosatte", ContentsTarget.stockAtEnd()));
        StatisticsNorwayPopulationMapper custom = new StatisticsNorwayPopulationMapper(List.of(table));
        String text = """
                {"version":"2.0","class":"dataset","label":"12345: Bosatte",
                 "id":["Region","ContentsCode","Tid"],"size":[1,1,1],
                 "dimension":{"Region":{"category":{"index":["3303"]}},"ContentsCode":{"category":{"index":["Bosatte"]}},
                   "Tid":{"category":{"index":["2024"]}}},
                 "value":[28500]}
                """;
        custom.map(json(text), null, null, sink);
        assertEquals(List.of(stock(0, "3303", "3303", date("2025-01-01"), "official", 28500L, null)), sink.values);
    }

    @Test
    void rejectsMalformedFilesAndUnusableDimensions() {
        mapper.map(fixture("malformed-truncated.json"), "01222", null, sink);
        assertEquals(1, sink.rejections.size());
        assertEquals(0, sink.rejections.get(0).row());
        assertNull(sink.rejections.get(0).field());
        assertEquals("malformed", sink.rejections.get(0).code());
        assertTrue(sink.rejections.get(0).message().startsWith("Not valid JSON at line 2"), sink.rejections.get(0).message());

        RecordingSink tooManyValues = new RecordingSink();
        mapper.map(json("""
                {"version":"2.0","class":"dataset","label":"01222: x","id":["Region","ContentsCode","Tid"],"size":[1,1,1],
                 "dimension":{"Region":{"category":{"index":["3303"]}},"ContentsCode":{"category":{"index":["Fodte2"]}},
                   "Tid":{"category":{"index":["2024K1"]}}},
                 "value":[30,31]}
                """), null, null, tooManyValues);
        assertEquals(List.of(new RecordingSink.Rejection(0, null, "malformed", "'value' has more values than the sizes multiply to (1)")),
                tooManyValues.rejections);

        RecordingSink bySex = new RecordingSink();
        String splitBySex = """
                {"version":"2.0","class":"dataset","label":"01222: x","id":["Region","Kjonn","ContentsCode","Tid"],"size":[1,2,1,1],
                 "dimension":{"Region":{"category":{"index":["3303"]}},"Kjonn":{"category":{"index":["1","2"]}},
                   "ContentsCode":{"category":{"index":["Fodte2"]}},"Tid":{"category":{"index":["2024K1"]}}},
                 "value":[30,32]}
                """;
        mapper.map(json(splitBySex), null, null, bySex);
        assertEquals("Kjonn", bySex.rejections.get(0).field());
        assertEquals("unsupported-dimension", bySex.rejections.get(0).code());
        assertTrue(bySex.values.isEmpty());

        RecordingSink noRegion = new RecordingSink();
        mapper.map(json("""
                {"version":"2.0","class":"dataset","label":"01222: x","id":["ContentsCode","Tid"],"size":[1,1],
                 "dimension":{"ContentsCode":{"category":{"index":["Fodte2"]}},"Tid":{"category":{"index":["2024K1"]}}},"value":[30]}
                """), null, null, noRegion);
        assertEquals(new RecordingSink.Rejection(0, "Region", "malformed",
                "The dataset has no region dimension (role 'geo' or id 'Region')"), noRegion.rejections.get(0));
    }

    @Test
    void rejectsCellsThatAreNotWholeNumbersOrPeriods() {
        String text = """
                {"version":"2.0","class":"dataset","label":"01222: x","id":["Region","ContentsCode","Tid"],"size":[1,1,3],
                 "dimension":{"Region":{"category":{"index":["3303"]}},"ContentsCode":{"category":{"index":["Fodte2"]}},
                   "Tid":{"category":{"index":["2024K1","2024M05","2024K2"]}}},
                 "value":[30.5,31,32]}
                """;
        mapper.map(json(text), null, null, sink);
        assertEquals(List.of(
                new RecordingSink.Rejection(0, "Fodte2", "invalid", "The value 30.5 is not a whole number of persons"),
                new RecordingSink.Rejection(1, "Tid", "invalid", "'2024M05' is neither a year nor a quarter")), sink.rejections);
        assertEquals(List.<PopulationValue>of(flow(2, "3303", "3303", "2024-Q2", "official", "births", 32L, null)), sink.values);
    }

    @Test
    void stripsAggregationPrefixesAndKnowsMunicipalities() {
        assertEquals("3303", StatisticsNorwayPopulationMapper.municipalityCode("K-3303"));
        assertEquals("3303", StatisticsNorwayPopulationMapper.municipalityCode("K_3303"));
        assertEquals("0604", StatisticsNorwayPopulationMapper.municipalityCode("0604"));
        assertNull(StatisticsNorwayPopulationMapper.municipalityCode("0"));
        assertNull(StatisticsNorwayPopulationMapper.municipalityCode("F-33"));
        assertNull(StatisticsNorwayPopulationMapper.municipalityCode("EAK"));
    }

    @Test
    void benchmarkHelperMapsItsOwnSyntheticAnswer() {
        PopulationImportBenchmark.Result result = PopulationImportBenchmark.mapSyntheticAnswer(3, 2023, 2024);
        assertEquals(3 * 11 * 8, result.cells());
        assertEquals(0, result.rejections());
        // Fodselsoverskudd4 is not stored: 10 of the 11 codes give a value.
        assertEquals(3 * 10 * 8, result.values());
        assertTrue(result.bytes() > 0);
    }
}
