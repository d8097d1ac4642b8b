package no.kongsberg.vekst.jobs.openings;

import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.FEED;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.OPENINGS;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.ad;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.inDays;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.page;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.tag;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.ImportRuns;
import org.junit.jupiter.api.Test;

/** The job-feed import: the configured municipalities, dedup, update in place, withdrawal, full snapshot versus delta, all or nothing. */
@QuarkusTest
class JobFeedImportApiTest {

    private static ValidatableResponse importFeed(Object body, String mode) {
        return Api.as("editor").body(body).post(FEED + "?mode=" + mode).then();
    }

    /** The stored opening of a feed ad, as an editor sees it; null when there is none. */
    private static Map<String, Object> stored(String uuid) {
        List<Map<String, Object>> items = Api.as("editor").get(OPENINGS + "?source=job-feed&size=500").then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(item -> uuid.equals(item.get("sourceId"))).findFirst().orElse(null);
    }

    @Test
    void adsInTheFeedsMunicipalitiesAreKeptOnceAndUpdatedInPlace() {
        String tag = tag();
        String kongsberg = "ks-" + tag;
        String flesberg = "fl-" + tag;
        String oslo = "os-" + tag;
        Map<String, Object> inFlesberg = ad(flesberg, "Lærer " + tag, "FLESBERG", inDays(12) + "T23:59:00", "ACTIVE");
        inFlesberg.put("workLocations", List.of(Map.of("municipal", "OSLO", "postalCode", "0150"),
                Map.of("municipalCode", "3334", "postalCode", "3623", "city", "LAMPELAND")));
        inFlesberg.put("engagementtype", "Vikariat");
        inFlesberg.put("employer", Map.of("name", "Flesberg skole", "orgnr", "123456784"));
        List<Map<String, Object>> ads = List.of(ad(kongsberg, "Operatør " + tag, "KONGSBERG", inDays(20).toString(), "ACTIVE"),
                inFlesberg, ad(oslo, "Byråd " + tag, "OSLO", inDays(20).toString(), "ACTIVE"));
        importFeed(page(ads), "delta").statusCode(201).body("kind", equalTo("job-feed")).body("counts.inserted", equalTo(2))
                .body("counts.unchanged", equalTo(0)).body("counts.withdrawn", equalTo(0))
                .body("warnings.code", hasItem("outside-municipalities"))
                .body("warnings.find { it.code == 'invalid-organisation-number' }.row", equalTo(2));

        Map<String, Object> first = stored(kongsberg);
        org.junit.jupiter.api.Assertions.assertEquals("published", first.get("status"));
        org.junit.jupiter.api.Assertions.assertEquals("Industri og produksjon", first.get("category"));
        org.junit.jupiter.api.Assertions.assertEquals("permanent", first.get("employmentType"));
        org.junit.jupiter.api.Assertions.assertEquals("<p>Godt arbeidsmiljø.</p>", first.get("description"));
        Map<String, Object> second = stored(flesberg);
        org.junit.jupiter.api.Assertions.assertEquals("3334", ((Map<?, ?>) second.get("municipality")).get("code"));
        org.junit.jupiter.api.Assertions.assertEquals("temporary", second.get("employmentType"));
        org.junit.jupiter.api.Assertions.assertEquals(inDays(12).toString(), second.get("applicationDeadline"));
        org.junit.jupiter.api.Assertions.assertNull(((Map<?, ?>) second.get("employer")).get("organisationNumber"));
        org.junit.jupiter.api.Assertions.assertNull(stored(oslo));

        // The same file again changes nothing; a changed ad is updated in place, not added.
        importFeed(page(ads), "delta").statusCode(201).body("counts.inserted", equalTo(0)).body("counts.unchanged", equalTo(2));
        Map<String, Object> renamed = ad(kongsberg, "Operatør, toskift " + tag, "KONGSBERG", inDays(25).toString(), "ACTIVE");
        importFeed(page(List.of(renamed)), "delta").statusCode(201).body("counts.updated", equalTo(1))
                .body("counts.inserted", equalTo(0));
        Map<String, Object> updated = stored(kongsberg);
        org.junit.jupiter.api.Assertions.assertEquals(first.get("id"), updated.get("id"));
        org.junit.jupiter.api.Assertions.assertEquals("Operatør, toskift " + tag, updated.get("title"));
        org.junit.jupiter.api.Assertions.assertEquals(inDays(25).toString(), updated.get("applicationDeadline"));

        // The feed may hold an ad twice as it changed: the later entry is its state.
        Map<String, Object> later = ad(kongsberg, "Operatør, nattskift " + tag, "KONGSBERG", inDays(25).toString(), "ACTIVE");
        importFeed(List.of(page(List.of(renamed)), page(List.of(later))), "delta").statusCode(201)
                .body("counts.updated", equalTo(1)).body("warnings.code", hasItem("duplicate"));
        org.junit.jupiter.api.Assertions.assertEquals("Operatør, nattskift " + tag, stored(kongsberg).get("title"));
    }

