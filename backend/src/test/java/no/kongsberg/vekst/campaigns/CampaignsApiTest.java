package no.kongsberg.vekst.campaigns;

import static no.kongsberg.vekst.campaigns.CampaignFixtures.CAMPAIGNS;
import static no.kongsberg.vekst.campaigns.CampaignFixtures.campaign;
import static no.kongsberg.vekst.campaigns.CampaignFixtures.create;
import static no.kongsberg.vekst.campaigns.CampaignFixtures.row;
import static no.kongsberg.vekst.campaigns.CampaignFixtures.tag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/** Campaigns: planning, links, results and their sums, the list, the comparison. Dates in 2095-2099 are this class's. */
@QuarkusTest
class CampaignsApiTest {

    @Test
    void anEditorPlansChangesAndRemovesACampaignWithEtags() {
        String tag = tag();
        Map<String, Object> body = campaign("Velkommen hjem " + tag, null, "2095-03-01", "2095-10-31");
        body.put("status", "planned");
        body.put("links", List.of(Map.of("baseUrl", "https://www.kongsberg.no/velkommen-hjem?lang=nb#skjema", "source", "meta",
                "medium", "paid-social", "content", "video-a")));
        var created = Api.as("editor").body(body).post(CAMPAIGNS).then().statusCode(201).header("ETag", notNullValue())
                .body("slug", equalTo("velkommen-hjem-" + tag)).body("spendNok", equalTo(1000.0f)).body("overBudget", equalTo(false))
                .body("links[0].url", equalTo("https://www.kongsberg.no/velkommen-hjem?lang=nb&utm_source=meta&utm_medium=paid-social"
                        + "&utm_campaign=velkommen-hjem-" + tag + "&utm_content=video-a#skjema"))
                .body("totals.sessions", equalTo(0)).body("totals.costPerLead", nullValue())
                .body("progress.targets.metric", contains("sessions", "leads")).body("progress.targets[0].actual", equalTo(0))
                .body("progress.budgetUsedPercent", equalTo(10.0f)).body("demo", equalTo(false)).extract();
        String id = created.path("id");
        assertEquals("/api/v1/campaigns/" + id, java.net.URI.create(created.header("Location")).getPath());
        String etag = Api.as("viewer").get(CAMPAIGNS + "/" + id).then().statusCode(200).extract().header("ETag");
        assertEquals(created.header("ETag"), etag);

        // While planned the slug may change; the links follow it.
        body.put("slug", "vh-" + tag);
        body.put("status", "active");
        String activeTag = Api.as("editor").header("If-Match", etag).body(body).put(CAMPAIGNS + "/" + id).then().statusCode(200)
                .body("slug", equalTo("vh-" + tag)).body("links[0].url", containsString("utm_campaign=vh-" + tag + "&"))
                .extract().header("ETag");
        Api.lenientAs("editor").header("If-Match", etag).body(body).put(CAMPAIGNS + "/" + id).then().statusCode(412);
        Api.lenientAs("editor").body(body).put(CAMPAIGNS + "/" + id).then().statusCode(428);
        // Once active, links and imports use the slug: it stays.
        body.put("slug", "vh2-" + tag);
        Api.lenientAs("editor").header("If-Match", activeTag).body(body).put(CAMPAIGNS + "/" + id).then().statusCode(409)
                .body("errors[0].code", equalTo("slug-locked"));
        Api.lenientAs("editor").header("If-Match", activeTag).delete(CAMPAIGNS + "/" + id + "x").then().statusCode(404);
        Api.lenientAs("editor").delete(CAMPAIGNS + "/" + id).then().statusCode(428);
        Api.lenientAs("editor").header("If-Match", etag).delete(CAMPAIGNS + "/" + id).then().statusCode(412);
        Api.as("admin").header("If-Match", activeTag).delete(CAMPAIGNS + "/" + id).then().statusCode(204);
        Api.lenientAs("viewer").get(CAMPAIGNS + "/" + id).then().statusCode(404);
        Api.as("admin").get("/api/v1/audit?entity=campaign&id=" + id).then().statusCode(200)
                .body("items.action", contains("delete", "update", "create"))
                .body("items[1].changes.slug.after", equalTo("vh-" + tag));
    }

