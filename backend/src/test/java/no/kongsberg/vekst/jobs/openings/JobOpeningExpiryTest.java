package no.kongsberg.vekst.jobs.openings;

import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.OPENINGS;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.create;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.inDays;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.opening;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.tag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/** Openings past their deadline expire: shown so on every read at once, and stored so by the nightly job. */
@QuarkusTest
class JobOpeningExpiryTest {

    @Inject
    JobOpeningService openings;

    @Test
    void aPublishedOpeningPastItsDeadlineShowsAsExpiredBeforeTheNightlyJobHasRun() {
        String uuid = "ex-" + tag();
        Api.as("editor").body(OpeningFixtures.page(List.of(OpeningFixtures.ad(uuid, "Gått ut " + uuid, "KONGSBERG",
                inDays(-2).toString(), "ACTIVE")))).post(OpeningFixtures.FEED + "?mode=delta").then().statusCode(201);
        String id = Api.as("editor").get(OPENINGS + "?q=" + uuid + "&status=expired").then().statusCode(200)
                .body("items.status", contains("expired")).extract().path("items[0].id");
        Api.as("editor").get(OPENINGS + "?q=" + uuid + "&status=published").then().body("total", equalTo(0));
        Api.as("editor").get(OPENINGS + "/" + id).then().body("status", equalTo("expired"));
        Api.anonymous().get("/api/v1/public/jobs/openings?size=500").then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void theNightlyJobStoresExpiredAndAnEditorCanPublishAgainWithALaterDeadline() {
        String tag = tag();
        String id = create("editor", opening("Frist i morgen " + tag, null, "3303", inDays(1), "published"));
        String stillOpen = create("editor", opening("Frist om en uke " + tag, null, "3303", inDays(7), "published"));
        String draft = create("editor", opening("Utkast " + tag, null, "3303", inDays(1), "draft"));

        int expired = openings.expireDue(inDays(3));
        assertTrue(expired >= 1, "expired " + expired);
        String etag = Api.as("editor").get(OPENINGS + "/" + id).then().body("status", equalTo("expired")).extract().header("ETag");
        Api.as("editor").get(OPENINGS + "/" + stillOpen).then().body("status", equalTo("published"));
        Api.as("editor").get(OPENINGS + "/" + draft).then().body("status", equalTo("draft"));
        // Stored as expired: found so by the filter whatever the date.
        Api.as("editor").get(OPENINGS + "?q=" + tag + "&status=expired").then().body("items.id", contains(id))
                .body("total", greaterThanOrEqualTo(1));

        Map<String, Object> extended = opening("Frist i morgen " + tag, null, "3303", inDays(10), "published");
        Api.as("editor").header("If-Match", etag).body(extended).put(OPENINGS + "/" + id).then().statusCode(200)
                .body("status", equalTo("published"));
    }
}
