package no.kongsberg.vekst.population;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.ImportRuns;
import org.junit.jupiter.api.Test;

/**
 * Population imports through the API: dry run, commit, idempotency, updates with audit, rejection
 * writing nothing, former codes, missing-value symbols, flags and their review, background runs.
 * Each test works on its own municipality so the tests stay independent.
 */
@QuarkusTest
class PopulationImportApiTest {

    private static ExtractableResponse<Response> importCsv(String csv, boolean dryRun, int status) {
        return Api.as("editor").contentType("text/csv").queryParam("dryRun", dryRun).queryParam("source", "test.csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/population/imports")
                .then().statusCode(status).extract();
    }

    private static ExtractableResponse<Response> rejectedCsv(String csv) {
        return Api.lenientAs("editor").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/population/imports").then().statusCode(422).contentType("application/problem+json").extract();
    }

    private static List<Object> stocks(String code, String variant) {
        return Api.as("viewer").queryParam("municipality", code).queryParam("variant", variant)
                .get("/api/v1/population/series").then().statusCode(200).extract().path("points");
    }

    @Test
    void aDryRunPreviewsAndWritesNothingThenTheCommitWrites() {
        String csv = "municipality;date;variant;population\n3334;2023-01-01;official;2700\n3334;2024-01-01;official;2720\n";
        importCsv(csv, true, 200).response().then()
                .body("dryRun", equalTo(true)).body("status", equalTo("completed"))
                .body("counts.inserted", equalTo(2)).body("counts.updated", equalTo(0)).body("counts.unchanged", equalTo(0));
        assertEquals(List.of(), stocks("3334", "official"));

        var committed = importCsv(csv, false, 201);
        String location = committed.header("Location");
        committed.response().then().body("dryRun", equalTo(false)).body("counts.inserted", equalTo(2))
                .body("createdBy", equalTo("editor")).body("source", equalTo("test.csv"));
        Api.as("editor").get(location).then().statusCode(200).body("status", equalTo("completed"))
                .body("progress.processed", equalTo(2));
        Api.as("viewer").queryParam("municipality", "3334").queryParam("variant", "official")
                .get("/api/v1/population/series").then().statusCode(200)
                .body("points[0].period", equalTo("2023")).body("points[0].growth", equalTo(20))
                .body("points[0].growthPercent", equalTo(0.74f));
        Api.as("admin").queryParam("entity", "import-run").queryParam("id", committed.<String>path("id"))
                .get("/api/v1/audit").then().statusCode(200).body("items[0].action", equalTo("import"))
                .body("items[0].changes.inserted.after", equalTo(2));
    }