    @Test
    void aSlugIsUniqueAndMadeFromTheName() {
        String tag = tag();
        String first = create(campaign("Sommer i Sølvbyen – Æøå " + tag, null, "2095-05-01", "2095-08-31"));
        Api.as("viewer").get(CAMPAIGNS + "/" + first).then().statusCode(200).body("slug", equalTo("sommer-i-solvbyen-aeoa-" + tag));
        Api.lenientAs("editor").body(campaign("Sommer i Sølvbyen – Æøå " + tag, null, "2095-05-01", "2095-08-31")).post(CAMPAIGNS)
                .then().statusCode(409).body("errors[0].code", equalTo("slug-taken")).body("detail", containsString("Sølvbyen"));
    }

    @Test
    void resultsAreRecordedByDateAndChannelAndSummedWithRates() {
        String id = create(campaign("Resultater " + tag(), "resultater-" + tag(), "2096-01-01", "2096-12-31"));
        String metrics = CAMPAIGNS + "/" + id + "/metrics";
        Api.as("editor").body(Map.of("rows", List.of(row("2096-03-02", "meta", 10_000L, 200L, 150L, 5L, 1500),
                row("2096-03-03", "meta", 5_000L, 100L, 50L, 0L, 500.5), row("2096-03-02", "web", null, null, 100L, 5L, null))))
                .post(metrics).then().statusCode(200).body("inserted", equalTo(3)).body("updated", equalTo(0));

        Api.as("viewer").get(metrics).then().statusCode(200).body("rows", hasSize(3))
                .body("totals.impressions", equalTo(15_000)).body("totals.clicks", equalTo(300)).body("totals.sessions", equalTo(300))
                .body("totals.leads", equalTo(10)).body("totals.costNok", equalTo(2000.5f)).body("totals.ctr", equalTo(2.0f))
                .body("totals.costPerClick", equalTo(6.67f)).body("totals.costPerLead", equalTo(200.05f))
                .body("byChannel.channel", contains("meta", "web"))
                .body("byChannel[1].totals.costPerClick", nullValue()).body("byChannel[1].totals.ctr", nullValue())
                .body("daily.date", contains("2096-03-02", "2096-03-03")).body("daily[0].totals.sessions", equalTo(250))
                .body("daily[1].totals.costPerLead", nullValue());
        Api.as("viewer").get(metrics + "?from=2096-03-03&to=2096-03-09").then().statusCode(200).body("rows", hasSize(1))
                .body("from", equalTo("2096-03-03")).body("totals.sessions", equalTo(50));
        Api.as("viewer").get(CAMPAIGNS + "/" + id).then().statusCode(200).body("spendNok", equalTo(3000.5f))
                .body("progress.targets[0].actual", equalTo(300)).body("progress.targets[0].percent", equalTo(30.0f))
                .body("progress.targets[1].percent", equalTo(100.0f)).body("progress.budgetUsedPercent", equalTo(30.0f))
                .body("progress.elapsedPercent", equalTo(0.0f));

        // The same week again: unchanged; one value changed, one row emptied (removed), one new.
        Api.as("editor").body(Map.of("rows", List.of(row("2096-03-02", "meta", 10_000L, 200L, 150L, 5L, 1500.00),
                row("2096-03-03", "meta", 5_000L, 100L, 60L, 0L, 500.5), row("2096-03-02", "web", null, null, null, null, null),
                row("2096-03-04", "web", null, null, 10L, null, null))))
                .post(metrics).then().statusCode(200).body("inserted", equalTo(1)).body("updated", equalTo(1))
                .body("unchanged", equalTo(1)).body("removed", equalTo(1));
        Api.as("viewer").get(metrics).then().statusCode(200).body("rows.channel", contains("meta", "meta", "web"))
                .body("totals.sessions", equalTo(220));
        Api.as("admin").get("/api/v1/audit?entity=campaign-metric&id=" + id + "/2096-03-03/meta").then().statusCode(200)
                .body("items.action", contains("update", "create")).body("items[0].changes.sessions.after", equalTo(60));

        // Over budget once spend passes it.
        Api.as("editor").body(Map.of("rows", List.of(row("2096-03-05", "meta", 1L, 1L, 1L, 1L, 8000)))).post(metrics).then()
                .statusCode(200);
        Api.as("viewer").get(CAMPAIGNS + "/" + id).then().statusCode(200).body("overBudget", equalTo(true))
                .body("spendNok", equalTo(11000.5f));
    }

