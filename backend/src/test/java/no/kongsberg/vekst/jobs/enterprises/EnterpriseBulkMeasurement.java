package no.kongsberg.vekst.jobs.enterprises;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: a measurement of a 200,000-unit gzipped bulk import, run by hand with
 * {@code -Dvekst.measure=true -Dtest=EnterpriseBulkMeasurement}. It asserts only that the import
 * worked and prints the times; timings never fail a build.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "vekst.measure", matches = "true")
class EnterpriseBulkMeasurement {

    private static final int UNITS = 200_000;

    /** A large file runs in the background: waits for its run to finish. */
    private static void committed(byte[] body, String count) throws InterruptedException {
        String location = Api.as("editor").contentType("application/gzip").body(body).post("/api/v1/jobs/enterprises/imports")
                .then().statusCode(org.hamcrest.Matchers.oneOf(201, 202)).extract().header("Location");
        while (List.of("queued", "running").contains(Api.as("editor").get(location).then().statusCode(200).extract().<String>path("status"))) {
            Thread.sleep(250);
        }
        Api.as("editor").get(location).then().body(count, equalTo(UNITS));
    }

    @Test
    void importTwoHundredThousandUnits() throws Exception {
        Path file = Files.createTempFile("enheter-", ".json.gz");
        List<String> numbers = RegisterFiles.numbers(80_000_000, UNITS);
        List<String> codes = List.of("3303", "3332", "3334", "3336", "3338", "4005", "0301", "4601", "5001", "9999");
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                StandardCharsets.UTF_8))) {
            out.write("[");
            for (int i = 0; i < UNITS; i++) {
                out.write(i == 0 ? "\n" : ",\n");
                String unit = RegisterFiles.unit(numbers.get(i), "Måleenhet " + i + " AS", i % 3 == 0 ? "ENK" : "AS",
                        (2000 + i % 25) + "-0" + (1 + i % 9) + "-1" + (i % 10), (10 + i % 89) + ".0" + (10 + i % 80),
                        codes.get(i % codes.size()), i % 50, i % 17 == 0 ? "2024-02-02" : null);
                // The rest of a real unit (about 1.3 kB of JSON in all), which the import reads past.
                out.write(unit.substring(0, unit.length() - 1) + ",\"postadresse\":{\"land\":\"Norge\",\"landkode\":\"NO\","
                        + "\"postnummer\":\"" + (1000 + i % 8999) + "\",\"poststed\":\"POSTSTED " + (i % 997) + "\",\"adresse\":[\"Postboks "
                        + i + "\"],\"kommune\":\"KOMMUNE\",\"kommunenummer\":\"3303\"},\"institusjonellSektorkode\":{\"kode\":\"2100\","
                        + "\"beskrivelse\":\"Private aksjeselskaper mv.\"},\"hjemmeside\":\"www.enhet" + i + ".no\",\"epostadresse\":\"post@enhet"
                        + i + ".no\",\"telefon\":\"" + (32000000 + i) + "\",\"registrertIMvaregisteret\":true,\"vedtektsfestetFormaal\":[\"Drive "
                        + "virksomhet nummer " + i + " og alt som naturlig hører til\"],\"sisteInnsendteAarsregnskap\":\"" + (2015 + i % 10)
                        + "\",\"registrertIForetaksregisteret\":true,\"registrertIStiftelsesregisteret\":false,"
                        + "\"registrertIFrivillighetsregisteret\":false,\"underTvangsavviklingEllerTvangsopplosning\":false,\"maalform\":\"Bokmål\","
                        + "\"aktivitet\":[\"Aktivitet " + (i * 7919 % 100000) + "\"],\"_links\":{\"self\":{\"href\":"
                        + "\"https://data.brreg.no/enhetsregisteret/api/enheter/" + numbers.get(i) + "\"}}}");
            }
            out.write("]");
        }
        long size = Files.size(file);
        byte[] body = Files.readAllBytes(file);
        Files.delete(file);
        long start = System.nanoTime();
        Api.as("editor").contentType("application/gzip").queryParam("dryRun", true).body(body)
                .post("/api/v1/jobs/enterprises/imports").then().statusCode(200).body("counts.inserted", equalTo(UNITS));
        long dry = System.nanoTime() - start;
        start = System.nanoTime();
        committed(body, "counts.inserted");
        long first = System.nanoTime() - start;
        start = System.nanoTime();
        committed(body, "counts.unchanged");
        long again = System.nanoTime() - start;
        System.out.printf("MEASURE %d units, %.1f MB gzipped: dry run %.1f s, first import %.1f s, same file again %.1f s%n",
                UNITS, size / 1e6, dry / 1e9, first / 1e9, again / 1e9);
    }
}
