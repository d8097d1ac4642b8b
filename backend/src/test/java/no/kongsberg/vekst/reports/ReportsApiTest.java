package no.kongsberg.vekst.reports;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Reports: contents on constructed data, commentary, publishing frozen versions, formats, roles.
 * Each test has periods of its own (years 2019-2024; KPI targets exist for 2019-2030 only).
 */
@QuarkusTest
class ReportsApiTest {

    static final String REPORTS = "/api/v1/reports";

    @Inject
    EntityManager entityManager;

    @Test
    void aKpiWhoseStatusChangedSinceThePreviousPublishedTertialShowsIt() {
        String kpi = newKpi();
        setTarget(kpi, 2019, 100.0);
        String etag = enter(kpi, 2019, 95);
        // T1 as published: 95 against 100 is at risk (misses by 5 %).
        String t1 = draftTag("tertial", "2019-T1");
        JsonPath first = publish("tertial", "2019-T1", t1).jsonPath();
        assertEquals("at-risk", row(first, kpi).get("status"));

        changeValue(kpi, 2019, etag, 80);
        JsonPath t2 = Api.as("editor").get(REPORTS + "/tertial/2019-T2").then().statusCode(200)
                .body("status", equalTo("draft")).body("version", nullValue()).body("previousPeriod", equalTo("2019-T1"))
                .body("previousSource", equalTo("published")).extract().jsonPath();
        Map<String, Object> changed = row(t2, kpi);
        assertEquals("off-track", changed.get("status"));
        assertEquals(Map.of("status", "at-risk", "value", 95.0f), changed.get("previous"));
        assertEquals(true, changed.get("statusChanged"));
        assertEquals(-15.0f, changed.get("change"));
        assertEquals("2019", changed.get("valuePeriod"));
        assertEquals(100.0f, changed.get("target"));
        assertTrue(Api.as("editor").queryParam("format", "html").get(REPORTS + "/tertial/2019-T2").then().statusCode(200)
                .extract().asString().contains("Endret fra: I faresonen"));
    }

    @Test
    void withNothingPublishedForThePreviousPeriodTheKpisAreComparedWithItsLiveFigures() {
        String kpi = newKpi();
        setTarget(kpi, 2020, 10.0);
        setTarget(kpi, 2021, 10.0);
        enter(kpi, 2020, 4);
        enter(kpi, 2021, 12);
        // 2021-T1's previous period is 2020-T3, never published: compared with 2020 as it is now.
        JsonPath report = Api.as("admin").get(REPORTS + "/tertial/2021-T1").then().statusCode(200)
                .body("previousPeriod", equalTo("2020-T3")).body("previousSource", equalTo("live")).extract().jsonPath();
        Map<String, Object> row = row(report, kpi);
        assertEquals("on-track", row.get("status"));
        assertEquals(Map.of("status", "off-track", "value", 4.0f), row.get("previous"));
        assertEquals(8.0f, row.get("change"));
        assertEquals("up", row.get("trend"));
        // A later year's value is not seen by an earlier report.
        assertEquals("2020", row(Api.as("admin").get(REPORTS + "/tertial/2020-T3").then().statusCode(200).extract().jsonPath(), kpi)
                .get("valuePeriod"));
    }

    @Test
    void theSectionsHoldThePeriodsCampaignsActivitiesAndEventsAsOfItsEnd() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> campaign = new HashMap<>(Map.of("name", "Rapportkampanje " + tag, "description", "Til test.",
                "focusAreas", List.of("residents"), "targetGroups", List.of(), "channels", List.of("web"),
                "startDate", "2022-02-01", "endDate", "2022-06-30", "budgetNok", 10_000, "otherSpendNok", 0,
                "status", "active"));
        campaign.putAll(Map.of("owner", "KNF", "kpis", List.of(), "partners", List.of(), "targets", Map.of("sessions", 1000),
                "links", List.of()));
        campaign.put("slug", null);
        String campaignId = Api.as("editor").body(campaign).post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        Api.as("editor").body(Map.of("rows", List.of(metric("2022-03-01", 300), metric("2022-05-15", 200))))
                .post("/api/v1/campaigns/" + campaignId + "/metrics").then().statusCode(200);
        activity(2022, "Sen aktivitet " + tag, "in-progress", "2022-03-01");
        activity(2022, "Utsatt aktivitet " + tag, "postponed", "2022-10-01");
        activity(2022, "Ferdig aktivitet " + tag, "done", "2022-02-01");
        event("Boligdag " + tag, "2022-03-10");
        event("Sommerfest " + tag, "2022-06-10");

