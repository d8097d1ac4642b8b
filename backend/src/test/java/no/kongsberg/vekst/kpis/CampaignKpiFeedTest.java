package no.kongsberg.vekst.kpis;

import static no.kongsberg.vekst.campaigns.CampaignFixtures.CAMPAIGNS;
import static no.kongsberg.vekst.campaigns.CampaignFixtures.campaign;
import static no.kongsberg.vekst.campaigns.CampaignFixtures.create;
import static no.kongsberg.vekst.campaigns.CampaignFixtures.row;
import static no.kongsberg.vekst.campaigns.CampaignFixtures.tag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/** Campaigns that feed a KPI add their yearly sessions or leads to its value. Its KPI is its own, so any past years do. */
@QuarkusTest
class CampaignKpiFeedTest {

    @Test
    void aFeedingCampaignsLeadsAreAddedToTheKpisYearValue() {
        String key = KpisApiTest.newManualKpi("count", "higher-is-better", false);
        KpisApiTest.enter(key, 2024, 40);
        Map<String, Object> feeding = campaign("Leads " + tag(), "leads-" + tag(), "2024-01-01", "2025-12-31");
        feeding.put("kpis", List.of(Map.of("key", key, "feeds", "leads")));
        String id = create(feeding);
        Map<String, Object> linkedOnly = campaign("Lenket " + tag(), "lenket-" + tag(), "2024-01-01", "2024-12-31");
        linkedOnly.put("kpis", List.of(Map.of("key", key, "feeds", "sessions")));
        String other = create(linkedOnly);
        Api.as("editor").body(Map.of("rows", List.of(row("2024-05-01", "meta", 100L, 10L, 50L, 3L, 10),
                row("2024-05-02", "web", null, null, 20L, 2L, null), row("2025-01-10", "meta", 100L, 10L, 50L, 7L, 10))))
                .post(CAMPAIGNS + "/" + id + "/metrics").then().statusCode(200);
        Api.as("editor").body(Map.of("rows", List.of(row("2024-06-01", "meta", 100L, 10L, 1000L, 0L, 10))))
                .post(CAMPAIGNS + "/" + other + "/metrics").then().statusCode(200);

        Api.as("viewer").get("/api/v1/kpis/" + key + "/values").then().statusCode(200)
                .body("items.period", contains("2024", "2025"))
                .body("items[0].value", equalTo(40f + 5 + 1000)).body("items[0].fromCampaigns", equalTo(1005f))
                .body("items[0].comment", equalTo("Målt i test."))
                .body("items[1].value", equalTo(7f)).body("items[1].fromCampaigns", equalTo(7f)).body("items[1].version", nullValue());

        // The KPI itself and the list (which reads every KPI's campaign share at once) say the same.
        Api.as("viewer").get("/api/v1/kpis/" + key).then().statusCode(200).body("latest.period", equalTo("2025"))
                .body("latest.fromCampaigns", equalTo(7f));
        Api.as("viewer").queryParam("q", key).get("/api/v1/kpis").then().statusCode(200)
                .body("items[0].latest.value", equalTo(7f)).body("items[0].sparkline.value", contains(1045f, 7f));

        // No longer feeding: the value is the entered one again.
        String etag = Api.as("editor").get(CAMPAIGNS + "/" + other).then().extract().header("ETag");
        linkedOnly.put("kpis", List.of(Map.of("key", key)));
        Api.lenientAs("editor").header("If-Match", etag).body(linkedOnly).put(CAMPAIGNS + "/" + other).then().statusCode(200)
                .body("kpis[0].feeds", nullValue());
        Api.as("viewer").get("/api/v1/kpis/" + key + "/values").then().statusCode(200)
                .body("items[0].value", equalTo(45f)).body("items[0].fromCampaigns", equalTo(5f));
    }
}