    @Test
    void anInactiveAdWithdrawsItsOpening() {
        String uuid = "in-" + tag();
        importFeed(page(List.of(ad(uuid, "Snart borte", "KONGSBERG", inDays(20).toString(), "ACTIVE"))), "delta").statusCode(201);
        importFeed(page(List.of(ad(uuid, "Snart borte", "KONGSBERG", inDays(20).toString(), "INACTIVE"))), "delta")
                .statusCode(201).body("counts.withdrawn", equalTo(1));
        org.junit.jupiter.api.Assertions.assertEquals("withdrawn", stored(uuid).get("status"));
        // An inactive ad never seen before is not stored.
        String unseen = "un-" + tag();
        importFeed(page(List.of(ad(unseen, "Aldri sett", "KONGSBERG", inDays(20).toString(), "INACTIVE"))), "delta")
                .statusCode(201).body("counts.inserted", equalTo(0)).body("warnings.code", hasItem("inactive-unknown"));
        org.junit.jupiter.api.Assertions.assertNull(stored(unseen));
        // Active again: published again.
        importFeed(page(List.of(ad(uuid, "Snart borte", "KONGSBERG", inDays(20).toString(), "ACTIVE"))), "delta")
                .statusCode(201).body("counts.updated", equalTo(1));
        org.junit.jupiter.api.Assertions.assertEquals("published", stored(uuid).get("status"));
    }

    @Test
    void onlyAFullSnapshotWithdrawsTheAdsMissingFromIt() {
        String tag = tag();
        String stays = "st-" + tag;
        String goes = "go-" + tag;
        importFeed(page(List.of(ad(stays, "Blir", "KONGSBERG", inDays(20).toString(), "ACTIVE"),
                ad(goes, "Går", "KONGSBERG", inDays(20).toString(), "ACTIVE"))), "delta").statusCode(201);
        String manual = OpeningFixtures.create("editor", OpeningFixtures.opening("Manuell " + tag, null, "3303", inDays(20), "published"));

        List<Map<String, Object>> onlyOne = List.of(ad(stays, "Blir", "KONGSBERG", inDays(20).toString(), "ACTIVE"));
        importFeed(page(onlyOne), "delta").statusCode(201).body("counts.withdrawn", equalTo(0));
        org.junit.jupiter.api.Assertions.assertEquals("published", stored(goes).get("status"));

        // A dry run of the full snapshot says what it would withdraw, and withdraws nothing.
        Api.as("editor").body(page(onlyOne)).post(FEED + "?mode=full&dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("counts.withdrawn", greaterThanOrEqualTo(1));
        org.junit.jupiter.api.Assertions.assertEquals("published", stored(goes).get("status"));

        importFeed(page(onlyOne), "full").statusCode(201).body("counts.withdrawn", greaterThanOrEqualTo(1));
        org.junit.jupiter.api.Assertions.assertEquals("withdrawn", stored(goes).get("status"));
        org.junit.jupiter.api.Assertions.assertEquals("published", stored(stays).get("status"));
        // Openings posted here are not the feed's to withdraw.
        Api.as("editor").get(OPENINGS + "/" + manual).then().body("status", equalTo("published"));
        Api.as("editor").get("/api/v1/imports?kind=job-feed").then().statusCode(200)
                .body("items[0].counts.withdrawn", greaterThanOrEqualTo(1));
    }

    @Test
    void aBadFileIsRejectedWholeAndWritesNothing() {
        String tag = tag();
        String good = "ok-" + tag;
        Map<String, Object> noTitle = ad("bad-" + tag, null, "KONGSBERG", inDays(20).toString(), "ACTIVE");
        Map<String, Object> noExpiry = ad("bad2-" + tag, "Uten frist", "KONGSBERG", "snarest", "ACTIVE");
        Map<String, Object> noUuid = ad(null, "Uten id", "KONGSBERG", inDays(20).toString(), "PAUSED");
        Api.lenientAs("editor").body(page(List.of(ad(good, "God", "KONGSBERG", inDays(20).toString(), "ACTIVE"), noTitle, noExpiry,
                noUuid))).post(FEED).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("rows[2].title")).body("errors.field", hasItem("rows[3].expires"))
                .body("errors.field", hasItem("rows[4].uuid")).body("errors.field", hasItem("rows[4].status"));
        org.junit.jupiter.api.Assertions.assertNull(stored(good));

        Api.lenientAs("editor").body("{\"content\": [").post(FEED).then().statusCode(422).body("errors[0].code", equalTo("invalid-json"));
        Api.lenientAs("editor").body(Map.of("ads", List.of())).post(FEED).then().statusCode(422)
                .body("errors[0].code", equalTo("invalid-format"));
        Api.lenientAs("editor").body(page(List.of())).post(FEED + "?mode=sometimes").then().statusCode(400)
                .body("errors[0].field", equalTo("mode"));
        Api.lenientAs("editor").contentType("text/csv").body("a;b").post(FEED).then().statusCode(415);
        Api.as("editor").get("/api/v1/imports?kind=job-feed&status=rejected").then().statusCode(200)
                .body("items[0].counts.rejected", greaterThanOrEqualTo(1));
    }

