package no.kongsberg.vekst.events;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.FreshOrganisationNumbers;
import org.junit.jupiter.api.Test;

/** Events: CRUD, partner links, the period filter, and the demo events. Dates in 2081-2085 are this class's. */
@QuarkusTest
class EventsApiTest {

    private static final String EVENTS = "/api/v1/events";

    static Map<String, Object> event(String name, String date, String endDate, List<String> partnerIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("date", date);
        body.put("endDate", endDate);
        body.put("place", "Kongsberg kulturhus");
        body.put("focusArea", "residents");
        body.put("description", "Boligutviklere og meglere viser fram nye boliger.");
        body.put("attendees", 450);
        body.put("partnerIds", partnerIds);
        body.put("notes", null);
        return body;
    }

    static String create(Map<String, Object> body) {
        return Api.as("editor").body(body).post(EVENTS).then().statusCode(201).extract().path("id");
    }

    /** A partner registered through the API; returns its id. */
    static String partner(String name) {
        String number = FreshOrganisationNumbers.from(70_000_000);
        return Api.as("editor").body(Map.of("organisationNumber", number, "name", name, "sector", "residents", "status",
                "active", "publicListingConsent", false)).post("/api/v1/partners").then().statusCode(201).extract().path("id");
    }

    @Test
    void anEditorRegistersReadsChangesAndRemovesAnEventWithEtags() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String bolig = partner("Bolig " + tag + " AS");
        String megler = partner("Aktiv Megler " + tag + " AS");
        var created = Api.as("editor").body(event("Boligdag " + tag, "2081-04-18", null, List.of(bolig, megler))).post(EVENTS)
                .then().statusCode(201).header("ETag", notNullValue()).body("demo", equalTo(false))
                .body("partners.name", contains("Aktiv Megler " + tag + " AS", "Bolig " + tag + " AS"))
                .body("partners.id", contains(megler, bolig)).body("endDate", nullValue()).body("attendees", equalTo(450))
                .extract();
        String id = created.path("id");
        assertEquals("/api/v1/events/" + id, java.net.URI.create(created.header("Location")).getPath());
        String etag = Api.as("viewer").get(EVENTS + "/" + id).then().statusCode(200).body("name", equalTo("Boligdag " + tag))
                .extract().header("ETag");
        assertEquals(created.header("ETag"), etag);

        Map<String, Object> change = event("Boligdag " + tag + " (to dager)", "2081-04-18", "2081-04-19", List.of(bolig));
        change.put("focusArea", null);
        change.put("attendees", null);
        change.put("notes", "Flyttet til to dager");
        String newEtag = Api.as("editor").header("If-Match", etag).body(change).put(EVENTS + "/" + id).then().statusCode(200)
                .body("endDate", equalTo("2081-04-19")).body("focusArea", nullValue()).body("attendees", nullValue())
                .body("partners.id", contains(bolig)).body("notes", equalTo("Flyttet til to dager")).extract().header("ETag");
        Api.lenientAs("editor").header("If-Match", etag).body(change).put(EVENTS + "/" + id).then().statusCode(412);
        Api.lenientAs("editor").body(change).put(EVENTS + "/" + id).then().statusCode(428);
        Api.lenientAs("editor").header("If-Match", etag).delete(EVENTS + "/" + id).then().statusCode(412);
        Api.lenientAs("editor").delete(EVENTS + "/" + id).then().statusCode(428);
        Api.as("admin").header("If-Match", newEtag).delete(EVENTS + "/" + id).then().statusCode(204);
        Api.lenientAs("viewer").get(EVENTS + "/" + id).then().statusCode(404).body("code", equalTo("not-found"));
        // The partners stay; only the links went.
        Api.as("viewer").get("/api/v1/partners/" + megler).then().statusCode(200);

