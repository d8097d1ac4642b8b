package no.kongsberg.vekst.jobs.openings;

import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.OPENINGS;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.create;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.inDays;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.newOrganisationNumber;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.opening;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.partner;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.partnerUserOf;
import static no.kongsberg.vekst.jobs.openings.OpeningFixtures.tag;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/** Job openings: the form's rules, ETags, who may see and change which, filters and sorting, categories. */
@QuarkusTest
class JobOpeningsApiTest {

    @Test
    void anEditorPostsReadsChangesAndRemovesAnOpeningWithEtags() {
        String tag = tag();
        Map<String, Object> body = opening("CNC-operatør " + tag, "123456785", "3303", inDays(20), "published");
        body.put("description", "Skift.\n\nFagbrev & erfaring.");
        var created = Api.as("editor").body(body).post(OPENINGS).then().statusCode(201).header("ETag", notNullValue())
                .body("source", equalTo("manual")).body("status", equalTo("published")).body("publishedAt", notNullValue())
                .body("municipality.name", equalTo("Kongsberg")).body("employer.organisationNumber", equalTo("123456785"))
                .body("positions", equalTo(2)).body("demo", equalTo(false))
                .body("description", equalTo("<p>Skift.</p><p>Fagbrev &amp; erfaring.</p>")).extract();
        String id = created.path("id");
        assertEquals("/api/v1/jobs/openings/" + id, java.net.URI.create(created.header("Location")).getPath());
        String etag = Api.as("viewer").get(OPENINGS + "/" + id).then().statusCode(200)
                .body("title", equalTo("CNC-operatør " + tag)).extract().header("ETag");

        body.put("title", "CNC-operatør, toskift " + tag);
        body.put("positions", null);
        body.put("status", "withdrawn");
        Api.lenientAs("editor").body(body).put(OPENINGS + "/" + id).then().statusCode(428);
        String changed = Api.as("editor").header("If-Match", etag).body(body).put(OPENINGS + "/" + id).then().statusCode(200)
                .body("title", equalTo("CNC-operatør, toskift " + tag)).body("positions", equalTo(1))
                .body("status", equalTo("withdrawn")).extract().header("ETag");
        assertNotEquals(etag, changed);
        Api.lenientAs("editor").header("If-Match", etag).body(body).put(OPENINGS + "/" + id).then().statusCode(412);
        Api.as("admin").get("/api/v1/audit?entity=job-opening&id=" + id).then().statusCode(200)
                .body("items.action", hasItem("update"));

        Api.lenientAs("editor").header("If-Match", etag).delete(OPENINGS + "/" + id).then().statusCode(412);
        Api.as("editor").header("If-Match", changed).delete(OPENINGS + "/" + id).then().statusCode(204);
        Api.lenientAs("viewer").get(OPENINGS + "/" + id).then().statusCode(404);
    }

    @Test
    void badInputIsA400NamingEachField() {
        Map<String, Object> body = opening(" ", "123456784", "9999", inDays(-1), "published");
        body.put("postalCode", "36");
        body.put("employmentType", "forever");
        body.put("positions", 0);
        body.put("link", "javascript:alert(1)");
        Api.lenientAs("editor").body(body).post(OPENINGS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("title", "employer.organisationNumber", "municipality", "postalCode",
                        "employmentType", "positions", "link", "applicationDeadline"))
                .body("errors.find { it.field == 'employer.organisationNumber' }.code", equalTo("invalid-organisation-number"))
                .body("errors.find { it.field == 'municipality' }.code", equalTo("unknown-municipality"))
                .body("errors.find { it.field == 'link' }.code", equalTo("invalid-url"))
                .body("errors.find { it.field == 'applicationDeadline' }.code", equalTo("deadline-passed"));

        Map<String, Object> expired = opening("Utløpt " + tag(), null, "3303", inDays(10), "expired");
        Api.lenientAs("editor").body(expired).post(OPENINGS).then().statusCode(400)
                .body("errors[0].field", equalTo("status")).body("errors[0].code", equalTo("not-settable"));

        Map<String, Object> noEmployer = opening("Uten arbeidsgiver " + tag(), null, "3303", inDays(10), "draft");
        noEmployer.remove("employer");
        noEmployer.remove("applicationDeadline");
        Api.lenientAs("editor").body(noEmployer).post(OPENINGS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("employer", "applicationDeadline"))
                .body("errors.code", contains("required", "required"));

        // A past deadline is fine for a draft: only publishing needs an open deadline.
        create("editor", opening("Utkast med gammel frist " + tag(), null, "3303", inDays(-5), "draft"));
        Api.lenientAs("editor").body(Map.of("title", "x", "unknown", 1)).post(OPENINGS).then().statusCode(400);
        Api.lenientAs("editor").get(OPENINGS + "?status=open").then().statusCode(400).body("errors[0].field", equalTo("status"));
        Api.lenientAs("editor").get(OPENINGS + "?municipality=33").then().statusCode(400);
        Api.lenientAs("editor").get(OPENINGS + "?sort=salary").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        Api.lenientAs("editor").get(OPENINGS + "/not-an-id").then().statusCode(404);
    }