    @Test
    void importsOfTheSameNewAdAtOnceTakeTurns() throws Exception {
        String uuid = "cc-" + tag();
        Map<String, Object> body = page(List.of(ad(uuid, "Samtidig", "KONGSBERG", inDays(20).toString(), "ACTIVE")));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> inserted = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                inserted.add(pool.submit(() -> Api.as("editor").body(body).post(FEED).then().statusCode(201).extract()
                        .<Integer>path("counts.inserted")));
            }
            assertEquals(1, inserted.get(0).get() + inserted.get(1).get());
        } finally {
            pool.shutdown();
        }
        List<Map<String, Object>> items = Api.as("editor").get(OPENINGS + "?source=job-feed&size=500&q=Samtidig").then()
                .extract().path("items");
        assertEquals(1, items.stream().filter(item -> uuid.equals(item.get("sourceId"))).count());
    }

    @Test
    void theReadmesExampleFileImports() throws java.io.IOException {
        byte[] example = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../docs/examples/job-feed.json"));
        Api.as("editor").body(example).post(FEED + "?dryRun=true").then().statusCode(200).body("counts.inserted", equalTo(1))
                .body("counts.rejected", equalTo(0)).body("warnings.code", hasItem("inactive-unknown"));
    }

    @Test
    void aMultipartUploadAndALargeFileInTheBackgroundWork() throws InterruptedException {
        String tag = tag();
        String uploaded = "mp-" + tag;
        String json = "{\"content\": [{\"uuid\": \"" + uploaded + "\", \"title\": \"Opplastet\", \"employer\": {\"name\": \"Last opp AS\"},"
                + " \"workLocations\": [{\"municipal\": \"Kongsberg\"}], \"expires\": \"" + inDays(15) + "\"}]}";
        Api.lenientAs("editor").contentType("multipart/form-data").multiPart("file", "feed.json", json.getBytes(), "application/json")
                .post(FEED).then().statusCode(201).body("source", equalTo("feed.json")).body("counts.inserted", equalTo(1));
        org.junit.jupiter.api.Assertions.assertNull(((Map<?, ?>) stored(uploaded).get("employer")).get("organisationNumber"));

        // Over the background threshold of the tests (20 kB): 202, then the run finishes.
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Map<String, Object> ad = new HashMap<>(ad("bg-" + tag + "-" + i, "Bakgrunn " + i, "KONGSBERG", inDays(30).toString(), "ACTIVE"));
            ad.put("description", "Lang tekst. ".repeat(60));
            many.add(ad);
        }
        String location = Api.as("editor").body(page(many)).post(FEED).then().statusCode(202).extract().header("Location");
        ImportRuns.awaitFinished(location).body("status", equalTo("completed")).body("counts.inserted", equalTo(40));
        Api.as("editor").get(OPENINGS + "?q=Bakgrunn&source=job-feed&size=100").then().body("total", greaterThanOrEqualTo(40))
                .body("items[0].startDate", nullValue()).body("items[0].link", containsString("bg-"));
    }
}
