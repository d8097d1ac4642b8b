package no.kongsberg.vekst.bulk;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.ImportRuns;
import org.junit.jupiter.api.Test;

/**
 * Bulk downloads through the API: each dataset's CSV and JSON-stat2 go back through Vekst's own
 * import unchanged (nothing inserted, updated or rejected), the CSV is Excel's (BOM, `;`), the
 * filters narrow the rows, bad filters are 400 and a large download streams. The tests own
 * Hamar (3403), Lillehammer (3405), Gjøvik (3407) and Hjartdal (4024, formerly 0827).
 */
@QuarkusTest
class BulkApiTest {

    private static final String BOM = "\uFEFF";

    private static ExtractableResponse<Response> importFile(String path, String type, byte[] body, boolean dryRun,
            Map<String, String> params) {
        RequestSpecification request = Api.as("editor").contentType(type).queryParam("dryRun", dryRun).queryParams(params);
        return request.body(body).post(path).then().statusCode(dryRun ? 200 : 201).extract();
    }

    /** Imports the CSV (a large one runs in the background); how many values are stored. */
    private static int stored(String importPath, String csv) {
        ExtractableResponse<Response> run = Api.as("editor").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post(importPath).then().statusCode(anyOf(equalTo(201), equalTo(202))).extract();
        if (run.statusCode() == 202) {
            try {
                run = ImportRuns.awaitFinished(run.header("Location")).body("status", equalTo("completed")).extract();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        return run.<Integer>path("counts.inserted") + run.<Integer>path("counts.unchanged") + run.<Integer>path("counts.updated");
    }

    /** Posts a download back to its import as a dry run: every value unchanged. */
    private static void roundTrip(String importPath, String type, byte[] download, int values, Map<String, String> params) {
        importFile(importPath, type, download, true, params).response().then()
                .body("counts.inserted", equalTo(0)).body("counts.updated", equalTo(0)).body("counts.rejected", equalTo(0))
                .body("counts.unchanged", equalTo(values));
    }

    private static ExtractableResponse<Response> csv(String dataset, Map<String, ?> params) {
        return Api.as("viewer").accept("text/csv").queryParams(params).get("/api/v1/bulk/" + dataset).then().statusCode(200)
                .contentType(containsString("text/csv")).header("Link", equalTo("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\""))
                .header("Content-Disposition", containsString("attachment; filename=\"vekst-" + dataset + "-")).extract();
    }

    private static ExtractableResponse<Response> jsonStat(String dataset, Map<String, ?> params) {
        return Api.as("viewer").queryParam("format", "json-stat2").queryParams(params).get("/api/v1/bulk/" + dataset).then()
                .statusCode(200).contentType(containsString("application/json"))
                .body("class", equalTo("dataset")).body("source", containsString("Statistics Norway (SSB)"))
                .body("extension.license.name", equalTo("CC BY 4.0"))
                .body("extension.license.url", equalTo("https://creativecommons.org/licenses/by/4.0/")).extract();
    }

    private static List<String> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(BOM), "a byte-order mark first");
        return Arrays.asList(text.substring(1).split("\r\n"));
    }

