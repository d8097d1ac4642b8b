package no.kongsberg.vekst.publicapi;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The public openings: published and open only, newest first, nothing internal, and the widget's
 * summary. The openings here are in Hammerfest (5603), which no other test uses.
 */
@QuarkusTest
class PublicJobsApiTest {

    private static final String PLACE = "5603";

    private static String post(String title, String category, int positions, int deadlineInDays, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("employer", Map.of("name", "Nordkapp Fisk AS"));
        body.put("municipality", PLACE);
        body.put("category", category);
        body.put("positions", positions);
        body.put("applicationDeadline", OsloTime.today().plusDays(deadlineInDays).toString());
        body.put("status", status);
        return Api.as("editor").body(body).post("/api/v1/jobs/openings").then().statusCode(201).extract().path("id");
    }

    @Test
    void onlyPublishedOpenOpeningsAreShownNewestFirstWithNothingInternal() throws InterruptedException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String older = post("Fiskeskjærer " + tag, "Industri og produksjon", 3, 10, "published");
        Thread.sleep(20);
        String newer = post("Regnskapsfører " + tag, "Økonomi", 1, 20, "published");
        post("Utkast " + tag, "Økonomi", 1, 20, "draft");
        String withdrawn = post("Trukket " + tag, "Økonomi", 1, 20, "published");
        String etag = Api.as("editor").get("/api/v1/jobs/openings/" + withdrawn).then().extract().header("ETag");
        Map<String, Object> change = new HashMap<>();
        change.put("title", "Trukket " + tag);
        change.put("employer", Map.of("name", "Nordkapp Fisk AS"));
        change.put("municipality", PLACE);
        change.put("applicationDeadline", OsloTime.today().plusDays(20).toString());
        change.put("status", "withdrawn");
        Api.as("editor").header("If-Match", etag).body(change).put("/api/v1/jobs/openings/" + withdrawn).then().statusCode(200);

        Api.anonymous().get("/api/v1/public/jobs/openings?municipality=" + PLACE).then().statusCode(200)
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300").header("Access-Control-Allow-Origin", "*")
                .body("items.id", contains(newer, older)).body("total", equalTo(2))
                .body("items[0]", not(hasKey("status"))).body("items[0]", not(hasKey("source")))
                .body("items[0]", not(hasKey("version"))).body("items[0].employer", not(hasKey("partner")))
                .body("items[0].municipality.code", equalTo(PLACE)).body("items[1].positions", equalTo(3));
        Api.anonymous().get("/api/v1/public/jobs/openings?municipality=" + PLACE + "&category=økonomi").then()
                .body("items.id", contains(newer));
        Api.anonymous().get("/api/v1/public/jobs/openings?municipality=" + PLACE + "&size=1&page=1").then()
                .body("items.id", contains(older)).body("total", equalTo(2));
    }

    @Test
    void theSummaryCountsOpeningsAndPositionsByCategory() {
        String place = "5605"; // Sør-Varanger, this test's own
        Map<String, Object> body = new HashMap<>();
        body.put("employer", Map.of("name", "Kirkenes Verft AS"));
        body.put("municipality", place);
        body.put("applicationDeadline", OsloTime.today().plusDays(5).toString());
        body.put("status", "published");
        for (int i = 0; i < 7; i++) {
            Map<String, Object> one = new HashMap<>(body);
            one.put("title", "Verftsjobb " + i);
            one.put("category", i < 4 ? "Industri og produksjon" : i < 6 ? "Bygg og anlegg" : null);
            one.put("positions", i + 1);
            Api.as("editor").body(one).post("/api/v1/jobs/openings").then().statusCode(201);
        }
        Api.anonymous().get("/api/v1/public/jobs/summary?municipality=" + place).then().statusCode(200)
                .body("municipality.name", equalTo("Sør-Varanger")).body("openings", equalTo(7))
                .body("positions", equalTo(28))
                .body("byCategory.category", contains("Industri og produksjon", "Bygg og anlegg", null))
                .body("byCategory.openings", contains(4, 2, 1)).body("byCategory.positions", contains(10, 11, 7))
                .body("newest.size()", equalTo(5)).body("newest.title", everyItem(org.hamcrest.Matchers.startsWith("Verftsjobb")));
        Api.anonymous().get("/api/v1/public/jobs/summary").then().statusCode(200).body("municipality", nullValue())
                .body("newest.size()", lessThanOrEqualTo(5));
    }

    @Test
    void badParametersAre400() {
        Api.lenient().get("/api/v1/public/jobs/openings?municipality=abc").then().statusCode(400)
                .body("errors[0].field", equalTo("municipality"));
        Api.lenient().get("/api/v1/public/jobs/openings?municipality=0000").then().statusCode(400)
                .body("errors[0].code", equalTo("unknown-municipality"));
        Api.lenient().get("/api/v1/public/jobs/openings?size=0").then().statusCode(400);
        Api.lenient().get("/api/v1/public/jobs/summary?municipality=12345").then().statusCode(400);
    }
}