    @Test
    void badResultsNameTheRowAndNothingIsWritten() {
        String id = create(campaign("Feil " + tag(), "feil-" + tag(), "2096-01-01", "2096-12-31"));
        String metrics = CAMPAIGNS + "/" + id + "/metrics";
        Api.lenientAs("editor").body(Map.of("rows", List.of(row("2096-04-01", "meta", 1L, 1L, 1L, 1L, 1),
                row("2096-04-02", "tiktok", 1L, 1L, 1L, 1L, 1), row("2096-04-03", "meta", -1L, 1L, 1L, 1L, 1.234),
                row("2096-04-01", "meta", 2L, 1L, 1L, 1L, 1), row("1999-12-31", "web", 1L, null, null, null, null))))
                .post(metrics).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("rows[1].channel", "rows[2].impressions", "rows[2].costNok",
                        "rows[3].date", "rows[4].date"))
                .body("errors.find { it.field == 'rows[1].channel' }.code", equalTo("unknown-channel"))
                .body("errors.find { it.field == 'rows[3].date' }.code", equalTo("duplicate"));
        Api.as("viewer").get(metrics).then().statusCode(200).body("rows", hasSize(0));
        Api.lenientAs("editor").body(Map.of("rows", List.of())).post(metrics).then().statusCode(400);
        Api.lenientAs("editor").body(Map.of("rows", List.of(row("2096-04-01", "meta", 1L, 1L, 1L, 1L, 1))))
                .post(CAMPAIGNS + "/" + UUID.randomUUID() + "/metrics").then().statusCode(404);
        Api.lenientAs("viewer").get(metrics + "?from=2096-05-01&to=2096-04-01").then().statusCode(400)
                .body("errors[0].code", equalTo("before-from"));