    @Test
    void populationGoesBackThroughItsImportUnchanged() {
        String header = "municipality;period;variant;populationStart;births;deaths;inMigration;outMigration;immigration;emigration;"
                + "netMigration;growth;populationEnd";
        int values = stored("/api/v1/population/imports", header + "\n"
                + "3403;2021;official;31500;300;280;1500;1600;200;100;0;20;31520\n"
                + "3403;2022;official;31520;290;300;1400;1500;150;60;-10;-20;31500\n"
                + "3403;2023-Q1;official;31500;70;80;..;:;40;10;.;..;\n"
                + "3403;2022;corrected;31400;;;;;;;;;31380\n");

        byte[] file = csv("population", Map.of("municipality", "3403")).asByteArray();
        List<String> lines = lines(file);
        assertEquals(header, lines.get(0));
        assertTrue(lines.contains("3403;2022;official;31520;290;300;1400;1500;150;60;-10;-20;31500"), lines.toString());
        assertTrue(lines.contains("3403;2023-Q1;official;31500;70;80;..;:;40;10;.;..;"), lines.toString());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("3403;")));
        roundTrip("/api/v1/population/imports", "text/csv", file, values, Map.of());

        // JSON-stat2 holds one variant; each goes back with its own.
        byte[] official = jsonStat("population", Map.of("municipality", "3403")).asByteArray();
        byte[] corrected = jsonStat("population", Map.of("municipality", "3403", "variant", "corrected")).asByteArray();
        assertTrue(new String(corrected, StandardCharsets.UTF_8).contains("corrections by the municipality"));
        roundTrip("/api/v1/population/imports", "application/json", official, values - 2, Map.of());
        roundTrip("/api/v1/population/imports", "application/json", corrected, 2, Map.of("variant", "corrected"));

        // Years narrow the rows: only 2022's.
        List<String> y2022 = lines(csv("population", Map.of("municipality", "3403", "from", "2022", "to", "2022")).asByteArray());
        assertTrue(y2022.stream().skip(1).allMatch(l -> l.startsWith("3403;2022;")), y2022.toString());
        assertEquals(3, y2022.size());
    }

    @Test
    void employmentGoesBackThroughItsImportUnchanged() {
        int values = stored("/api/v1/jobs/employment/imports", "municipality;year;basis;classification;industry;ownership;persons\n"
                + "3405;2023;workplace;;total;all;14100\n3405;2023;workplace;;total;private;9800\n3405;2023;workplace;;total;public;4300\n"
                + "3405;2023;workplace;SN2007;C;all;900\n3405;2023;workplace;SN2007;Q;public;:\n3405;2023;residence;;total;all;14600\n"
                + "3405;2024;workplace;;total;all;..\n3405;2024;workplace;SN2025;C;all;950\n");

        byte[] file = csv("employment", Map.of("municipality", "3405")).asByteArray();
        List<String> lines = lines(file);
        assertEquals("municipality;year;basis;classification;industry;ownership;persons", lines.get(0));
        assertTrue(lines.contains("3405;2023;workplace;;total;all;14100"), lines.toString());
        assertTrue(lines.contains("3405;2023;workplace;SN2007;Q;public;:"), lines.toString());
        assertEquals(values + 1, lines.size());
        roundTrip("/api/v1/jobs/employment/imports", "text/csv", file, values, Map.of());

        // JSON-stat2 holds one classification besides the totals: SN2007 by default.
        roundTrip("/api/v1/jobs/employment/imports", "application/json",
                jsonStat("employment", Map.of("municipality", "3405")).asByteArray(), values - 1, Map.of());
        roundTrip("/api/v1/jobs/employment/imports", "application/json",
                jsonStat("employment", Map.of("municipality", "3405", "classification", "SN2025")).asByteArray(), values - 2, Map.of());
        assertEquals(List.of("3405;2024;workplace;SN2025;C;all;950"),
                lines(csv("employment", Map.of("municipality", "3405", "classification", "SN2025", "from", "2024")).asByteArray())
                        .stream().skip(1).filter(l -> !l.contains(";total;")).toList());
    }

    @Test
    void commutingGoesBackThroughItsImportUnchangedAndAPlaceTakesFlowsBothWays() {
        int values = stored("/api/v1/jobs/commuting/imports", "residence;workplace;year;persons\n"
                + "3407;3407;2022;12000\n3407;3403;2022;800\n3403;3407;2022;350\n3405;3407;2022;:\n"
                + "3407;3407;2023;12100\n3407;3403;2023;820\n3405;3403;2023;60\n");
        byte[] file = csv("commuting", Map.of("municipality", "3407")).asByteArray();
        List<String> lines = lines(file);
        assertEquals("residence;workplace;year;persons", lines.get(0));
        assertTrue(lines.contains("3405;3407;2022;:"), lines.toString());
        assertFalse(lines.contains("3405;3403;2023;60"), "a flow that neither starts nor ends in Gjøvik");
        roundTrip("/api/v1/jobs/commuting/imports", "text/csv", file, values - 1, Map.of());
        roundTrip("/api/v1/jobs/commuting/imports", "application/json",
                jsonStat("commuting", Map.of("municipality", "3407")).asByteArray(), values - 1, Map.of());
        assertEquals(3, lines(csv("commuting", Map.of("municipality", "3407", "from", "2023")).asByteArray()).size());
    }

    @Test
    void aFormerCodeARegionAndTheAcceptHeaderChooseTheRows() {
        stored("/api/v1/population/imports", "municipality;date;variant;population\n0827;2019-01-01;official;1590\n4024;2024-01-01;official;1570\n");
        List<String> byOldCode = lines(csv("population", Map.of("municipality", "0827")).asByteArray());
        assertEquals(List.of("4024;2019;official;1590;;;;;;;;;", "4024;2024;official;1570;;;;;;;;;"), byOldCode.subList(1, byOldCode.size()));

        List<String> region = lines(csv("population", Map.of("region", "kongsbergregionen")).asByteArray());
        assertTrue(region.contains("4024;2019;official;1590;;;;;;;;;"));
        List<String> members = List.of("3303", "3332", "3334", "3336", "3338", "4005", "4024", "4026");
        assertTrue(region.stream().skip(1).allMatch(l -> members.contains(l.substring(0, 4))), region.toString());

        List<String> two = lines(Api.as("viewer").accept("text/csv").queryParam("municipality", "0827,3403").queryParam("to", "2021")
                .get("/api/v1/bulk/population").then().statusCode(200).extract().asByteArray());
        assertTrue(two.contains("4024;2019;official;1590;;;;;;;;;") && two.stream().anyMatch(l -> l.startsWith("3403;2021;")), two.toString());

        Api.as("viewer").accept("application/json").get("/api/v1/bulk/commuting?municipality=3407").then().statusCode(200)
                .body("id[0]", equalTo("Bokommuen")).header("Content-Disposition", containsString(".json\""));
    }

    @Test
    void badFiltersAre400AndAnonymousIsRefused() {
        for (Map<String, String> bad : List.of(Map.of("municipality", "33"), Map.of("municipality", "9998"),
                Map.of("region", "nowhere"), Map.of("from", "2024", "to", "2020"), Map.of("from", "twenty"),
                Map.of("format", "xlsx"), Map.of("variant", "guessed"))) {
            String field = bad.containsKey("from") ? "from" : bad.keySet().iterator().next();
            Api.lenientAs("viewer").queryParams(bad).get("/api/v1/bulk/population").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(field));
        }
        Api.lenientAs("viewer").queryParam("classification", "NACE1").get("/api/v1/bulk/employment").then().statusCode(400)
                .body("errors[0].field", equalTo("classification"));
        Api.lenient().get("/api/v1/bulk/commuting").then().statusCode(401);
        Api.as("partner").accept("text/csv").get("/api/v1/bulk/commuting?municipality=3407").then().statusCode(200);
    }

    @Test
    void aDownloadOfManyThousandRowsStreamsAndGoesBackUnchanged() {
        List<String> codes = Api.as("viewer").queryParam("size", 200).get("/api/v1/municipalities").then().statusCode(200).extract()
                .path("items.code");
        List<String> places = codes.subList(0, 120);
        StringBuilder flows = new StringBuilder("residence;workplace;year;persons\n");
        // Years no other test imports commuting for (CommutingApiTest writes 1950-2024), so the
        // download holds exactly these rows whichever tests ran before.
        for (String year : List.of("1946", "1947")) {
            for (String residence : places) {
                for (String workplace : places) {
                    flows.append(residence).append(';').append(workplace).append(';').append(year).append(';')
                            .append(residence.equals(workplace) ? ":" : String.valueOf(Math.abs((residence + workplace).hashCode()) % 500))
                            .append('\n');
                }
            }
        }
        int values = stored("/api/v1/jobs/commuting/imports", flows.toString());
        assertEquals(2 * 120 * 120, values);
        Map<String, String> years = Map.of("from", "1946", "to", "1947");
        byte[] file = csv("commuting", years).asByteArray();
        assertEquals(values + 1, lines(file).size());
        roundTrip("/api/v1/jobs/commuting/imports", "text/csv", file, values, Map.of());
        roundTrip("/api/v1/jobs/commuting/imports", "application/json", jsonStat("commuting", years).asByteArray(), values, Map.of());
        Api.as("viewer").queryParam("format", "json-stat2").queryParams(years).get("/api/v1/bulk/commuting").then().statusCode(200)
                .body("size[0]", greaterThan(100));
    }
}