    @Test
    void importingTheSameFileTwiceChangesNothingAndAChangedValueIsAnAuditedUpdate() {
        String csv = "municipality;date;variant;population\n3336;2022-01-01;corrected;1380\n3336;2023-01-01;corrected;1390\n";
        importCsv(csv, false, 201);
        importCsv(csv, false, 201).response().then()
                .body("counts.inserted", equalTo(0)).body("counts.updated", equalTo(0)).body("counts.unchanged", equalTo(2))
                .body("counts.flagged", equalTo(0));
        importCsv("municipality,date,variant,population\n3336,2023-01-01,corrected,1395\n", false, 201).response().then()
                .body("counts.updated", equalTo(1)).body("counts.inserted", equalTo(0));
        Api.as("admin").queryParam("entity", "population-stock").queryParam("id", "3336/2023-01-01/corrected")
                .get("/api/v1/audit").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].actor", equalTo("editor"))
                .body("items[0].changes.population.before", equalTo(1390))
                .body("items[0].changes.population.after", equalTo(1395));
    }

    @Test
    void oneBadRowRejectsTheWholeFileAndTheRunIsRecorded() {
        String csv = "municipality;date;variant;population\n3338;2023-01-01;official;2500\n3338;2024-13-01;official;2510\n"
                + "9999;2024-01-01;official;10\n3338;2022-01-01;guessed;x\n";
        var rejected = rejectedCsv(csv);
        rejected.response().then().body("code", equalTo("import-rejected"))
                .body("errors.field", hasItem("rows[3].date"))
                .body("errors.field", hasItem("rows[5].variant"))
                .body("errors.field", hasItem("rows[5].population"))
                .body("errors.field", hasItem("rows[4].municipality"))
                .body("runId", notNullValue());
        assertEquals(List.of(), stocks("3338", "official"));
        Api.as("editor").get("/api/v1/imports/" + rejected.path("runId")).then().statusCode(200)
                .body("status", equalTo("rejected")).body("counts.rejected", equalTo(4))
                .body("errors.code", hasItem("invalid"));
        // An unknown municipality is rejected too (CSV files do not name their regions).
        rejectedCsv("municipality;date;variant;population\n9999;2024-01-01;official;10\n").response().then()
                .body("errors[0].field", equalTo("rows[2].municipality"))
                .body("errors[0].code", equalTo("unknown-municipality"));
        Api.as("editor").queryParam("status", "rejected").get("/api/v1/imports").then().statusCode(200)
                .body("items.id", hasItem(rejected.<String>path("runId")));
    }

    @Test
    void badHeadersAreRejected() {
        rejectedCsv("municipality;date;variant;people\n3338;2023-01-01;official;2500\n").response().then()
                .body("errors.code", hasItem("unknown-field")).body("errors.code", hasItem("required"));
        rejectedCsv("").response().then().body("errors[0].code", equalTo("required"));
        rejectedCsv("municipality;period;variant\n4005;2023;official\n").response().then()
                .body("errors[0].code", equalTo("required"));
    }

    @Test
    void formerCodesFindTheMunicipalityAndFlowsKeepMissingReasons() {
        String csv = "\uFEFFmunicipality;period;variant;populationStart;births;deaths;emigration;netMigration;growth;populationEnd\n"
                + "0807;2019;official;12700;110;150;..;:;.;12680\n"
                + "3808;2020;official;12680;105;140;20;35;0;12680\n";
        importCsv(csv, false, 201).response().then().body("counts.inserted", equalTo(13));
        Api.as("viewer").queryParam("municipality", "4005").queryParam("variant", "official")
                .get("/api/v1/population/flows").then().statusCode(200)
                .body("municipality.name", equalTo("Notodden"))
                .body("items", hasSize(2))
                .body("items[0].period", equalTo("2019"))
                .body("items[0].births", equalTo(110))
                .body("items[0].emigration", nullValue())
                .body("items[0].missing.emigration", equalTo(".."))
                .body("items[0].missing.netMigration", equalTo(":"))
                .body("items[0].missing.growth", equalTo("."))
                .body("items[1].growth", equalTo(0));
        Api.as("viewer").queryParam("municipality", "0807").queryParam("variant", "official")
                .get("/api/v1/population/series").then().statusCode(200)
                .body("points.period", hasItem("2019")).body("points[0].populationStart", equalTo(12700));
    }

    @Test
    void implausibleChangesAreFlaggedAndCanBeAcceptedOrCorrected() {
        var run = importCsv("municipality;date;variant;population\n4024;2022-01-01;official;1580\n4024;2023-01-01;official;1700\n"
                + "4024;2024-01-01;official;1705\n", false, 201);
        run.response().then().body("counts.flagged", equalTo(1))
                .body("warnings[0].code", equalTo("implausible-change"))
                .body("warnings[0].row", equalTo(3));
        List<Map<String, Object>> open = Api.as("editor").queryParam("status", "open").queryParam("municipality", "4024")
                .get("/api/v1/population/flags").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].rule", equalTo("implausible-change")).body("items[0].at", equalTo("2023-01-01"))
                .body("items[0].value", equalTo(1700)).body("items[0].municipality.name", equalTo("Hjartdal"))
                .extract().path("items");
        String flagId = (String) open.get(0).get("id");

        Api.as("editor").body(Map.of("value", 1600, "comment", "Typo in the file")).post("/api/v1/population/flags/" + flagId + "/correct")
                .then().statusCode(200).body("status", equalTo("corrected")).body("resolvedBy", equalTo("editor"))
                .body("value", equalTo(1600));
        Api.as("viewer").queryParam("municipality", "4024").queryParam("variant", "official").get("/api/v1/population/series")
                .then().body("points.find { it.period == '2022' }.populationEnd", equalTo(1600));
        Api.lenientAs("editor").body(Map.of("comment", "again")).post("/api/v1/population/flags/" + flagId + "/accept")
                .then().statusCode(409).body("errors[0].code", equalTo("already-resolved"));
        Api.as("admin").queryParam("entity", "population-stock").queryParam("id", "4024/2023-01-01/official")
                .get("/api/v1/audit").then().body("items[0].changes.population.after", equalTo(1600));

        // Accepting a flag: importing the same figures again does not raise it again.
        importCsv("municipality;date;variant;population\n4026;2022-01-01;official;5900\n4026;2023-01-01;official;5300\n",
                false, 201).response().then().body("counts.flagged", equalTo(1));
        String second = Api.as("editor").queryParam("status", "open").queryParam("municipality", "4026")
                .get("/api/v1/population/flags").then().extract().path("items[0].id");
        Api.as("editor").body(Map.of("comment", "A boundary change moved 600 residents")).post("/api/v1/population/flags/" + second + "/accept")
                .then().statusCode(200).body("status", equalTo("accepted")).body("comment", equalTo("A boundary change moved 600 residents"));
        importCsv("municipality;date;variant;population\n4026;2022-01-01;official;5900\n4026;2023-01-01;official;5300\n",
                false, 201).response().then().body("counts.flagged", equalTo(0)).body("counts.unchanged", equalTo(2));
        Api.lenientAs("editor").body(Map.of("comment", "")).post("/api/v1/population/flags/" + second + "/accept")
                .then().statusCode(400).body("errors[0].field", equalTo("comment"));
        Api.lenientAs("editor").body(Map.of("comment", "x")).post("/api/v1/population/flags/" + java.util.UUID.randomUUID() + "/accept")
                .then().statusCode(404);
        Api.lenientAs("editor").body(Map.of("value", -5, "comment", "x")).post("/api/v1/population/flags/" + second + "/correct")
                .then().statusCode(409);
    }

    @Test
    void residualsBetweenStocksAndFlowsAreAdjustmentsAndLargeOnesSeriesBreaks() {
        // 2021: 8000 + 50 - 40 + 10 = 8020, stored 8025: residual 5, below max(10, 8) → no flag.
        // 2022: 8025 + 40 - 45 + 5 = 8025, stored 8400: residual 375 → series break.
        String csv = "municipality;period;variant;populationStart;births;deaths;netMigration;populationEnd\n"
                + "3332;2021;corrected;8000;50;40;10;8025\n"
                + "3332;2022;corrected;8025;40;45;5;8400\n";
        importCsv(csv, false, 201).response().then().body("counts.flagged", equalTo(1))
                .body("warnings[0].code", equalTo("series-break"))
                .body("warnings[0].row", equalTo(3))
                .body("warnings[0].message", containsString("375"));
        Api.as("editor").queryParam("municipality", "3332").get("/api/v1/population/flags").then().statusCode(200)
                .body("items[0].rule", equalTo("series-break")).body("items[0].adjustment", equalTo(375))
                .body("items[0].at", equalTo("2023-01-01"));
    }

    @Test
    void multipartUploadsWork() {
        // The contract validator cannot read multipart bodies, so only the response is validated here.
        Api.lenientAs("admin").contentType("multipart/form-data")
                .multiPart("file", "sigdal.csv", "municipality;date;variant;population\n3332;2015-01-01;official;3500\n"
                        .getBytes(StandardCharsets.UTF_8), "text/csv")
                .queryParam("dryRun", "true")
                .post("/api/v1/population/imports").then().statusCode(200)
                .body("source", equalTo("sigdal.csv")).body("counts.inserted", equalTo(1));
        Api.lenientAs("admin").contentType("multipart/form-data").multiPart("other", "x").post("/api/v1/population/imports")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    void aLargeFileRunsInTheBackgroundWithProgress() throws Exception {
        StringBuilder csv = new StringBuilder("municipality;date;variant;population\n");
        for (int year = 1800; year < 2020; year++) {
            for (String code : List.of("1101", "1103", "1106", "1108")) {
                csv.append(code).append(';').append(year).append("-01-01;official;").append(10000 + year).append('\n');
            }
        }
        assertTrue(csv.length() > 20000);
        var queued = importCsv(csv.toString(), false, 202);
        ImportRuns.awaitFinished(queued.header("Location")).body("status", equalTo("completed"))
                .body("counts.inserted", equalTo(880)).body("progress.processed", equalTo(880));
    }

    /** The README's example files stay valid: their dry runs reject nothing and flag nothing. */
    @Test
    void theDocumentedExampleFilesImport() throws java.io.IOException {
        for (String name : List.of("population-flows.csv", "population-stocks.csv")) {
            byte[] file = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "docs", "examples", name));
            Api.as("editor").contentType("text/csv").queryParam("dryRun", "true").body(file)
                    .post("/api/v1/population/imports").then().statusCode(200)
                    .body("counts.rejected", equalTo(0)).body("counts.flagged", equalTo(0));
        }
    }

    @Test
    void importsListsRunsAndBadParametersAre400() {
        Api.as("admin").queryParam("kind", "population").get("/api/v1/imports").then().statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.everyItem(equalTo("population")));
        Api.lenientAs("editor").queryParam("status", "done").get("/api/v1/imports").then().statusCode(400);
        Api.lenientAs("editor").queryParam("dryRun", "maybe").contentType("text/csv").body("x")
                .post("/api/v1/population/imports").then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        Api.lenientAs("editor").get("/api/v1/imports/" + java.util.UUID.randomUUID()).then().statusCode(404);
        Api.lenientAs("editor").contentType("text/plain").body("x").post("/api/v1/population/imports").then().statusCode(415);
        Api.lenientAs("viewer").queryParam("municipality", "3303").queryParam("granularity", "month")
                .get("/api/v1/population/flows").then().statusCode(400);
        Api.lenientAs("editor").queryParam("status", "closed").get("/api/v1/population/flags").then().statusCode(400);
    }
}
