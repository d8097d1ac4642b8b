package no.kongsberg.vekst.population.ssb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import no.kongsberg.vekst.population.importing.PopulationValue;
import no.kongsberg.vekst.population.importing.PopulationValueSink;

/**
 * Synthetic Statistics Norway answers for benchmarks (`make bench`), and a measured parse of one.
 * Not used by the application; no test times it.
 */
public final class PopulationImportBenchmark {

    /** What a measured parse did: cells in the file, values handed on, the file's size, and the time it took. */
    public record Result(long cells, long values, long rejections, long bytes, long elapsedNanos) {

        public double cellsPerSecond() {
            return elapsedNanos == 0 ? 0 : cells * 1e9 / elapsedNanos;
        }
    }

    private PopulationImportBenchmark() {
    }

    /**
     * Writes a 01222-shaped answer (quarterly, all eleven contents codes) for {@code municipalities}
     * made-up municipalities (codes 1001 upwards) and the years given, in SSB's key order: `status`
     * after `value`, so the reader takes its buffered path, the one real answers take. About 1 %
     * of the cells are confidential (`:`) to exercise the status handling.
     */
    public static void writeQuarterlyAnswer(OutputStream out, int municipalities, int firstYear, int lastYear) {
        List<String> contents = List.of("Folketallet1", "Fodte2", "Dode3", "Fodselsoverskudd4", "Innvandring5", "Utvandring6",
                "Tilflytting7", "Fraflytting8", "Nettoinnflytting9", "Folketilvekst10", "Folketallet11");
        int quarters = (lastYear - firstYear + 1) * 4;
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("version", "2.0");
            json.writeStringField("class", "dataset");
            json.writeStringField("label", "01222: Endringar i befolkninga i løpet av kvartalet (syntetisk)");
            json.writeStringField("source", "Statistisk sentralbyrå");
            json.writeObjectFieldStart("role");
            json.writeArrayFieldStart("time");
            json.writeString("Tid");
            json.writeEndArray();
            json.writeArrayFieldStart("metric");
            json.writeString("ContentsCode");
            json.writeEndArray();
            json.writeArrayFieldStart("geo");
            json.writeString("Region");
            json.writeEndArray();
            json.writeEndObject();
            json.writeArrayFieldStart("id");
            json.writeString("Region");
            json.writeString("ContentsCode");
            json.writeString("Tid");
            json.writeEndArray();
            json.writeArrayFieldStart("size");
            json.writeNumber(municipalities);
            json.writeNumber(contents.size());
            json.writeNumber(quarters);
            json.writeEndArray();
            json.writeObjectFieldStart("dimension");
            writeDimension(json, "Region", "region", municipalities, i -> Integer.toString(1001 + i), i -> "Kommune " + (1001 + i));
            writeDimension(json, "ContentsCode", "statistikkvariabel", contents.size(), contents::get, contents::get);
            writeDimension(json, "Tid", "kvartal", quarters, i -> (firstYear + i / 4) + "K" + (i % 4 + 1),
                    i -> (firstYear + i / 4) + "K" + (i % 4 + 1));
            json.writeEndObject();
            long cells = (long) municipalities * contents.size() * quarters;
            json.writeArrayFieldStart("value");
            for (long cell = 0; cell < cells; cell++) {
                if (cell % 101 == 7) {
                    json.writeNull();
                } else {
                    json.writeNumber(1000 + cell % 5000);
                }
            }
            json.writeEndArray();
            json.writeObjectFieldStart("status");
            for (long cell = 7; cell < cells; cell += 101) {
                json.writeStringField(Long.toString(cell), ":");
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Generates an answer in memory and maps it into a sink that only counts; returns what it measured. */
    public static Result mapSyntheticAnswer(int municipalities, int firstYear, int lastYear) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        writeQuarterlyAnswer(buffer, municipalities, firstYear, lastYear);
        byte[] file = buffer.toByteArray();
        long[] counts = new long[2];
        PopulationValueSink counting = new PopulationValueSink() {
            @Override
            public void accept(PopulationValue value) {
                counts[0]++;
            }

            @Override
            public void reject(long row, String field, String code, String message) {
                counts[1]++;
            }
        };
        long started = System.nanoTime();
        MappingSummary summary = new StatisticsNorwayPopulationMapper().map(new ByteArrayInputStream(file), null, null, counting);
        long elapsed = System.nanoTime() - started;
        return new Result(summary.cells(), counts[0], counts[1], file.length, elapsed);
    }

    private interface Text {
        String of(int position);
    }

    private static void writeDimension(JsonGenerator json, String id, String label, int size, Text code, Text categoryLabel)
            throws IOException {
        json.writeObjectFieldStart(id);
        json.writeStringField("label", label);
        json.writeObjectFieldStart("category");
        json.writeObjectFieldStart("index");
        for (int i = 0; i < size; i++) {
            json.writeNumberField(code.of(i), i);
        }
        json.writeEndObject();
        json.writeObjectFieldStart("label");
        for (int i = 0; i < size; i++) {
            json.writeStringField(code.of(i), categoryLabel.of(i));
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }
}
