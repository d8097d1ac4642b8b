package no.kongsberg.vekst.jobs.enterprises;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.ImportRuns;
import org.junit.jupiter.api.Test;

/**
 * Enterprise imports through the API in the register's own shapes: a search page, the gzipped
 * bulk download, the update stream; rejection writing nothing, dry runs, idempotency, audited
 * updates, the update stream's cursor. Units lie in Flå (3320), Nesbyen (3322) and Gol (3324),
 * which no other test class uses for enterprises.
 */
@QuarkusTest
class EnterpriseImportApiTest {

    private static final String IMPORTS = "/api/v1/jobs/enterprises/imports";

    private static ValidatableResponse importJson(byte[] body, boolean dryRun, int status) {
        return Api.as("editor").contentType("application/json").queryParam("dryRun", dryRun).body(body)
                .post(IMPORTS).then().statusCode(status);
    }

    private static ValidatableResponse unit(String number) {
        return Api.as("viewer").queryParam("q", number).get("/api/v1/jobs/enterprises/units").then().statusCode(200);
    }

    @Test
    void aSearchPageImportsOnceAndTheUpdateStreamDeletesAndChangesUnits() {
        byte[] page = RegisterFiles.fixture("search-page.json");
        importJson(page, true, 200).body("dryRun", equalTo(true)).body("kind", equalTo("enterprises"))
                .body("counts.inserted", equalTo(6));
        unit("911000008").body("total", equalTo(0));

        importJson(page, false, 201).body("counts.inserted", equalTo(6)).body("counts.updated", equalTo(0))
                .body("source", equalTo("enheter.json"))
                .body("warnings.code", hasItems("unknown-municipality", "no-business-address"));
        importJson(page, false, 201).body("counts.inserted", equalTo(0)).body("counts.updated", equalTo(0))
                .body("counts.unchanged", equalTo(6));

        unit("911000008").body("total", equalTo(1)).body("items[0].name", equalTo("Flå Fjellbakeri AS (test)"))
                .body("items[0].organisationForm", equalTo("AS")).body("items[0].registeredOn", equalTo("2023-03-14"))
                .body("items[0].foundedOn", equalTo("2023-02-20")).body("items[0].naceCode", equalTo("10.710"))
                .body("items[0].section", equalTo("C")).body("items[0].municipality.code", equalTo("3320"))
                .body("items[0].municipality.name", equalTo("Flå")).body("items[0].employees", equalTo(4))
                .body("items[0].deletedOn", nullValue());
        // An unknown code is kept without a municipality; a unit with only a postal address has none.
        unit("911000059").body("items[0].municipality", nullValue()).body("items[0].municipalityCode", equalTo("9998"))
                .body("items[0].section", equalTo("G"));
        unit("911000032").body("items[0].municipalityCode", nullValue()).body("items[0].section", nullValue());
        unit("911000040").body("items[0].deletedOn", equalTo("2025-02-01"));

        // A changed unit is one audited update.
        byte[] renamed = new String(page, StandardCharsets.UTF_8)
                .replace("Vikingfjell Utleie AS (test)", "Vikingfjell Hytteutleie AS (test)").getBytes(StandardCharsets.UTF_8);
        importJson(renamed, false, 201).body("counts.updated", equalTo(1)).body("counts.unchanged", equalTo(5));
        Api.as("admin").queryParam("entity", "enterprise-unit").queryParam("id", "911000040").get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].actor", equalTo("editor"))
                .body("items[0].changes.name.before", equalTo("Vikingfjell Utleie AS (test)"))
                .body("items[0].changes.name.after", equalTo("Vikingfjell Hytteutleie AS (test)"))
                .body("items[0].changes.registeredOn", nullValue());

