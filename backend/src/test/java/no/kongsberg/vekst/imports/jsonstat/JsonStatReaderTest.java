package no.kongsberg.vekst.imports.jsonstat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonStatReaderTest {

    private static InputStream fixture(String name) {
        InputStream in = JsonStatReaderTest.class.getResourceAsStream("/fixtures/jsonstat/" + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("No fixture " + name));
        }
        return in;
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A cell as the tests compare it: codes in id order, value, status. */
    private record Cell(long index, List<String> codes, Double value, String status) {
    }

    private static Cell cell(long index, Double value, String status, String... codes) {
        return new Cell(index, List.of(codes), value, status);
    }

    private static List<Cell> cells(List<Observation> observations) {
        return observations.stream().map(o -> new Cell(o.index(), List.copyOf(o.codes().values()), o.value(), o.status())).toList();
    }

    @Test
    void readsStatisticsNorwaysAnswerWithSparseValuesAndStatuses() {
        List<Observation> read = new ArrayList<>();
        JsonStatDataset dataset = JsonStatReader.read(fixture("ssb-01222-quarterly.json"), read::add);

        assertTrue(dataset.label().startsWith("01222: "));
        assertEquals("Statistisk sentralbyrå", dataset.source());
        assertEquals("2024-11-20T07:00:00Z", dataset.updated());
        assertEquals(List.of("Region", "ContentsCode", "Tid"), dataset.dimensions().stream().map(Dimension::id).toList());
        assertEquals(22, dataset.observationCount());
        Dimension region = dataset.dimensionWithRole("geo").orElseThrow();
        assertEquals("Region", region.id());
        assertEquals("region", region.label());
        assertEquals(List.of("K-3303", "3301"), region.codes());
        assertEquals("Drammen", region.label(1));
        assertEquals(1, region.positionOf("3301"));
        assertEquals(-1, region.positionOf("0301"));
        assertEquals("metric", dataset.dimension("ContentsCode").orElseThrow().role());
        assertEquals("time", dataset.dimension("Tid").orElseThrow().role());

        assertEquals(22, read.size());
        Observation first = read.get(0);
        assertEquals(cell(0, 28500.0, null, "K-3303", "Folketallet1", "2024K3"), cells(read).get(0));
        assertEquals("Kongsberg", first.label("Region"));
        assertEquals("Folketalet ved inngangen av kvartalet", first.label("ContentsCode"));
        assertEquals(Map.of("Region", "K-3303", "ContentsCode", "Folketallet1", "Tid", "2024K3"), first.codes());
        assertEquals(List.of(
                cell(11, 104000.0, null, "3301", "Folketallet1", "2024K3"),
                cell(12, null, ":", "3301", "Fodte2", "2024K3"),
                cell(13, null, "..", "3301", "Dode3", "2024K3"),
                cell(14, null, null, "3301", "Fodselsoverskudd4", "2024K3"),
                cell(15, null, ".", "3301", "Innvandring5", "2024K3"),
                cell(16, null, null, "3301", "Utvandring6", "2024K3"),
                cell(17, 900.0, null, "3301", "Tilflytting7", "2024K3"),
                cell(18, 850.0, null, "3301", "Fraflytting8", "2024K3"),
                cell(19, 380.0, "p", "3301", "Nettoinnflytting9", "2024K3"),
                cell(20, 400.0, null, "3301", "Folketilvekst10", "2024K3"),
                cell(21, 104400.0, null, "3301", "Folketallet11", "2024K3")), cells(read).subList(11, 22));
    }

    @Test
    void buffersValuesThatComeBeforeTheStructureAndReadsArrayIndexes() {
        List<Observation> read = new ArrayList<>();
        List<JsonStatDataset> structures = new ArrayList<>();
        JsonStatReader.read(fixture("ssb-01222-value-first.json"), structures::add, o -> {
            assertEquals(1, structures.size(), "the structure comes before the first cell");
            read.add(o);
        });

        assertEquals(List.of(
                cell(0, 29000.0, "p", "3303", "Folketallet1", "2024K4"),
                cell(1, 75.0, null, "3303", "Fodte2", "2024K4"),
                cell(2, null, ":", "3303", "Dode3", "2024K4"),
                cell(3, 29020.0, null, "3303", "Folketallet11", "2024K4"),
                cell(4, 104500.0, null, "3301", "Folketallet1", "2024K4"),
                cell(5, 210.0, null, "3301", "Fodte2", "2024K4"),
                cell(6, 180.0, null, "3301", "Dode3", "2024K4"),
                cell(7, 104600.0, null, "3301", "Folketallet11", "2024K4")), cells(read));
        assertEquals("2024K4", read.get(0).label("Tid"), "a category without a label is labelled by its code");
        assertEquals("Drammen", read.get(4).label("Region"));
    }

    @Test
    void streamsCellsWhenStructureAndStatusComeFirst() {
        String text = """
                {"version":"2.0","class":"dataset","id":["A","B"],"size":[2,2],
                 "dimension":{"A":{"category":{"index":{"a1":0,"a2":1}}},"B":{"category":{"index":["b1","b2"]}}},
                 "status":".","value":[1,2.5,null,4]}
                """;
        List<Observation> read = new ArrayList<>();
        JsonStatReader.read(json(text), read::add);

        assertEquals(List.of(
                cell(0, 1.0, ".", "a1", "b1"),
                cell(1, 2.5, ".", "a1", "b2"),
                cell(2, null, ".", "a2", "b1"),
                cell(3, 4.0, ".", "a2", "b2")), cells(read));
    }

    @Test
    void ordersCategoriesByTheirIndexNotByKeyOrder() {
        String text = """
                {"version":"2.0","class":"dataset","id":["Kjonn","Tid"],"size":[3,1],
                 "dimension":{"Kjonn":{"label":"kjønn","category":{"index":{"0":0,"1":2,"2":1},"label":{"0":"Begge","1":"Menn","2":"Kvinner"}}},
                              "Tid":{"category":{"label":{"2024":"2024"}}}},
                 "value":{"1":20,"2":10}}
                """;
        List<Observation> read = new ArrayList<>();
        JsonStatDataset dataset = JsonStatReader.read(json(text), read::add);

        assertEquals(List.of("0", "2", "1"), dataset.dimension("Kjonn").orElseThrow().codes());
        assertEquals(List.of("2024"), dataset.dimension("Tid").orElseThrow().codes(), "a single category may leave out the index");
        assertEquals(List.of(cell(0, null, null, "0", "2024"), cell(1, 20.0, null, "2", "2024"), cell(2, 10.0, null, "1", "2024")),
                cells(read));
        assertEquals("Kvinner", read.get(1).label("Kjonn"));
    }

    @Test
    void acceptsNumbersWrittenAsStrings() {
        String text = """
                {"version":"2.0","class":"dataset","id":["A"],"size":[2],"dimension":{"A":{"category":{"index":["x","y"]}}},
                 "value":["12"," 3.5 "]}
                """;
        List<Observation> read = new ArrayList<>();
        JsonStatReader.read(json(text), read::add);
        assertEquals(Arrays.asList(12.0, 3.5), read.stream().map(Observation::value).toList());
    }

    @Test
    void readsAnEmptyDataset() {
        String text = """
                {"version":"2.0","class":"dataset","id":["A"],"size":[0],"dimension":{"A":{"category":{"index":[]}}},"value":[]}
                """;
        List<Observation> read = new ArrayList<>();
        JsonStatDataset dataset = JsonStatReader.read(json(text), read::add);
        assertEquals(0, dataset.observationCount());
        assertTrue(read.isEmpty());
    }

    @Test
    void namesWhatIsWrongWithMalformedFiles() {
        assertMalformed(fixture("malformed-missing-size.json"), "missing 'size'");
        assertMalformed(fixture("malformed-size-mismatch.json"), "'id' names 2 dimensions but 'size' gives 1 sizes");
        assertMalformed(fixture("malformed-value-count.json"), "'value' has more values than the sizes multiply to (2)");
        assertMalformed(fixture("malformed-category-count.json"), "The dimension 'Region' has 1 categories but 'size' says 2");
        assertMalformed(fixture("malformed-truncated.json"), "Not valid JSON at line 2");
        assertMalformed(json(""), "The file is empty");
        assertMalformed(json("[1, 2]"), "is a JSON object");
        assertMalformed(json("{\"version\":\"2.0\",\"class\":\"collection\",\"link\":{}}"), "'class' is 'collection'");
        assertMalformed(json("{\"id\":[\"A\"],\"size\":[1],\"value\":[1]}"), "missing 'dimension'");
        assertMalformed(json("{\"id\":[\"A\"],\"size\":[1],\"dimension\":{\"A\":{\"category\":{\"index\":[\"x\"]}}}}"), "missing 'value'");
        assertMalformed(json("{\"id\":[\"A\",\"B\"],\"size\":[1,1],\"dimension\":{\"A\":{\"category\":{\"index\":[\"x\"]}}},\"value\":[1]}"),
                "'id' names the dimension 'B' but 'dimension' does not describe it");
        assertMalformed(json("{\"value\":[1,2],\"id\":[\"A\"],\"size\":[1],\"dimension\":{\"A\":{\"category\":{\"index\":[\"x\"]}}}}"),
                "'value' has 2 values, but the sizes multiply to 1");
        assertMalformed(json("{\"id\":[\"A\"],\"size\":[2],\"dimension\":{\"A\":{\"category\":{\"index\":[\"x\",\"y\"]}}},\"value\":{\"2\":1}}"),
                "cell index 2, outside the dataset's 2 cells");
        assertMalformed(json("{\"id\":[\"A\"],\"size\":[2],\"dimension\":{\"A\":{\"category\":{\"index\":[\"x\",\"y\"]}}},\"value\":[1,2],\"status\":[\"..\"]}"),
                "'status' has 1 items, but the sizes multiply to 2");
        assertMalformed(json("{\"id\":[\"A\"],\"size\":[2],\"dimension\":{\"A\":{\"category\":{\"index\":{\"x\":0,\"y\":2}}}},\"value\":[1,2]}"),
                "puts the category 'y' at position 2, outside 0..1");
        assertMalformed(json("{\"id\":[\"A\"],\"size\":[1],\"dimension\":{\"A\":{\"category\":{\"index\":[\"x\"]}}},\"value\":[\"many\"]}"),
                "Cell 0 has the value 'many', which is not a number");
        assertMalformed(json("{\"id\":[\"A\"],\"size\":[2],\"dimension\":{\"A\":{\"category\":{\"label\":{\"x\":\"X\",\"y\":\"Y\"}}}},\"value\":[1,2]}"),
                "The dimension 'A' has no 'category.index'");
    }

    private static void assertMalformed(InputStream in, String expectedMessagePart) {
        JsonStatException e = assertThrows(JsonStatException.class, () -> JsonStatReader.read(in, o -> {
        }));
        assertTrue(e.getMessage().contains(expectedMessagePart), () -> "Message was: " + e.getMessage());
    }

    @Test
    void observationWithoutStatusHasNullStatus() {
        List<Observation> read = new ArrayList<>();
        JsonStatReader.read(fixture("ssb-06913-yearly.json"), read::add);
        assertEquals(32, read.size());
        assertNull(read.get(31).status());
        assertEquals(425.0, read.get(31).value());
        assertEquals("3303", read.get(31).code(0));
        assertEquals("Folketilvekst", read.get(31).code("ContentsCode"));
        assertEquals("2023", read.get(31).code(2));
    }

    @Test
    void aCellLeftOutOfASparseValueObjectWithNoStatusIsAbsent() {
        List<Observation> read = new ArrayList<>();
        JsonStatReader.read(json("""
                {"class": "dataset", "id": ["Tid"], "size": [4],
                 "dimension": {"Tid": {"category": {"index": ["2021", "2022", "2023", "2024"]}}},
                 "status": {"2": ":"}, "value": {"0": 5, "1": null}}"""), read::add);
        assertEquals(List.of(false, false, false, true), read.stream().map(Observation::absent).toList());
        read.clear();
        JsonStatReader.read(json("""
                {"class": "dataset", "id": ["Tid"], "size": [2],
                 "dimension": {"Tid": {"category": {"index": ["2023", "2024"]}}}, "value": [null, 3]}"""), read::add);
        assertEquals(List.of(false, false), read.stream().map(Observation::absent).toList());
    }
}