        JsonPath t1 = Api.as("editor").get(REPORTS + "/tertial/2022-T1").then().statusCode(200)
                .body("from", equalTo("2022-01-01")).body("to", equalTo("2022-04-30"))
                .body("title", equalTo("Tertialrapport for 1. tertial 2022")).body("programmeName", equalTo("Vekst i Kongsberg"))
                .body("financing.year", equalTo(2022)).body("actionPlan.year", equalTo(2022))
                .body("population.municipality.code", notNullValue())
                .body("actionPlan.lateItems.title", hasItem("Sen aktivitet " + tag))
                .body("actionPlan.lateItems.title", not(hasItem("Ferdig aktivitet " + tag)))
                .body("actionPlan.postponedItems.title", hasItem("Utsatt aktivitet " + tag))
                .body("actionPlan.events.name", hasItem("Boligdag " + tag))
                .body("actionPlan.events.name", not(hasItem("Sommerfest " + tag))).extract().jsonPath();
        Map<String, Object> c = t1.getMap("campaigns.find { it.name == 'Rapportkampanje " + tag + "' }");
        // Results up to the period's end only: May's 200 sessions are not in T1.
        assertEquals(300, ((Map<?, ?>) c.get("results")).get("sessions"));
        assertEquals(List.of(Map.of("metric", "sessions", "target", 1000, "actual", 300, "percent", 30.0f)), c.get("targets"));
        // Jobs: the latest employment year up to 2022 and the units registered from January to April (the demo figures here).
        assertEquals("2022", t1.getString("jobs.year"));
        assertEquals(Api.as("viewer").queryParam("municipality", "3303").queryParam("from", "2022").queryParam("to", "2022")
                .get("/api/v1/jobs/employment").then().statusCode(200).extract().<Integer>path("items[0].jobs"), t1.getInt("jobs.jobs"));
        assertEquals(Api.as("viewer").queryParam("municipality", "3303").queryParam("from", "2022").queryParam("to", "2022")
                .get("/api/v1/jobs/commuting").then().statusCode(200).extract().<Float>path("items[0].integrationShare"),
                t1.getFloat("jobs.integrationShare"));
        assertEquals(Api.as("viewer").queryParam("municipality", "3303").queryParam("registeredFrom", "2022-01-01")
                .queryParam("registeredTo", "2022-04-30").get("/api/v1/jobs/enterprises/units").then().statusCode(200)
                .extract().<Integer>path("total"), t1.getInt("jobs.enterprisesRegistered"));
        String populationDate = t1.getString("population.populationDate");
        assertTrue(populationDate == null || !LocalDate.parse(populationDate).isAfter(LocalDate.of(2022, 4, 30)));