        // The update stream: a change with its JSON Patch, a deletion, a move, and a new unit without its changes.
        byte[] updates = RegisterFiles.fixture("updates-page.json");
        importJson(updates, false, 201).body("counts.updated", equalTo(3)).body("counts.unchanged", equalTo(2))
                .body("counts.inserted", equalTo(1)).body("warnings.code", hasItems("changes-not-included", "unit-not-stored"));
        unit("911000105").body("items[0].name", equalTo("Flå Ny Kiosk (test)")).body("items[0].municipality.code", equalTo("3320"))
                .body("items[0].registeredOn", equalTo("2025-03-10")).body("items[0].section", equalTo("G"));
        unit("911000113").body("total", equalTo(0));
        unit("911000008").body("items[0].name", equalTo("Flå Fjellbakeri og Kafé AS (test)")).body("items[0].employees", equalTo(6))
                .body("items[0].deletedOn", nullValue());
        // Deleted at 00:30 on 11 March in Norway (23:30 UTC the day before).
        unit("911000016").body("items[0].deletedOn", equalTo("2025-03-11"));
        unit("911000024").body("items[0].municipality.code", equalTo("3324")).body("items[0].naceCode", equalTo("43.222"))
                .body("items[0].section", equalTo("F"));
        unit("911000091").body("total", equalTo(0));
        Api.as("admin").queryParam("entity", "enterprise-unit").queryParam("id", "911000016").get("/api/v1/audit")
                .then().statusCode(200).body("items[0].changes.deletedOn.before", nullValue())
                .body("items[0].changes.deletedOn.after", equalTo("2025-03-11"));
        Api.as("viewer").get("/api/v1/jobs/enterprises/register").then().statusCode(200)
                .body("lastUpdateId", equalTo(23456790)).body("lastUpdateAt", equalTo("2025-03-11T06:15:00Z"))
                .body("lastImportAt", notNullValue()).body("units", greaterThanOrEqualTo(6))
                .body("deleted", greaterThanOrEqualTo(2));