    @Test
    void viewersReadAndNobodyElseWrites() {
        String id = create("editor", opening("Lesbar " + tag(), null, "3303", inDays(10), "draft"));
        Api.as("viewer").get(OPENINGS + "/" + id).then().statusCode(200);
        Api.lenientAs("viewer").body(opening("Nei", null, "3303", inDays(10), "draft")).post(OPENINGS).then().statusCode(403);
        Api.lenientAs("viewer").header("If-Match", "\"0\"").delete(OPENINGS + "/" + id).then().statusCode(403);
        Api.lenient().get(OPENINGS).then().statusCode(401);
        Api.lenientAs("viewer").body(Map.of()).post(OPENINGS + "/imports").then().statusCode(403);
    }

    @Test
    void aPartnerUserPostsAndManagesItsOwnOrganisationsOpeningsOnly() {
        String tag = tag();
        String ownNumber = newOrganisationNumber();
        String own = partner("Egen Bedrift " + tag + " AS", ownNumber);
        String otherNumber = newOrganisationNumber();
        partner("Annen Bedrift " + tag + " AS", otherNumber);
        String token = partnerUserOf(own);

        // The employer may be left out: the partner's own organisation is used.
        Map<String, Object> body = opening("Egen stilling " + tag, null, "3303", inDays(14), "published");
        body.remove("employer");
        var created = Api.withToken(token).body(body).post(OPENINGS).then().statusCode(201).body("source", equalTo("partner"))
                .body("employer.organisationNumber", equalTo(ownNumber)).body("employer.name", equalTo("Egen Bedrift " + tag + " AS"))
                .body("employer.partner.id", equalTo(own)).extract();
        String ownOpening = created.path("id");

        Map<String, Object> foreign = opening("Andres stilling " + tag, otherNumber, "3303", inDays(14), "published");
        Api.lenientWithToken(token).body(foreign).post(OPENINGS).then().statusCode(400)
                .body("errors[0].field", equalTo("employer.organisationNumber")).body("errors[0].code", equalTo("not-own-organisation"));

        // An editor's opening for the partner's organisation is the partner's too; another organisation's is not.
        String byEditor = create("editor", opening("Redaktørens stilling " + tag, ownNumber, "3303", inDays(14), "draft"));
        String othersOpening = create("editor", foreign);
        Api.as("editor").get(OPENINGS + "/" + othersOpening).then().statusCode(200).body("employer.partner.name",
                equalTo("Annen Bedrift " + tag + " AS"));

        Api.withToken(token).get(OPENINGS + "?sort=title&q=" + tag).then().statusCode(200).body("total", equalTo(2))
                .body("items.id", contains(ownOpening, byEditor));
        Api.withToken(token).get(OPENINGS).then().statusCode(200).body("items.id", not(hasItem(othersOpening)))
                .body("items.employer.organisationNumber", org.hamcrest.Matchers.everyItem(equalTo(ownNumber)));
        Api.lenientWithToken(token).get(OPENINGS + "/" + othersOpening).then().statusCode(404);
        String othersTag = Api.as("editor").get(OPENINGS + "/" + othersOpening).then().extract().header("ETag");
        Api.lenientWithToken(token).header("If-Match", othersTag).body(body).put(OPENINGS + "/" + othersOpening).then()
                .statusCode(404);
        Api.lenientWithToken(token).header("If-Match", othersTag).delete(OPENINGS + "/" + othersOpening).then().statusCode(404);

        String etag = Api.withToken(token).get(OPENINGS + "/" + byEditor).then().statusCode(200).extract().header("ETag");
        Map<String, Object> change = opening("Redaktørens stilling, endret " + tag, null, "3303", inDays(20), "published");
        change.remove("employer");
        Api.withToken(token).header("If-Match", etag).body(change).put(OPENINGS + "/" + byEditor).then().statusCode(200)
                .body("status", equalTo("published")).body("employer.organisationNumber", equalTo(ownNumber));
        String ownTag = created.header("ETag");
        Api.withToken(token).header("If-Match", ownTag).delete(OPENINGS + "/" + ownOpening).then().statusCode(204);
        // Partners cannot import the feed.
        Api.lenientWithToken(token).body(Map.of()).post(OPENINGS + "/imports").then().statusCode(403);
    }