        Api.as("editor").get(REPORTS + "/tertial/2022-T2").then().statusCode(200)
                .body("campaigns.find { it.name == 'Rapportkampanje " + tag + "' }.results.sessions", equalTo(500))
                .body("actionPlan.events.name", hasItem("Sommerfest " + tag))
                .body("actionPlan.events.name", not(hasItem("Boligdag " + tag)));
        // Not in T3: the campaign ended in June.
        Api.as("editor").get(REPORTS + "/tertial/2022-T3").then().statusCode(200)
                .body("campaigns.name", not(hasItem("Rapportkampanje " + tag)));
    }

    @Test
    void commentaryIsEditedWithEtagsValidatedAndAudited() {
        String path = REPORTS + "/tertial/2023-T1";
        Api.as("editor").get(path).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("commentary.kpis", nullValue());
        Map<String, Object> texts = commentary("Befolkningsveksten er under målet.\n\nNy avsnitt med <b>tegn</b> & mer.");
        var saved = Api.as("editor").header("If-Match", "\"0\"").body(texts).put(path + "/commentary").then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("version", equalTo(1)).body("updatedBy", notNullValue())
                .body("commentary.kpis", startsWith("Befolkningsveksten")).body("commentary.population", nullValue()).extract();
        assertEquals("\"1\"", saved.header("ETag"));
        Api.lenientAs("editor").header("If-Match", "\"0\"").body(texts).put(path + "/commentary").then().statusCode(412);
        Api.lenientAs("editor").body(texts).put(path + "/commentary").then().statusCode(428);
        Map<String, Object> tooLong = commentary("x".repeat(5001));
        Api.lenientAs("editor").header("If-Match", "\"1\"").body(tooLong).put(path + "/commentary").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kpis"))
                .body("errors[0].code", equalTo("too-long"));
        Api.lenientAs("editor").header("If-Match", "\"1\"").contentType("application/json").body("{\"kpis\": 3")
                .put(path + "/commentary").then().statusCode(400).contentType("application/problem+json");
        Api.lenientAs("editor").header("If-Match", "\"1\"").put(path + "/commentary").then().statusCode(400)
                .contentType("application/problem+json");
        Api.lenientAs("editor").header("If-Match", "\"1\"").contentType("text/plain").body("hei")
                .put(path + "/commentary").then().statusCode(415);

        Api.as("editor").get(path).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("commentary.kpis", containsString("<b>tegn</b>"));
        String html = Api.as("editor").queryParam("format", "html").get(path).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        // Escaped, and a blank line starts a new paragraph.
        assertTrue(html.contains("<p>Ny avsnitt med &lt;b&gt;tegn&lt;/b&gt; &amp; mer.</p>"), html);
        Api.as("admin").get("/api/v1/audit?entity=report-commentary&id=tertial/2023-T1").then().statusCode(200)
                .body("items.action", contains("update"));
    }

    @Test
    void aPublishedVersionNeverChangesAndPublishingAgainMakesTheNext() {
        String kpi = newKpi();
        setTarget(kpi, 2023, 100.0);
        String etag = enter(kpi, 2023, 95);
        String path = REPORTS + "/tertial/2023-T2";
        String tag = draftTag("tertial", "2023-T2");
        var published = publish("tertial", "2023-T2", tag);
        assertEquals(path + "/versions/1", java.net.URI.create(published.header("Location")).getPath());
        String json1 = Api.as("viewer").get(path + "/versions/1").then().statusCode(200).body("status", equalTo("published"))
                .body("version", equalTo(1)).body("publishedBy", notNullValue()).extract().asString();
        assertEquals(published.asString(), json1);
        byte[] pdf1 = pdf(path + "/versions/1");

        // The data changes after publishing: version 1 stays byte for byte; the draft moves on.
        changeValue(kpi, 2023, etag, 50);
        Api.as("editor").header("If-Match", tag).body(commentary("Skrevet etter publisering.")).put(path + "/commentary")
                .then().statusCode(200);
        assertEquals(json1, Api.as("viewer").get(path + "/versions/1").then().statusCode(200).extract().asString());
        assertArrayEquals(pdf1, pdf(path + "/versions/1"));
        // The CSV and HTML of a version are made from its frozen content.
        String csv1 = Api.as("viewer").accept("text/csv").get(path + "/versions/1").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"vekst-tertialrapport-2023-T2-v1.csv\""))
                .extract().asString();
        assertTrue(csv1.contains(kpi + ";") && csv1.contains(";95;100;at-risk;"), csv1);
        Api.lenientAs("viewer").accept("image/png").get(path + "/versions/1").then().statusCode(406)
                .contentType("application/problem+json");
        assertEquals(95.0f, row(Api.as("viewer").get(path + "/versions/1").then().extract().jsonPath(), kpi).get("value"));
        assertEquals(50.0f, row(Api.as("editor").get(path).then().statusCode(200).extract().jsonPath(), kpi).get("value"));

        String draftTag = draftTag("tertial", "2023-T2");
        Api.lenientAs("editor").header("If-Match", tag).post(path + "/versions").then().statusCode(412);
        Api.lenientAs("editor").post(path + "/versions").then().statusCode(428);
        JsonPath second = publish("tertial", "2023-T2", draftTag).jsonPath();
        assertEquals(2, second.getInt("version"));
        assertEquals(50.0f, row(second, kpi).get("value"));
        assertEquals("Skrevet etter publisering.", second.getString("commentary.kpis"));
        assertNotEquals(json1, Api.as("viewer").get(path + "/versions/2").then().statusCode(200).extract().asString());
        assertArrayEquals(pdf1, pdf(path + "/versions/1"));

        Api.as("viewer").get(path + "/versions").then().statusCode(200).body("kind", equalTo("tertial"))
                .body("period", equalTo("2023-T2")).body("items.version", contains(1, 2));
        Api.as("viewer").queryParam("kind", "tertial").get(REPORTS).then().statusCode(200)
                .body("items.find { it.period == '2023-T2' }.latestVersion", equalTo(2))
                .body("items.find { it.period == '2023-T2' }.from", equalTo("2023-05-01"));
        Api.as("viewer").queryParam("kind", "quarterly").get(REPORTS).then().statusCode(200)
                .body("items.period", not(hasItem("2023-T2")));
        Api.as("admin").get("/api/v1/audit?entity=report-version&id=tertial/2023-T2/2").then().statusCode(200)
                .body("items.action", contains("publish"));
    }

    @Test
    void theFormatIsChosenByFormatOrElseByAccept() {
        String path = REPORTS + "/quarterly/2024-Q1";
        Api.as("editor").accept("application/pdf").get(path).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"vekst-kvartalsstatus-2024-Q1-utkast.pdf\""))
                .header("ETag", notNullValue());
        String csv = Api.as("editor").accept("text/csv").get(path).then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(".csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFKvartalsstatus for 1. kvartal 2024 (utkast)\r\n"), csv);
        assertTrue(csv.contains("\r\nKPI-er\r\nKPI;Navn;Enhet;"), csv);
        Api.as("editor").accept("text/html,application/xhtml+xml,*/*;q=0.8").get(path).then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("<html"));
        Api.as("editor").accept("*/*").get(path).then().statusCode(200).contentType("application/json")
                .body("kind", equalTo("quarterly"));
        // ?format wins over Accept.
        Api.as("editor").accept("application/pdf").queryParam("format", "json").get(path).then().statusCode(200)
                .contentType("application/json").body("period", equalTo("2024-Q1"));
        Api.as("editor").accept("application/json").queryParam("format", "csv").get(path).then().statusCode(200)
                .contentType(containsString("text/csv"));
        Api.lenientAs("editor").accept("image/png").get(path).then().statusCode(406);
        Api.lenientAs("editor").queryParam("format", "xml").get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
    }

    @Test
    void badPathsAndUnstartedPeriodsAreRefusedClearly() {
        Api.lenientAs("editor").get(REPORTS + "/monthly/2024-T1").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
        Api.lenientAs("editor").get(REPORTS + "/tertial/2024-Q1").then().statusCode(400).body("errors[0].field", equalTo("period"));
        Api.lenientAs("editor").get(REPORTS + "/tertial/2024-T4").then().statusCode(400).body("errors[0].field", equalTo("period"));
        Api.lenientAs("editor").get(REPORTS + "/quarterly/1999-Q4").then().statusCode(400).body("errors[0].code", equalTo("out-of-range"));
        Api.lenientAs("viewer").get(REPORTS + "/tertial/2024-T1/versions/abc").then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        Api.lenientAs("viewer").get(REPORTS + "/tertial/2024-T1/versions/0").then().statusCode(400);
        Api.lenientAs("viewer").get(REPORTS + "/tertial/2024-T1/versions/99").then().statusCode(404)
                .contentType("application/problem+json");
        Api.lenientAs("viewer").get(REPORTS + "?kind=monthly").then().statusCode(400);
        String next = (LocalDate.now().getYear() + 1) + "-T1";
        Api.lenientAs("editor").header("If-Match", "\"0\"").post(REPORTS + "/tertial/" + next + "/versions").then().statusCode(409)
                .body("errors[0].code", equalTo("period-not-started"));
        Api.as("viewer").get(REPORTS + "/tertial/" + next + "/versions").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void viewersReadPublishedVersionsOnlyAndPartnersNothing() {
        String path = REPORTS + "/quarterly/2024-Q2";
        publish("quarterly", "2024-Q2", draftTag("quarterly", "2024-Q2"));
        Api.lenientAs("viewer").get(path).then().statusCode(403).contentType("application/problem+json");
        Api.lenientAs("viewer").header("If-Match", "\"0\"").body(commentary("Nei")).put(path + "/commentary").then().statusCode(403);
        Api.lenientAs("viewer").header("If-Match", "\"0\"").post(path + "/versions").then().statusCode(403);
        Api.as("viewer").get(path + "/versions/1").then().statusCode(200).body("kind", equalTo("quarterly"));
        Api.as("viewer").queryParam("format", "html").get(path + "/versions/1").then().statusCode(200)
                .body(containsString("Kvartalsstatus for 2. kvartal 2024"));
        for (String p : List.of(REPORTS, path, path + "/versions", path + "/versions/1")) {
            Api.lenientAs("partner").get(p).then().statusCode(403);
            Api.lenient().get(p).then().statusCode(401);
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAPublishedVersion() {
        publish("quarterly", "2024-Q4", draftTag("quarterly", "2024-Q4"));
        for (String sql : List.of("update report_version set content = '{}' where kind = 'quarterly' and period = '2024-Q4'",
                "delete from report_version where kind = 'quarterly' and period = '2024-Q4'")) {
            assertThrows(PersistenceException.class,
                    () -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql).executeUpdate()), sql);
        }
        Api.as("viewer").get(REPORTS + "/quarterly/2024-Q4/versions/1").then().statusCode(200).body("period", equalTo("2024-Q4"));
    }

    // ---- helpers ----

    static String draftTag(String kind, String period) {
        return Api.as("editor").get(REPORTS + "/" + kind + "/" + period).then().statusCode(200).extract().header("ETag");
    }

    static io.restassured.response.ExtractableResponse<io.restassured.response.Response> publish(String kind, String period,
            String etag) {
        return Api.as("editor").header("If-Match", etag).post(REPORTS + "/" + kind + "/" + period + "/versions").then()
                .statusCode(201).contentType("application/json").body("status", equalTo("published")).extract();
    }

    static byte[] pdf(String path) {
        return Api.as("viewer").queryParam("format", "pdf").get(path).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
    }

    static Map<String, Object> row(JsonPath report, String kpi) {
        return report.getMap("kpis.find { it.key == '" + kpi + "' }");
    }

    static Map<String, Object> commentary(String kpis) {
        Map<String, Object> texts = new HashMap<>();
        texts.put("kpis", kpis);
        texts.put("population", null);
        texts.put("financing", null);
        texts.put("campaigns", null);
        texts.put("actionPlan", null);
        return texts;
    }

    /** A manual KPI of the test's own, named with Norwegian letters. */
    static String newKpi() {
        String key = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>();
        body.put("key", key);
        body.put("name", Map.of("nb", "Tilflyttere til Kongsberg – Æ Ø Å " + key, "en", "Report KPI " + key));
        body.put("description", Map.of("nb", "Til test.", "en", "For tests."));
        body.put("focusArea", "residents");
        body.put("unit", "count");
        body.put("direction", "higher-is-better");
        body.put("baseline", null);
        body.put("public", false);
        Api.as("admin").body(body).post("/api/v1/kpis").then().statusCode(201);
        return key;
    }

    static void setTarget(String key, int year, double value) {
        String etag = Api.as("admin").get("/api/v1/kpis/" + key).then().statusCode(200).extract().header("ETag");
        Api.as("admin").header("If-Match", etag).body(Map.of("targets", List.of(Map.of("year", year, "value", value))))
                .put("/api/v1/kpis/" + key + "/targets").then().statusCode(200);
    }

    static String enter(String key, int year, double value) {
        return Api.as("editor").body(Map.of("period", Integer.toString(year), "value", value, "comment", "Målt i test."))
                .post("/api/v1/kpis/" + key + "/values").then().statusCode(201).extract().header("ETag");
    }

    static void changeValue(String key, int year, String etag, double value) {
        Api.as("editor").header("If-Match", etag).body(Map.of("value", value, "comment", "Rettet i test."))
                .put("/api/v1/kpis/" + key + "/values/" + year).then().statusCode(200);
    }

    static Map<String, Object> metric(String date, long sessions) {
        Map<String, Object> row = new HashMap<>();
        row.put("date", date);
        row.put("channel", "web");
        row.put("impressions", null);
        row.put("reach", null);
        row.put("clicks", null);
        row.put("sessions", sessions);
        row.put("leads", null);
        row.put("costNok", null);
        return row;
    }

    static void activity(int year, String title, String status, String dueDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Til test.");
        body.put("axis", "growth-activity");
        body.put("focusArea", "industry");
        body.put("owner", "Kongsberg Næringsforum");
        body.put("dueDate", dueDate);
        body.put("status", status);
        body.put("kpiKeys", List.of());
        Api.as("editor").body(body).post("/api/v1/action-plan/" + year + "/activities").then().statusCode(201);
    }

    static void event(String name, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("date", date);
        body.put("endDate", null);
        body.put("place", "Kongsberg kulturhus");
        body.put("focusArea", "residents");
        body.put("description", null);
        body.put("attendees", 120);
        body.put("partnerIds", List.of());
        body.put("notes", null);
        Api.as("editor").body(body).post("/api/v1/events").then().statusCode(201);
    }
}
