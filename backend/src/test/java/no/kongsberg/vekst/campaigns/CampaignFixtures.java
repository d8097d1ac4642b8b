package no.kongsberg.vekst.campaigns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.support.Api;

/** Campaign bodies and results for the campaign tests; each test uses a slug of its own. */
public final class CampaignFixtures {

    public static final String CAMPAIGNS = "/api/v1/campaigns";

    private CampaignFixtures() {
    }

    /** A unique suffix for names and slugs. */
    public static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> campaign(String name, String slug, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("slug", slug);
        body.put("description", "Rekrutterer utflyttede kongsbergensere.");
        body.put("focusAreas", List.of("residents"));
        body.put("targetGroups", List.of("Utflyttede 25-40 år"));
        body.put("channels", new ArrayList<>(List.of("meta", "web")));
        body.put("startDate", start);
        body.put("endDate", end);
        body.put("budgetNok", 10_000);
        body.put("otherSpendNok", 1_000);
        body.put("owner", "Kongsberg Næringsforum");
        body.put("status", "active");
        body.put("kpis", List.of());
        body.put("partners", List.of());
        body.put("targets", Map.of("sessions", 1000, "leads", 10));
        body.put("links", List.of());
        return body;
    }

    /** Creates the campaign as an editor; returns its id. */
    public static String create(Map<String, Object> body) {
        return Api.as("editor").body(body).post(CAMPAIGNS).then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> row(String date, String channel, Long impressions, Long clicks, Long sessions, Long leads,
            Number costNok) {
        Map<String, Object> row = new HashMap<>();
        row.put("date", date);
        row.put("channel", channel);
        row.put("impressions", impressions);
        row.put("reach", impressions == null ? null : impressions / 2);
        row.put("clicks", clicks);
        row.put("sessions", sessions);
        row.put("leads", leads);
        row.put("costNok", costNok);
        return row;
    }
}
