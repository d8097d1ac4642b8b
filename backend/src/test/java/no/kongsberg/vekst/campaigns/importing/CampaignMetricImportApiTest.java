package no.kongsberg.vekst.campaigns.importing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Campaign metric imports through the API: Vekst CSV and GA4 exports, dry runs, idempotency,
 * rejection writing nothing, multipart, and the export read back. Each test makes its own
 * campaigns; dates in the years 2091-2094 are this class's.
 */
@QuarkusTest
class CampaignMetricImportApiTest {

    private static final String IMPORTS = "/api/v1/campaigns/metrics/imports";
    private static final String HEADER = "campaign;date;channel;impressions;reach;clicks;sessions;leads;costNok\n";

    /** A campaign made through the API with the channels meta and web; returns {id, slug}. */
    private static String[] campaign(String name, int year) {
        String slug = name + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Import test " + slug);
        body.put("slug", slug);
        body.put("channels", List.of("meta", "web"));
        body.put("startDate", year + "-01-01");
        body.put("endDate", year + "-12-31");
        body.put("budgetNok", 100000);
        body.put("status", "active");
        String id = Api.as("editor").body(body).post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        return new String[] {id, slug};
    }

    private static ExtractableResponse<Response> importCsv(String csv, Map<String, Object> params, int status) {
        return Api.as("editor").contentType("text/csv").queryParams(params)
                .body(csv.getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then().statusCode(status).extract();
    }

    private static ExtractableResponse<Response> rejected(String csv, Map<String, Object> params) {
        return Api.lenientAs("editor").contentType("text/csv").queryParams(params).body(csv.getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS).then().statusCode(422).contentType("application/problem+json").extract();
    }

    private static List<Map<String, Object>> rows(String campaignId) {
        return Api.as("viewer").get("/api/v1/campaigns/" + campaignId + "/metrics").then().statusCode(200).extract().path("rows");
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    @Test
    void aVekstFileImportsAndTheSameFileAgainChangesNothing() {
        String[] c = campaign("import-twice", 2091);
        String csv = HEADER + c[1] + ";2091-03-02;meta;12 000;8\u00A0000;240;180;6;1 499,50\n"
                + c[1] + ";2091-03-02;web;;;;310;12;\n"
                + c[1] + ";2091-03-03;meta;11000;7500;200;150;4;1400.25\n";
        var created = importCsv(csv, Map.of("source", "march.csv"), 201);
        created.response().then().body("kind", equalTo("campaign-metrics")).body("status", equalTo("completed"))
                .body("dryRun", equalTo(false)).body("source", equalTo("march.csv")).body("createdBy", equalTo("editor"))
                .body("counts.inserted", equalTo(3)).body("counts.updated", equalTo(0)).body("counts.unchanged", equalTo(0))
                .body("counts.rejected", equalTo(0)).body("progress.processed", equalTo(3));
        String location = created.header("Location");
        assertEquals("/api/v1/imports/" + created.path("id"), location.replaceFirst("^https?://[^/]+", ""));
        Api.as("editor").get(location).then().statusCode(200).body("status", equalTo("completed"))
                .body("kind", equalTo("campaign-metrics"));
        Api.as("admin").queryParam("entity", "import-run").queryParam("id", created.<String>path("id"))
                .get("/api/v1/audit").then().statusCode(200).body("items[0].action", equalTo("import"))
                .body("items[0].actor", equalTo("editor")).body("items[0].changes.inserted.after", equalTo(3));

        List<Map<String, Object>> rows = rows(c[0]);
        assertEquals(3, rows.size());
        Map<String, Object> first = rows.get(0);
        assertEquals("2091-03-02", first.get("date"));
        assertEquals("meta", first.get("channel"));
        assertEquals(12000, first.get("impressions"));
        assertEquals(8000, first.get("reach"));
        assertEquals(1499.5, number(first.get("costNok")), 0.001);
        assertEquals("web", rows.get(1).get("channel"));
        assertEquals(310, rows.get(1).get("sessions"));
        assertEquals(null, rows.get(1).get("impressions"));
        assertEquals(1400.25, number(rows.get(2).get("costNok")), 0.001);

        importCsv(csv, Map.of(), 201).response().then().body("counts.inserted", equalTo(0)).body("counts.updated", equalTo(0))
                .body("counts.unchanged", equalTo(3));

        // Comma-separated, columns in another order and in another case, CRLF: one changed value, one row removed.
        importCsv("Channel,Date,CAMPAIGN,sessions,leads\r\nweb,2091-03-02," + c[1] + ",320,12\r\nmeta,2091-03-03," + c[1] + ",,\r\n",
                Map.of(), 201).response().then().body("counts.updated", equalTo(2)).body("counts.inserted", equalTo(0));
        rows = rows(c[0]);
        assertEquals(2, rows.size());
        assertEquals(320, rows.get(1).get("sessions"));
        // The file had no impressions column: the recorded impressions stay.
        assertEquals(12000, rows.get(0).get("impressions"));
        Api.as("admin").queryParam("entity", "campaign-metric").queryParam("id", c[0] + "/2091-03-02/web")
                .get("/api/v1/audit").then().statusCode(200).body("items[0].changes.sessions.after", equalTo(320));
    }

    @Test
    void aDryRunPreviewsWithTheImportsCountsAndWritesNothing() {
        String[] c = campaign("import-dry", 2091);
        importCsv(HEADER + c[1] + ";2091-05-01;meta;100;80;5;4;1;50\n", Map.of(), 201);
        String csv = HEADER + c[1] + ";2091-05-01;meta;100;80;5;4;1;50\n" + c[1] + ";2091-05-01;web;;;;40;2;\n"
                + c[1] + ";2091-05-02;web;;;;45;1;\n";
        var preview = importCsv(csv, Map.of("dryRun", true), 200);
        preview.response().then().body("dryRun", equalTo(true)).body("status", equalTo("completed"))
                .body("counts.inserted", equalTo(2)).body("counts.unchanged", equalTo(1)).body("counts.updated", equalTo(0));
        assertEquals(null, preview.header("Location"));
        assertEquals(1, rows(c[0]).size());
        Api.as("editor").get("/api/v1/imports/" + preview.path("id")).then().statusCode(200).body("dryRun", equalTo(true));

        var real = importCsv(csv, Map.of("dryRun", false), 201);
        assertEquals(preview.<Integer>path("counts.inserted"), real.<Integer>path("counts.inserted"));
        assertEquals(preview.<Integer>path("counts.updated"), real.<Integer>path("counts.updated"));
        assertEquals(preview.<Integer>path("counts.unchanged"), real.<Integer>path("counts.unchanged"));
        assertEquals(3, rows(c[0]).size());
    }

    @Test
    void oneBadRowRejectsTheWholeFileAndTheRunIsRecorded() {
        String[] c = campaign("import-bad", 2092);
        String csv = HEADER + c[1] + ";2092-01-10;meta;100;;;;;\n"
                + c[1] + ";2092-01-11;tv;100;;;;;\n"
                + "no-such-campaign-2092;2092-01-11;meta;100;;;;;\n"
                + c[1] + ";2092-13-01;meta;1x0;;;;;abc\n"
                + c[1] + ";2092-01-10;meta;200;;;;;\n";
        var problem = rejected(csv, Map.of());
        problem.response().then().body("code", equalTo("import-rejected")).body("runId", notNullValue())
                .body("errors.field", hasItem("rows[3].channel")).body("errors.code", hasItem("unknown-channel"))
                .body("errors.field", hasItem("rows[4].campaign")).body("errors.code", hasItem("unknown-campaign"))
                .body("errors.field", hasItem("rows[5].date")).body("errors.field", hasItem("rows[5].impressions"))
                .body("errors.field", hasItem("rows[5].costNok"))
                .body("errors.field", hasItem("rows[6].date")).body("errors.code", hasItem("duplicate"));
        assertEquals(List.of(), rows(c[0]));
        Api.as("editor").get("/api/v1/imports/" + problem.path("runId")).then().statusCode(200)
                .body("status", equalTo("rejected")).body("kind", equalTo("campaign-metrics"))
                .body("counts.rejected", equalTo(4)).body("counts.inserted", equalTo(0))
                .body("errors.row", hasItem(3)).body("errors.code", hasItem("unknown-channel"));

        // A header without the key columns is rejected like the population import's: 422 naming row 1.
        rejected("campaign;impressions;colour\n" + c[1] + ";10;red\n", Map.of()).response().then()
                .body("errors.field", hasItem("rows[1].date")).body("errors.field", hasItem("rows[1].colour"))
                .body("errors.code", hasItem("unknown-field")).body("errors.code", hasItem("required"));
        rejected("", Map.of()).response().then().body("errors[0].code", equalTo("required"))
                .body("errors[0].field", equalTo("rows[1]"));
        rejected("", Map.of("format", "ga4")).response().then().body("errors[0].code", equalTo("required"));
    }

    @Test
    void aGa4ExportLandsOnTheChannelSummedPerDayAndSkipsCampaignsNotInVekst() {
        String[] a = campaign("import-ga4-a", 2093);
        String[] b = campaign("import-ga4-b", 2093);
        String ga4 = "\uFEFF# ----------------------------------------\n"
                + "# Traffic acquisition: Session campaign\n"
                + "# Start date: 20930101\n"
                + "# End date: 20930131\n"
                + "# ----------------------------------------\n"
                + "\n"
                + "Session campaign,Date,Session source / medium,Sessions,Engaged sessions,Key events,Total revenue\n"
                + ",,,\"1,530\",900,21,0\n"
                + a[1] + ",20930105,facebook / paid,\"1,200\",800,10,0\n"
                + a[1] + ",20930105,google / cpc,100,50,2.00,0\n"
                + a[1] + ",20930106,facebook / paid,90,40,3,0\n"
                + "(not set),20930105,(direct) / (none),77,10,1,0\n"
                + b[1] + ",20930105,newsletter / email,63,30,5,0\n";
        var run = importCsv(ga4, Map.of("format", "ga4", "source", "ga4.csv"), 201);
        run.response().then().body("counts.inserted", equalTo(3)).body("counts.rejected", equalTo(0))
                .body("warnings.code", hasItem("unknown-campaign")).body("warnings.code", hasItem("totals-skipped"))
                .body("warnings.find { it.code == 'unknown-campaign' }.row", equalTo(12))
                .body("warnings.find { it.code == 'unknown-campaign' }.message", containsString("(not set)"));
        List<Map<String, Object>> rowsA = rows(a[0]);
        assertEquals(2, rowsA.size());
        assertEquals("web", rowsA.get(0).get("channel"));
        assertEquals("2093-01-05", rowsA.get(0).get("date"));
        assertEquals(1300, rowsA.get(0).get("sessions"));
        assertEquals(12, rowsA.get(0).get("leads"));
        assertEquals(90, rowsA.get(1).get("sessions"));
        List<Map<String, Object>> rowsB = rows(b[0]);
        assertEquals(1, rowsB.size());
        assertEquals(63, rowsB.get(0).get("sessions"));
        assertEquals(5, rowsB.get(0).get("leads"));

        // Again: nothing changes. On another channel of the campaign the rows are new; a channel it lacks rejects them.
        importCsv(ga4, Map.of("format", "ga4"), 201).response().then().body("counts.unchanged", equalTo(3))
                .body("counts.inserted", equalTo(0)).body("counts.updated", equalTo(0));
        importCsv(ga4, Map.of("format", "ga4", "channel", "meta", "dryRun", true), 200).response().then()
                .body("counts.inserted", equalTo(3));
        rejected(ga4, Map.of("format", "ga4", "channel", "print")).response().then()
                .body("errors.code", hasItem("unknown-channel")).body("errors.field", hasItem("rows[9].channel"));

        // A GA4 file keeps what other sources recorded on the row (cost, impressions).
        importCsv(HEADER + a[1] + ";2093-01-06;web;5000;;;90;3;250\n", Map.of(), 201).response().then()
                .body("counts.updated", equalTo(1));
        importCsv("Date;Session campaign name;Sessions;Conversions\n20930106;" + a[1] + ";95;3\n", Map.of("format", "ga4"), 201)
                .response().then().body("counts.updated", equalTo(1));
        Map<String, Object> merged = rows(a[0]).get(1);
        assertEquals(95, merged.get("sessions"));
        assertEquals(5000, merged.get("impressions"));
        assertEquals(250.0, number(merged.get("costNok")), 0.001);
    }

    @Test
    void multipartUploadsWork() {
        String[] c = campaign("import-multipart", 2094);
        // The contract validator cannot read multipart bodies, so only the response is validated here.
        Api.lenientAs("admin").contentType("multipart/form-data")
                .multiPart("file", "results.csv", (HEADER + c[1] + ";2094-02-01;web;;;;10;1;\n").getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .post(IMPORTS).then().statusCode(201)
                .body("source", equalTo("results.csv")).body("counts.inserted", equalTo(1));
        Api.lenientAs("admin").contentType("multipart/form-data").queryParam("format", "ga4").queryParam("channel", "meta")
                .multiPart("file", "ga4.csv", ("Date,Campaign,Sessions,Key events\n20940202," + c[1] + ",7,0\n")
                        .getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(IMPORTS).then().statusCode(201).body("counts.inserted", equalTo(1));
        assertEquals(2, rows(c[0]).size());
        Api.lenientAs("admin").contentType("multipart/form-data").multiPart("other", "x").post(IMPORTS)
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    void theExportImportsBackUnchanged() {
        String[] c = campaign("import-round-trip", 2094);
        String csv = HEADER + c[1] + ";2094-04-01;meta;1000;900;30;20;2;1500\n"
                + c[1] + ";2094-04-01;web;;;;55;4;\n"
                + c[1] + ";2094-04-02;meta;0;0;0;0;0;0,5\n"
                + c[1] + ";2094-04-03;web;1;;;;;99.99\n";
        importCsv(csv, Map.of(), 201).response().then().body("counts.inserted", equalTo(4));
        byte[] export = Api.as("viewer").accept("text/csv").get("/api/v1/campaigns/" + c[0] + "/metrics/export")
                .then().statusCode(200).extract().asByteArray();
        assertTrue(new String(export, StandardCharsets.UTF_8).startsWith("\uFEFFcampaign;date;channel"));
        Api.as("editor").contentType("text/csv").queryParam("source", "export.csv").body(export).post(IMPORTS).then()
                .statusCode(201).body("counts.unchanged", equalTo(4)).body("counts.inserted", equalTo(0))
                .body("counts.updated", equalTo(0)).body("counts.rejected", equalTo(0));
    }

    @Test
    void onlyEditorsImportAndBadParametersAre400() throws Exception {
        String csv = HEADER;
        Api.lenientAs("viewer").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post(IMPORTS)
                .then().statusCode(403);
        Api.lenient().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then().statusCode(401);
        Api.lenientAs("editor").contentType("text/csv").queryParam("format", "excel").body(csv.getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
        Api.lenientAs("editor").contentType("text/csv").queryParam("format", "ga4").queryParam("channel", "Not A Key")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then().statusCode(400)
                .body("errors[0].field", equalTo("channel"));
        Api.lenientAs("editor").contentType("text/csv").queryParam("dryRun", "maybe").body(csv.getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS).then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        Api.lenientAs("editor").contentType("application/xml").body("<x/>").post(IMPORTS).then().statusCode(415);
        // A file over the contract's 20 MB. Sent with the JDK's client: REST Assured takes seconds over 20 MB.
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'x');
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(RestAssured.baseURI + ":" + RestAssured.port + IMPORTS))
                .header("Authorization", "Bearer " + Api.tokenFor("editor")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(answer.body().contains("\"payload-too-large\""), answer.body());
        // A header alone imports nothing and rejects nothing.
        importCsv(csv, Map.of("dryRun", true), 200).response().then().body("counts.inserted", equalTo(0))
                .body("errors", hasSize(0)).body("finishedAt", notNullValue()).body("warnings", hasSize(0));
    }
}