        // The same page again changes nothing: every update is older than its unit's last one.
        importJson(updates, false, 201).body("counts.updated", equalTo(0)).body("counts.unchanged", equalTo(6))
                .body("counts.inserted", equalTo(0));
        // An older page never moves the cursor back.
        String older = "{\"_embedded\":{\"oppdaterteEnheter\":[{\"oppdateringsid\":1000,\"dato\":\"2020-01-01T00:00:00Z\","
                + "\"organisasjonsnummer\":\"911000008\",\"endringstype\":\"Sletting\"}]}}";
        importJson(older.getBytes(StandardCharsets.UTF_8), false, 201).body("counts.unchanged", equalTo(1));
        Api.as("viewer").get("/api/v1/jobs/enterprises/register").then().statusCode(200).body("lastUpdateId", equalTo(23456790));
    }

    @Test
    void aFileWithAnInvalidUnitIsRejectedAndWritesNothing() {
        Api.lenientAs("editor").contentType("application/json").body(RegisterFiles.fixture("search-page-invalid.json"))
                .post(IMPORTS).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("import-rejected"))
                .body("errors.field", hasItems("rows[2].organisasjonsnummer", "rows[3].registreringsdatoEnhetsregisteret"))
                .body("errors.find { it.field == 'rows[2].organisasjonsnummer' }.code", equalTo("invalid-organisation-number"))
                .body("errors.find { it.field == 'rows[3].registreringsdatoEnhetsregisteret' }.code", equalTo("invalid-date"));
        unit("911000067").body("total", equalTo(0));

        Api.lenientAs("editor").contentType("application/json").body("{\"_embedded\": {\"enheter\": [{\"organisasjonsnummer\": ")
                .post(IMPORTS).then().statusCode(422).body("errors[0].field", equalTo("file"))
                .body("errors[0].code", equalTo("invalid-json"));
        Api.lenientAs("editor").contentType("application/json").body("[1, 2]")
                .post(IMPORTS).then().statusCode(422).body("errors[0].field", equalTo("file"));
        String badUpdate = "{\"_embedded\":{\"oppdaterteEnheter\":[{\"oppdateringsid\":5,\"dato\":\"yesterday\","
                + "\"organisasjonsnummer\":\"123456789\",\"endringstype\":\"Flyttet\"}]}}";
        Api.lenientAs("editor").contentType("application/json").body(badUpdate).post(IMPORTS).then().statusCode(422)
                .body("errors.field", hasItems("rows[1].dato", "rows[1].organisasjonsnummer", "rows[1].endringstype"));
    }

    @Test
    void theGzippedBulkDownloadIsStreamedFromAnyBodyShape() {
        List<String> numbers = RegisterFiles.numbers(91200000, 40);
        List<String> units = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            units.add(RegisterFiles.unit(numbers.get(i), "Gol Bulk " + i + " AS (test)", i % 4 == 0 ? "ENK" : "AS",
                    "2024-0" + (1 + i % 9) + "-15", i % 5 == 0 ? null : "55.101", "3324", i, i % 10 == 0 ? "2025-06-30" : null));
        }
        byte[] gz = RegisterFiles.gzip(RegisterFiles.array(units));
        Api.as("editor").contentType("application/gzip").queryParam("dryRun", true).body(gz).post(IMPORTS).then().statusCode(200)
                .body("counts.inserted", equalTo(40)).body("progress.processed", equalTo(40));
        Api.as("editor").contentType("application/gzip").body(gz).post(IMPORTS).then().statusCode(201)
                .body("counts.inserted", equalTo(40)).body("source", equalTo("enheter.json.gz"));
        // The contract validator cannot read multipart or gzipped bodies sent under other types: only responses are validated.
        Api.lenientAs("editor").contentType("multipart/form-data").multiPart("file", "enheter_2025-06-30.json.gz", gz, "application/gzip")
                .post(IMPORTS).then().statusCode(201).body("counts.unchanged", equalTo(40))
                .body("source", equalTo("enheter_2025-06-30.json.gz"));
        Api.lenientAs("admin").contentType("application/json").body(gz).post(IMPORTS).then().statusCode(201)
                .body("counts.unchanged", equalTo(40));
        Api.lenientAs("admin").contentType("application/octet-stream").body(gz).post(IMPORTS).then().statusCode(201)
                .body("counts.unchanged", equalTo(40));
        Api.lenientAs("admin").contentType("text/plain").body("hello").post(IMPORTS).then().statusCode(415);

        Api.as("viewer").queryParam("q", "Gol Bulk").queryParam("status", "deleted").get("/api/v1/jobs/enterprises/units")
                .then().statusCode(200).body("total", equalTo(4)).body("items[0].deletedOn", equalTo("2025-06-30"));
        Api.as("viewer").queryParam("q", "gol bulk 1 ").get("/api/v1/jobs/enterprises/units").then().statusCode(200);
        Api.as("viewer").queryParam("q", "gol bulk").queryParam("section", "I").queryParam("size", "100")
                .get("/api/v1/jobs/enterprises/units").then().statusCode(200).body("total", equalTo(32));

        byte[] broken = java.util.Arrays.copyOf(gz, gz.length / 2);
        Api.lenientAs("editor").contentType("application/gzip").body(broken).post(IMPORTS).then().statusCode(422)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void aLargeFileRunsInTheBackground() throws InterruptedException {
        // Units abroad (no business address): large enough for the test profile's background threshold, counted in no municipality.
        List<String> numbers = RegisterFiles.numbers(93100000, 120);
        List<String> units = new ArrayList<>();
        for (String number : numbers) {
            units.add(RegisterFiles.unit(number, "Utenlandsk Filial " + number + " NUF (test)", "NUF", "2022-02-02", "46.190", null, null, null));
        }
        String location = importJson(RegisterFiles.array(units), false, 202).body("status", org.hamcrest.Matchers.oneOf("queued", "running"))
                .extract().header("Location");
        ImportRuns.awaitFinished(location).body("status", equalTo("completed"))
                .body("counts.inserted", equalTo(120)).body("warnings.code", hasItem("no-business-address"));
        unit(numbers.get(0)).body("items[0].municipalityCode", nullValue()).body("items[0].section", equalTo("G"));
    }

    @Test
    void badParametersAndWrongRolesAreRefused() {
        byte[] page = RegisterFiles.fixture("search-page.json");
        Api.lenientAs("editor").contentType("application/json").queryParam("dryRun", "yes").body(page).post(IMPORTS)
                .then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        Api.lenientAs("editor").contentType("application/json").queryParam("classification", "SN1994").body(page).post(IMPORTS)
                .then().statusCode(400).body("errors[0].field", equalTo("classification"));
        Api.lenientAs("editor").contentType("application/json").queryParam("source", "x".repeat(201)).body(page).post(IMPORTS)
                .then().statusCode(400).body("errors[0].field", equalTo("source"));
        Api.as("viewer").contentType("application/json").body(page).post(IMPORTS).then().statusCode(403);
        Api.as("partner").contentType("application/json").body(page).post(IMPORTS).then().statusCode(403);
        Api.anonymous().contentType("application/json").body(page).post(IMPORTS).then().statusCode(401);
        Api.lenientAs("viewer").contentType("text/plain").body("x").post(IMPORTS).then().statusCode(403);

        Api.as("partner").get("/api/v1/jobs/enterprises/units").then().statusCode(403);
        Api.as("partner").get("/api/v1/jobs/enterprises/register").then().statusCode(403);
        Api.anonymous().get("/api/v1/jobs/enterprises/units").then().statusCode(401);
        Api.anonymous().get("/api/v1/jobs/enterprises/register").then().statusCode(401);
        Api.anonymous().get("/api/v1/jobs/enterprises").then().statusCode(401);
        Api.anonymous().queryParam("region", "kongsbergregionen").get("/api/v1/jobs/enterprises/comparison").then().statusCode(401);
    }
}
