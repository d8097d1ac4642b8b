package no.kongsberg.vekst.jobs.enterprises;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import no.kongsberg.vekst.platform.OrganisationNumbers;

/** Files in the register's shapes for tests: valid organisation numbers, units, gzip. */
final class RegisterFiles {

    private RegisterFiles() {
    }

    /** {@code count} valid organisation numbers from the eight digits {@code first} upwards. */
    static List<String> numbers(int first, int count) {
        List<String> numbers = new ArrayList<>();
        for (int base = first; numbers.size() < count; base++) {
            int check = OrganisationNumbers.checkDigit(String.valueOf(base));
            if (check >= 0) {
                numbers.add(base + String.valueOf(check));
            }
        }
        return numbers;
    }

    /** A unit as the bulk download and the search give it (the fields Vekst reads, and a few it does not). */
    static String unit(String number, String name, String form, String registered, String nace, String municipality,
            Integer employees, String deleted) {
        StringBuilder json = new StringBuilder("{\"organisasjonsnummer\":\"").append(number).append("\",\"navn\":\"").append(name)
                .append("\",\"organisasjonsform\":{\"kode\":\"").append(form).append("\",\"beskrivelse\":\"Test\"}");
        if (municipality != null) {
            json.append(",\"forretningsadresse\":{\"land\":\"Norge\",\"landkode\":\"NO\",\"postnummer\":\"3550\",\"poststed\":\"GOL\","
                    + "\"adresse\":[\"Testvegen 1\"],\"kommune\":\"TEST\",\"kommunenummer\":\"").append(municipality).append("\"}");
        }
        json.append(",\"registreringsdatoEnhetsregisteret\":\"").append(registered).append('"');
        if (nace != null) {
            json.append(",\"naeringskode1\":{\"kode\":\"").append(nace).append("\",\"beskrivelse\":\"Test\"}");
        }
        if (employees != null) {
            json.append(",\"antallAnsatte\":").append(employees).append(",\"harRegistrertAntallAnsatte\":true");
        }
        if (deleted != null) {
            json.append(",\"slettedato\":\"").append(deleted).append('"');
        }
        return json.append(",\"konkurs\":false,\"underAvvikling\":false}").toString();
    }

    static byte[] array(List<String> units) {
        return ("[" + String.join(",\n", units) + "]").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] fixture(String name) {
        try (InputStream in = RegisterFiles.class.getResourceAsStream("/fixtures/enterprises/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
