package no.kongsberg.vekst.publicapi;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The public answers: strong ETags and 304, the caching headers, open CORS, and a cache that never
 * serves an old figure after a change, whether made through the API or beside it.
 */
@QuarkusTest
class PublicAnswersApiTest {

    static final String SUMMARY = "/api/v1/public/jobs/summary?municipality=3303";

    @Inject
    AgroalDataSource database;

    @Test
    void aStrongETagOfTheBytesAnd304WhileTheyAreUnchanged() {
        var first = Api.anonymous().get(SUMMARY).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300"))
                .header("ETag", matchesPattern("^\"[A-Za-z0-9_-]{22}\"$"))
                .header("Warning", nullValue())
                .extract();
        String etag = first.header("ETag");
        // Served from memory: the same bytes and tag again.
        var second = Api.anonymous().get(SUMMARY).then().statusCode(200).header("ETag", etag).extract();
        assertEquals(first.asString(), second.asString());

        Api.anonymous().header("If-None-Match", etag).get(SUMMARY).then().statusCode(304)
                .header("ETag", etag).header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300"))
                .body(emptyString());
        // Weak comparison, lists and * as RFC 9110 says; another tag gets the whole answer.
        Api.anonymous().header("If-None-Match", "W/" + etag).get(SUMMARY).then().statusCode(304);
        Api.anonymous().header("If-None-Match", "\"other\", " + etag).get(SUMMARY).then().statusCode(304);
        Api.anonymous().header("If-None-Match", "*").get(SUMMARY).then().statusCode(304);
        Api.anonymous().header("If-None-Match", "\"other\"").get(SUMMARY).then().statusCode(200).header("ETag", etag);
        // Bad parameters are still 400, never cached as an answer.
        Api.lenient().get("/api/v1/public/jobs/summary?municipality=33").then().statusCode(400);
    }

    @Test
    void anEditThroughTheApiIsSeenByTheVeryNextRead() {
        var before = Api.anonymous().get(SUMMARY).then().statusCode(200).extract();
        int openings = before.path("openings");
        String id = Api.as("editor").body(opening("Cache " + UUID.randomUUID())).post("/api/v1/jobs/openings").then()
                .statusCode(201).extract().path("id");
        var after = Api.anonymous().header("If-None-Match", before.header("ETag")).get(SUMMARY).then().statusCode(200)
                .body("openings", equalTo(openings + 1)).extract();
        assertNotEquals(before.header("ETag"), after.header("ETag"));

        String etag = Api.as("editor").get("/api/v1/jobs/openings/" + id).then().extract().header("ETag");
        Api.as("editor").header("If-Match", etag).delete("/api/v1/jobs/openings/" + id).then().statusCode(204);
        Api.anonymous().get(SUMMARY).then().statusCode(200).body("openings", equalTo(openings));
    }

    @Test
    void aChangeMadeBesideThisInstanceArrivesAsADatabaseNotice() throws Exception {
        String title = "Notice " + UUID.randomUUID();
        String id = Api.as("editor").body(opening(title)).post("/api/v1/jobs/openings").then().statusCode(201).extract().path("id");
        String list = "/api/v1/public/jobs/openings?municipality=3303&size=500";
        Api.anonymous().get(list).then().statusCode(200).body("items.find { it.id == '" + id + "' }.title", equalTo(title));

        // As another instance, a script or the nightly job would: straight into the database.
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE job_opening SET title = ? WHERE id = ?")) {
            update.setString(1, title + " (endret)");
            update.setObject(2, UUID.fromString(id));
            assertEquals(1, update.executeUpdate());
        }
        // A correctness test, not a timing one: the notice usually arrives within milliseconds.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        String seen = null;
        while (Instant.now().isBefore(deadline)) {
            seen = Api.anonymous().get(list).then().statusCode(200).extract().path("items.find { it.id == '" + id + "' }.title");
            if ((title + " (endret)").equals(seen)) {
                break;
            }
            Thread.sleep(50);
        }
        assertEquals(title + " (endret)", seen);
    }

    @Test
    void anySiteMayReadOpenDataButNotTheRest() {
        Api.anonymous().header("Origin", "https://www.kongsberg.kommune.no").get(SUMMARY).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("ETag"));
        // A preflight (a widget sending If-None-Match itself) is answered for any origin.
        RestAssured.given().header("Origin", "https://regionportal.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").options("/api/v1/public/kpis").then()
                .statusCode(204).header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsStringIgnoringCase("If-None-Match"));
        // Signed-in endpoints stay with the configured origins.
        RestAssured.given().auth().oauth2(Api.tokenFor("viewer")).header("Origin", "https://www.kongsberg.kommune.no")
                .get("/api/v1/settings").then().header("Access-Control-Allow-Origin", not(equalTo("*")));
    }

    private static Map<String, Object> opening(String title) {
        Map<String, Object> employer = new HashMap<>();
        employer.put("organisationNumber", null);
        employer.put("name", "Bufferverket AS (fiktiv)");
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("employer", employer);
        body.put("municipality", "3303");
        body.put("address", null);
        body.put("postalCode", null);
        body.put("city", "Kongsberg");
        body.put("category", "Industri og produksjon");
        body.put("employmentType", "permanent");
        body.put("positions", 1);
        body.put("startDate", null);
        body.put("applicationDeadline", OsloTime.today().plusDays(20).toString());
        body.put("link", null);
        body.put("description", "Vi søker folk.");
        body.put("status", "published");
        return body;
    }
}