    @Test
    void theListFiltersAndSorts() {
        String tag = tag();
        String a = create("editor", opening("A-stilling " + tag, null, "3303", inDays(30), "published"));
        Map<String, Object> bBody = opening("B-stilling " + tag, null, "3332", inDays(5), "draft");
        bBody.put("category", "Helse og omsorg");
        String b = create("editor", bBody);
        String c = create("editor", opening("C-stilling " + tag, null, "3303", inDays(10), "withdrawn"));

        Api.as("viewer").get(OPENINGS + "?q=" + tag + "&sort=applicationDeadline").then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", contains(b, c, a));
        Api.as("viewer").get(OPENINGS + "?q=" + tag + "&sort=-title").then().body("items.id", contains(c, b, a));
        Api.as("viewer").get(OPENINGS + "?q=" + tag + "&status=published").then().body("items.id", contains(a));
        Api.as("viewer").get(OPENINGS + "?q=" + tag + "&municipality=3332").then().body("items.id", contains(b));
        Api.as("viewer").get(OPENINGS + "?q=" + tag + "&category=helse og omsorg").then().body("items.id", contains(b));
        Api.as("viewer").get(OPENINGS + "?q=" + tag + "&source=job-feed").then().body("total", equalTo(0));
        Api.as("viewer").get(OPENINGS + "?q=" + tag + "&size=1&page=1&sort=title").then().body("items.id", contains(b))
                .body("total", equalTo(3));
        Api.lenientAs("viewer").get(OPENINGS + "?municipality=0000").then().statusCode(400)
                .body("errors[0].code", equalTo("unknown-municipality"));

        Api.as("viewer").get(OPENINGS + "/categories").then().statusCode(200)
                .body("items.category", hasItem("Helse og omsorg"))
                .body("items.find { it.category == 'Helse og omsorg' }.openings", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void aPartnerUserSeesTheCategoriesOfOpenOpeningsAndItsOwnOnly() {
        String tag = tag();
        String own = partner("Kategori Egen " + tag + " AS", newOrganisationNumber());
        String token = partnerUserOf(own);
        Map<String, Object> hidden = opening("Utkast for andre " + tag, null, "3303", inDays(10), "draft");
        hidden.put("category", "Skjult " + tag);
        create("editor", hidden);
        Map<String, Object> open = opening("Åpen for alle " + tag, null, "3303", inDays(10), "published");
        open.put("category", "Åpen " + tag);
        create("editor", open);
        Map<String, Object> mine = opening("Egen kladd " + tag, null, "3303", inDays(10), "draft");
        mine.remove("employer");
        mine.put("category", "Egen " + tag);
        Api.withToken(token).body(mine).post(OPENINGS).then().statusCode(201);

        Api.withToken(token).get(OPENINGS + "/categories").then().statusCode(200)
                .body("items.category", hasItem("Åpen " + tag)).body("items.category", hasItem("Egen " + tag))
                .body("items.category", not(hasItem("Skjult " + tag)));
        Api.as("viewer").get(OPENINGS + "/categories").then().statusCode(200).body("items.category", hasItem("Skjult " + tag));
    }

    @Test
    void anOpeningFromTheFeedIsChangedByTheFeedOnly() {
        String uuid = "feed-owned-" + tag();
        Api.as("editor").body(OpeningFixtures.page(java.util.List.of(OpeningFixtures.ad(uuid, "Feedstilling", "KONGSBERG",
                inDays(9).toString(), "ACTIVE")))).post(OpeningFixtures.FEED).then().statusCode(201);
        var read = Api.as("editor").get(OPENINGS + "?source=job-feed&q=Feedbedrift Feedstilling").then().statusCode(200)
                .body("items.sourceId", hasItem(uuid)).extract();
        String id = read.path("items.find { it.sourceId == '" + uuid + "' }.id");
        String etag = Api.as("editor").get(OPENINGS + "/" + id).then().extract().header("ETag");
        Map<String, Object> body = new HashMap<>(opening("Endret", null, "3303", inDays(9), "withdrawn"));
        Api.lenientAs("editor").header("If-Match", etag).body(body).put(OPENINGS + "/" + id).then().statusCode(409)
                .body("errors[0].code", equalTo("feed-owned"));
        Api.lenientAs("editor").header("If-Match", etag).delete(OPENINGS + "/" + id).then().statusCode(409);
        Api.as("editor").get(OPENINGS + "/" + id).then().body("title", equalTo("Feedstilling")).body("source", equalTo("job-feed"))
                .body("startDate", nullValue());
    }
}
