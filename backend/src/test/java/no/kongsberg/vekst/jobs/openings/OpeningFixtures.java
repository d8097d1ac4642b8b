package no.kongsberg.vekst.jobs.openings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.FreshOrganisationNumbers;

/** Openings, partners, partner users and job-feed files made for the openings tests. */
final class OpeningFixtures {

    static final String OPENINGS = "/api/v1/jobs/openings";
    static final String FEED = "/api/v1/jobs/openings/imports";

    private OpeningFixtures() {
    }

    static String newOrganisationNumber() {
        return FreshOrganisationNumbers.from(60_000_000);
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static LocalDate inDays(int days) {
        return OsloTime.today().plusDays(days);
    }

    /** A complete opening as an editor posts it. */
    static Map<String, Object> opening(String title, String organisationNumber, String municipality, LocalDate deadline,
            String status) {
        Map<String, Object> employer = new HashMap<>();
        employer.put("organisationNumber", organisationNumber);
        employer.put("name", "Arbeidsgiver " + title);
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("employer", employer);
        body.put("municipality", municipality);
        body.put("address", "Kirkegårdsveien 45");
        body.put("postalCode", "3616");
        body.put("city", "Kongsberg");
        body.put("category", "Industri og produksjon");
        body.put("employmentType", "permanent");
        body.put("positions", 2);
        body.put("startDate", null);
        body.put("applicationDeadline", deadline.toString());
        body.put("link", "https://example.org/jobb/" + title.replace(' ', '-'));
        body.put("description", "Vi søker folk.");
        body.put("status", status);
        return body;
    }

    static String create(String user, Map<String, Object> body) {
        return Api.as(user).body(body).post(OPENINGS).then().statusCode(201).extract().path("id");
    }

    /** A partner made by an editor; returns its id. */
    static String partner(String name, String organisationNumber) {
        return Api.as("editor").body(Map.of("organisationNumber", organisationNumber, "name", name, "sector", "industry",
                "status", "active", "publicListingConsent", false)).post("/api/v1/partners").then().statusCode(201)
                .extract().path("id");
    }

    /** A signed-in partner user of the partner (invited by the admin, its own password set); returns its token. */
    static String partnerUserOf(String partnerId) {
        String username = "job-" + tag();
        String temporary = Api.as("admin").body(Map.of("username", username, "displayName", "Stillingsansvarlig"))
                .post("/api/v1/partners/" + partnerId + "/users").then().statusCode(201).extract().path("temporaryPassword");
        String token = Api.signIn(username, temporary);
        Api.withToken(token).body(Map.of("currentPassword", temporary, "newPassword", "stillinger-" + tag()))
                .post("/api/v1/auth/password").then().statusCode(204);
        return token;
    }

    /** One ad of the job feed, in Kongsberg unless told otherwise. */
    static Map<String, Object> ad(String uuid, String title, String municipal, String expires, String status) {
        Map<String, Object> ad = new HashMap<>();
        ad.put("uuid", uuid);
        ad.put("title", title);
        ad.put("employer", Map.of("name", "Feedbedrift " + title, "orgnr", "123456785"));
        Map<String, Object> location = new HashMap<>();
        location.put("country", "NORGE");
        location.put("municipal", municipal);
        location.put("postalCode", "3616");
        location.put("city", "KONGSBERG");
        location.put("address", "Kirkegårdsveien 45");
        ad.put("workLocations", List.of(location));
        ad.put("published", "2026-11-20T08:00:00Z");
        ad.put("expires", expires);
        ad.put("link", "https://arbeidsplassen.example/stilling/" + uuid);
        ad.put("status", status);
        ad.put("occupationCategories", List.of(Map.of("level1", "Industri og produksjon", "level2", "Mekaniske fag")));
        ad.put("engagementtype", "Fast");
        ad.put("positioncount", 1);
        ad.put("description", "<p>Godt arbeidsmiljø.</p><script>alert(1)</script>");
        return ad;
    }

    static Map<String, Object> page(List<Map<String, Object>> ads) {
        Map<String, Object> page = new HashMap<>();
        page.put("content", new ArrayList<>(ads));
        page.put("totalElements", ads.size());
        page.put("pageNumber", 0);
        page.put("pageSize", ads.size());
        page.put("totalPages", 1);
        page.put("first", true);
        page.put("last", true);
        return page;
    }
}