        Api.as("admin").get("/api/v1/audit?entity=event&id=" + id).then().statusCode(200)
                .body("items.action", contains("delete", "update", "create"))
                .body("items[1].changes.partnerIds.after", contains(bolig))
                .body("items[1].changes.endDate.after", equalTo("2081-04-19"));
    }

    @Test
    void unknownIdsAre404() {
        Api.lenientAs("viewer").get(EVENTS + "/" + UUID.randomUUID()).then().statusCode(404);
        Api.lenientAs("viewer").get(EVENTS + "/not-a-uuid").then().statusCode(404);
        Api.lenientAs("editor").header("If-Match", "\"0\"").body(event("X", "2082-01-01", null, List.of()))
                .put(EVENTS + "/" + UUID.randomUUID()).then().statusCode(404);
        Api.lenientAs("editor").header("If-Match", "\"0\"").delete(EVENTS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void thePeriodSelectsEventsOnAnyOfTheirDays() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String first = create(event("Periode " + tag + " A", "2082-03-01", null, List.of()));
        String multiDay = create(event("Periode " + tag + " B", "2082-03-10", "2082-03-12", List.of()));
        String later = create(event("Periode " + tag + " C", "2082-04-01", null, List.of()));
        String list = EVENTS + "?q=" + tag;

        Api.as("viewer").get(list).then().statusCode(200).body("items.id", contains(first, multiDay, later));
        Api.as("viewer").get(list + "&from=2082-03-01&to=2082-03-01").then().statusCode(200).body("items.id", contains(first));
        Api.as("viewer").get(list + "&from=2082-03-11&to=2082-03-31").then().statusCode(200).body("items.id", contains(multiDay));
        Api.as("viewer").get(list + "&from=2082-03-13").then().statusCode(200).body("items.id", contains(later));
        Api.as("viewer").get(list + "&to=2082-03-10").then().statusCode(200).body("items.id", contains(first, multiDay));
        Api.as("viewer").get(EVENTS + "?from=2082-01-01&to=2082-12-31&sort=-date").then().statusCode(200)
                .body("items.id", hasItems(later, multiDay, first));
    }

    @Test
    void theListFiltersByPartnerFocusAreaAndTextAndSorts() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String partner = partner("Deltaker " + tag + " AS");
        Map<String, Object> summit = event("Sort " + tag + " Technology Summit", "2083-10-14", "2083-10-15", List.of(partner));
        summit.put("focusArea", "industry");
        summit.put("place", "Kongsberg Teknologipark");
        summit.put("attendees", 500);
        String a = create(summit);
        Map<String, Object> bolig = event("Sort " + tag + " Boligdag", "2083-04-12", null, List.of());
        bolig.put("attendees", 300);
        bolig.put("place", "Kulturhuset");
        String b = create(bolig);
        Map<String, Object> open = event("Sort " + tag + " Åpent møte", "2083-06-01", null, List.of(partner));
        open.put("place", null);
        open.put("attendees", null);
        open.put("focusArea", null);
        open.put("description", "Om " + tag + "-planene");
        String c = create(open);
        String list = EVENTS + "?q=sort " + tag;

        Api.as("viewer").get(EVENTS + "?partner=" + partner).then().statusCode(200).body("items.id", contains(c, a));
        Api.as("viewer").get(EVENTS + "?partner=" + UUID.randomUUID()).then().statusCode(200).body("total", equalTo(0));
        Api.as("viewer").get(list + "&focusArea=industry").then().statusCode(200).body("items.id", contains(a));
        Api.as("viewer").get(EVENTS + "?q=TEKNOLOGIPARK&from=2083-01-01&to=2083-12-31").then().statusCode(200)
                .body("items.id", contains(a));
        Api.as("viewer").get(EVENTS + "?q=" + tag + "-planene").then().statusCode(200).body("items.id", contains(c));
        Api.as("viewer").get(list + "&sort=name").then().statusCode(200).body("items.id", contains(b, a, c));
        Api.as("viewer").get(list + "&sort=-date").then().statusCode(200).body("items.id", contains(a, c, b));
        // Without a place or attendance: last, whichever the direction.
        Api.as("viewer").get(list + "&sort=-attendees").then().statusCode(200).body("items.id", contains(a, b, c));
        Api.as("viewer").get(list + "&sort=attendees").then().statusCode(200).body("items.id", contains(b, a, c));
        Api.as("viewer").get(list + "&sort=-place").then().statusCode(200).body("items.id", contains(b, a, c));
        Api.as("viewer").get(list + "&sort=-updatedAt&size=1&page=2").then().statusCode(200).body("items.id", contains(a))
                .body("total", equalTo(3));
    }

    @Test
    void badQueryValuesAreA400NamingTheParameter() {
        Api.lenientAs("viewer").get(EVENTS + "?from=2084-05-01&to=2084-04-30").then().statusCode(400)
                .body("errors[0].field", equalTo("to")).body("errors[0].code", equalTo("before-from"));
        Api.lenientAs("viewer").get(EVENTS + "?from=yesterday&to=2084-13-01&partner=nobody&focusArea=farming").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("from", "to", "partner", "focusArea"));
        Api.lenientAs("viewer").get(EVENTS + "?from=+99999-01-01").then().statusCode(400).body("errors[0].field", equalTo("from"));
        Api.lenientAs("viewer").get(EVENTS + "?sort=popularity").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        Api.lenientAs("viewer").queryParam("q", "\u0000").get(EVENTS).then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void badInputNamesEveryField() {
        String known = partner("Kjent " + UUID.randomUUID().toString().substring(0, 6) + " AS");
        String unknown = UUID.randomUUID().toString();
        Map<String, Object> bad = event(" ", "2084-05-10", "2084-05-09", List.of(known, unknown, known));
        bad.put("focusArea", "farming");
        bad.put("attendees", -1);
        bad.put("place", "p".repeat(201));
        bad.put("notes", "n".repeat(4001));
        Api.lenientAs("editor").body(bad).post(EVENTS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "endDate", "focusArea", "attendees", "place", "notes",
                        "partnerIds[1]", "partnerIds[2]"))
                .body("errors.find { it.field == 'endDate' }.code", equalTo("before-date"))
                .body("errors.find { it.field == 'partnerIds[1]' }.code", equalTo("unknown-partner"))
                .body("errors.find { it.field == 'partnerIds[2]' }.code", equalTo("duplicate"));
        Map<String, Object> noDate = event("Uten dato", null, null, List.of());
        Api.lenientAs("editor").body(noDate).post(EVENTS).then().statusCode(400).body("errors[0].field", equalTo("date"))
                .body("errors[0].code", equalTo("required"));
        Api.lenientAs("editor").body(event("Feil id", "2084-05-10", null, List.of("not-a-uuid"))).post(EVENTS).then()
                .statusCode(400).body("errors[0].field", equalTo("partnerIds[0]"));
        Api.lenientAs("editor").body(event("Langt fram", "1850-05-10", "+99999-05-10", List.of())).post(EVENTS).then()
                .statusCode(400).body("errors.field", containsInAnyOrder("date", "endDate"))
                .body("errors.code", everyItem(equalTo("out-of-range")));
        Map<String, Object> extra = event("Ekstra", "2084-05-10", null, List.of());
        extra.put("demo", true);
        Api.lenientAs("editor").body(extra).post(EVENTS).then().statusCode(400).body("errors[0].code", equalTo("unknown-field"));

        String id = create(event("Skal endres feil " + UUID.randomUUID(), "2084-06-01", null, List.of(known)));
        String etag = Api.as("viewer").get(EVENTS + "/" + id).then().extract().header("ETag");
        Api.lenientAs("editor").header("If-Match", etag).body(bad).put(EVENTS + "/" + id).then().statusCode(400)
                .body("errors.field", hasItems("name", "partnerIds[1]"));
        Api.as("viewer").get(EVENTS + "/" + id).then().statusCode(200).header("ETag", equalTo(etag))
                .body("partners.id", contains(known));
        Api.as("viewer").body(event("Ikke lov", "2084-06-01", null, List.of())).post(EVENTS).then().statusCode(403);
    }

    @Test
    void theDemoEventsAreMarked() {
        Api.as("viewer").get(EVENTS + "?q=(demo)&from=2023-01-01&to=2027-12-31&size=100").then().statusCode(200)
                .body("total", equalTo(15)).body("items.demo", everyItem(equalTo(true)))
                .body("items.name", everyItem(containsString("(demo)")))
                .body("items.name", hasItems("Technology Summit 2023 (demo)", "Boligdag 2025 (demo)",
                        "Vekst-konferansen 2027 (demo)"));
        Api.as("viewer").get(EVENTS + "?q=Technology Summit 2024").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].endDate", notNullValue()).body("items[0].focusArea", equalTo("industry"))
                .body("items[0].attendees", equalTo(420))
                .body("items[0].partners.name", hasItems("Fjellvik Presisjon AS (demo)", "Kongsberg Demo Sparebank (demo)"));
        Api.as("viewer").get(EVENTS + "?q=Vekst-konferansen 2027").then().statusCode(200)
                .body("items[0].focusArea", nullValue());
        // Attendance is known only for the events that have taken place.
        String today = OsloTime.today().toString();
        List<Map<String, Object>> demo = Api.as("viewer").get(EVENTS + "?q=(demo)&size=100").then().statusCode(200)
                .extract().jsonPath().getList("items");
        for (Map<String, Object> e : demo) {
            boolean past = ((String) e.get("date")).compareTo(today) < 0;
            assertEquals(past, e.get("attendees") != null, e.get("name") + " on " + e.get("date"));
        }
    }
}