        // A channel with results cannot be dropped from the campaign.
        Api.as("editor").body(Map.of("rows", List.of(row("2096-04-01", "web", 1L, 1L, 1L, 1L, 1)))).post(metrics).then()
                .statusCode(200);
        String etag = Api.as("editor").get(CAMPAIGNS + "/" + id).then().extract().header("ETag");
        Map<String, Object> body = campaign("Feil", "feil-x-" + tag(), "2096-01-01", "2096-12-31");
        body.put("channels", List.of("meta"));
        Api.lenientAs("editor").header("If-Match", etag).body(body).put(CAMPAIGNS + "/" + id).then().statusCode(400)
                .body("errors[0].code", equalTo("channel-in-use"));
    }

    @Test
    void badInputNamesEveryField() {
        Map<String, Object> bad = campaign(" ", "Ikke-gyldig", "2097-05-10", "2097-05-09");
        bad.put("status", "paused");
        bad.put("budgetNok", -1);
        bad.put("focusAreas", List.of("farming"));
        bad.put("channels", List.of("Meta Ads"));
        bad.put("targets", Map.of("followers", 10, "leads", -1));
        bad.put("kpis", List.of(Map.of("key", "no-such-kpi", "feeds", "leads")));
        bad.put("partners", List.of(Map.of("partnerId", UUID.randomUUID().toString(), "amountNok", 5)));
        bad.put("links", List.of(Map.of("baseUrl", "ftp://example.no/?utm_source=x", "source", "Meta", "medium", "paid")));
        Api.lenientAs("editor").body(bad).post(CAMPAIGNS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "slug", "status", "endDate", "budgetNok", "focusAreas[0]",
                        "channels[0]", "targets.followers", "targets.leads", "kpis[0]", "partners[0]", "links[0].baseUrl",
                        "links[0].source"));
        Map<String, Object> extra = campaign("Ekstra", "ekstra-" + tag(), "2097-01-01", "2097-01-02");
        extra.put("spendNok", 5);
        Api.lenientAs("editor").body(extra).post(CAMPAIGNS).then().statusCode(400).body("errors[0].code", equalTo("unknown-field"));
        Api.lenientAs("viewer").get(CAMPAIGNS + "?status=paused&year=1999&focusArea=farming&sort=popularity").then().statusCode(400);
        Api.lenientAs("viewer").get(CAMPAIGNS + "/comparison").then().statusCode(400).body("errors[0].field", equalTo("year"));
        Api.lenientAs("viewer").get(CAMPAIGNS + "/not-a-uuid").then().statusCode(404);
        String absent = CAMPAIGNS + "/" + UUID.randomUUID();
        Api.lenientAs("viewer").get(absent).then().statusCode(404).body("code", equalTo("not-found"));
        Api.lenientAs("viewer").get(absent + "/metrics").then().statusCode(404);
        Api.lenientAs("viewer").get(absent + "/metrics/export").then().statusCode(404);
        Api.lenientAs("editor").header("If-Match", "\"0\"").body(campaign("X", "x-" + tag(), "2097-01-01", "2097-01-02"))
                .put(absent).then().statusCode(404);
        Api.lenientAs("editor").header("If-Match", "\"0\"").delete(absent).then().statusCode(404);
    }

    @Test
    void theListFiltersByStatusFocusAreaYearChannelAndTextAndSorts() {
        String tag = tag();
        Map<String, Object> a = campaign("Liste " + tag + " A", "liste-a-" + tag, "2097-11-01", "2098-02-28");
        a.put("budgetNok", 300);
        String idA = create(a);
        Map<String, Object> b = campaign("Liste " + tag + " B", "liste-b-" + tag, "2098-05-01", "2098-06-30");
        b.put("status", "planned");
        b.put("focusAreas", List.of("tourism", "retail"));
        b.put("channels", List.of("newsletter"));
        b.put("budgetNok", 100);
        String idB = create(b);
        Map<String, Object> c = campaign("Liste " + tag + " C", "liste-c-" + tag, "2099-01-01", "2099-03-31");
        c.put("owner", "Visit Kongsberg " + tag);
        c.put("budgetNok", 200);
        String idC = create(c);
        String list = CAMPAIGNS + "?q=" + tag;

        Api.as("viewer").get(list).then().statusCode(200).body("items.id", contains(idC, idB, idA)).body("total", equalTo(3));
        Api.as("viewer").get(list + "&year=2098").then().statusCode(200).body("items.id", contains(idB, idA));
        Api.as("viewer").get(list + "&year=2097").then().statusCode(200).body("items.id", contains(idA));
        Api.as("viewer").get(list + "&status=planned").then().statusCode(200).body("items.id", contains(idB));
        Api.as("viewer").get(list + "&focusArea=retail").then().statusCode(200).body("items.id", contains(idB));
        Api.as("viewer").get(list + "&channel=web").then().statusCode(200).body("items.id", contains(idC, idA));
        Api.as("viewer").get(CAMPAIGNS + "?q=visit kongsberg " + tag).then().statusCode(200).body("items.id", contains(idC));
        Api.as("viewer").get(list + "&sort=budgetNok").then().statusCode(200).body("items.id", contains(idB, idC, idA));
        Api.as("viewer").get(list + "&sort=name&size=1&page=1").then().statusCode(200).body("items.id", contains(idB));
    }

    @Test
    void theComparisonShowsEachCampaignsResultsInTheYear() {
        String tag = tag();
        String a = create(campaign("Sammenlign " + tag + " A", "sml-a-" + tag, "2098-06-01", "2099-01-31"));
        String b = create(campaign("Sammenlign " + tag + " B", "sml-b-" + tag, "2098-01-01", "2098-03-31"));
        Api.as("editor").body(Map.of("rows", List.of(row("2098-12-01", "meta", 1000L, 10L, 100L, 4L, 400),
                row("2099-01-05", "meta", 1000L, 10L, 100L, 4L, 400)))).post(CAMPAIGNS + "/" + a + "/metrics").then().statusCode(200);
        var comparison = Api.as("viewer").get(CAMPAIGNS + "/comparison?year=2098").then().statusCode(200)
                .body("year", equalTo(2098)).extract().jsonPath();
        List<String> ids = comparison.getList("items.id");
        assertTrue(ids.indexOf(a) >= 0 && ids.indexOf(b) > ids.indexOf(a), "both, by name");
        int at = ids.indexOf(a);
        assertEquals(100, comparison.getInt("items[" + at + "].totals.sessions"));
        assertEquals(100.0f, comparison.getFloat("items[" + at + "].totals.costPerLead"));
        assertEquals(1800.0f, comparison.getFloat("items[" + at + "].spendNok"));
        assertEquals(null, (Object) comparison.get("items[" + ids.indexOf(b) + "].totals.costPerLead"));
    }

    @Test
    void theResultsDownloadOpensInExcel() {
        String slug = "eksport-" + tag();
        String id = create(campaign("Eksport", slug, "2099-05-01", "2099-05-31"));
        Api.as("editor").body(Map.of("rows", List.of(row("2099-05-02", "meta", 1000L, 10L, 100L, 4L, 400.5),
                row("2099-05-01", "web", null, null, 30L, null, null)))).post(CAMPAIGNS + "/" + id + "/metrics").then().statusCode(200);
        String csv = Api.as("viewer").get(CAMPAIGNS + "/" + id + "/metrics/export").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString(slug + "-results.csv"))
                .extract().asString();
        assertEquals("\uFEFFcampaign;date;channel;impressions;reach;clicks;sessions;leads;costNok\r\n"
                + slug + ";2099-05-01;web;;;;30;;\r\n"
                + slug + ";2099-05-02;meta;1000;500;10;100;4;400,50\r\n", csv);
    }

    @Test
    void aPartnerSeesOnlyTheCampaignsItCoFundsAndOnlyItsOwnShare() {
        String own = Api.as("partner").get("/api/v1/auth/me").then().statusCode(200).extract().path("partnerId");
        String other = Api.as("editor").get("/api/v1/partners?size=5&sort=name").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class).stream().filter(p -> !p.equals(own)).findFirst().orElseThrow();
        String tag = tag();
        Map<String, Object> funded = campaign("Samfinansiert " + tag, "samfin-" + tag, "2099-06-01", "2099-06-30");
        funded.put("partners", List.of(Map.of("partnerId", own, "amountNok", 50_000), Map.of("partnerId", other, "amountNok", 25_000)));
        String fundedId = create(funded);
        Api.as("editor").body(Map.of("rows", List.of(row("2099-06-02", "meta", 1000L, 10L, 100L, 4L, 400))))
                .post(CAMPAIGNS + "/" + fundedId + "/metrics").then().statusCode(200);
        Map<String, Object> notFunded = campaign("Ikke samfinansiert " + tag, "ikke-samfin-" + tag, "2099-06-01", "2099-06-30");
        notFunded.put("partners", List.of(Map.of("partnerId", other, "amountNok", 25_000)));
        String notFundedId = create(notFunded);

        Api.as("editor").get(CAMPAIGNS + "/" + fundedId).then().statusCode(200).body("partners", hasSize(2));
        Api.as("partner").get(CAMPAIGNS + "?q=" + tag).then().statusCode(200).body("items.id", contains(fundedId))
                .body("items[0].partners.partnerId", contains(own)).body("items[0].totals.sessions", equalTo(100));
        Api.as("partner").get(CAMPAIGNS + "/" + fundedId).then().statusCode(200).body("partners.amountNok", contains(50_000));
        Api.as("partner").get(CAMPAIGNS + "/" + fundedId + "/metrics").then().statusCode(200).body("totals.leads", equalTo(4));
        Api.as("partner").get(CAMPAIGNS + "/" + fundedId + "/metrics/export").then().statusCode(200);
        Api.lenientAs("partner").get(CAMPAIGNS + "/" + notFundedId).then().statusCode(404);
        Api.lenientAs("partner").get(CAMPAIGNS + "/" + notFundedId + "/metrics").then().statusCode(404);
        Api.lenientAs("partner").get(CAMPAIGNS + "/" + notFundedId + "/metrics/export").then().statusCode(404);
        Api.lenientAs("partner").get(CAMPAIGNS + "/comparison?year=2099").then().statusCode(403);
        Api.lenientAs("partner").body(Map.of("rows", List.of(row("2099-06-03", "meta", 1L, 1L, 1L, 1L, 1))))
                .post(CAMPAIGNS + "/" + fundedId + "/metrics").then().statusCode(403);
        Api.lenientAs("viewer").body(Map.of("rows", List.of(row("2099-06-03", "meta", 1L, 1L, 1L, 1L, 1))))
                .post(CAMPAIGNS + "/" + fundedId + "/metrics").then().statusCode(403);
        Api.lenientAs("viewer").body(funded).post(CAMPAIGNS).then().statusCode(403);
    }

    @Test
    void theDemoCampaignsAreThereWithResults() {
        Api.as("viewer").get(CAMPAIGNS + "?q=velkommen-hjem-2026").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].demo", equalTo(true)).body("items[0].channels", contains("meta", "google", "web", "newsletter"))
                .body("items[0].partners", hasSize(2));
    }
}
