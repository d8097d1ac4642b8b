package no.kongsberg.vekst.actionplan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/** The action plan's activities: CRUD, the late rule, filters, sorts and counts. Years 2075-2079 are this class's. */
@QuarkusTest
class ActivitiesApiTest {

    static String plan(int year) {
        return "/api/v1/action-plan/" + year + "/activities";
    }

    static Map<String, Object> activity(String title, String axis, String focusArea, String status, String dueDate,
            List<String> kpiKeys) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Beskrivelse av " + title);
        body.put("axis", axis);
        body.put("focusArea", focusArea);
        body.put("owner", "Kongsberg Næringsforum");
        body.put("dueDate", dueDate);
        body.put("status", status);
        body.put("kpiKeys", kpiKeys);
        return body;
    }

    /** Creates an activity as an editor; returns its id. */
    static String create(int year, String title, String status, String dueDate, List<String> kpiKeys) {
        return Api.as("editor").body(activity(title, "growth-activity", "industry", status, dueDate, kpiKeys)).post(plan(year))
                .then().statusCode(201).extract().path("id");
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo")).toString();
    }

    private static String daysFromToday(int days) {
        return LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(days).toString();
    }

    @Test
    void anEditorCreatesReadsUpdatesAndDeletesAnActivityWithEtags() {
        var created = Api.as("editor").body(activity("Technology Summit 2075", "growth-activity", "industry", "in-progress",
                "2075-10-15", List.of("new-enterprises", "jobs-growth"))).post(plan(2075)).then().statusCode(201)
                .header("ETag", notNullValue())
                .body("year", equalTo(2075)).body("late", equalTo(false)).body("copiedFrom", nullValue())
                .body("kpiKeys", contains("jobs-growth", "new-enterprises")).extract();
        String id = created.path("id");
        assertEquals("/api/v1/action-plan/2075/activities/" + id,
                java.net.URI.create(created.header("Location")).getPath());
        String etag = Api.as("viewer").get(plan(2075) + "/" + id).then().statusCode(200)
                .body("title", equalTo("Technology Summit 2075")).extract().header("ETag");
        assertEquals(created.header("ETag"), etag);

        Map<String, Object> change = activity("  Technology Summit 2075 (flyttet)  ", "communication", "tourism", "postponed",
                null, List.of("guest-nights"));
        String newEtag = Api.as("editor").header("If-Match", etag).body(change).put(plan(2075) + "/" + id).then().statusCode(200)
                .body("title", equalTo("Technology Summit 2075 (flyttet)")).body("dueDate", nullValue())
                .body("axis", equalTo("communication")).body("kpiKeys", contains("guest-nights")).extract().header("ETag");
        assertEquals(false, newEtag.equals(etag));
        Api.lenientAs("editor").header("If-Match", etag).body(change).put(plan(2075) + "/" + id).then().statusCode(412);
        Api.lenientAs("editor").body(change).put(plan(2075) + "/" + id).then().statusCode(428);
        Api.lenientAs("editor").header("If-Match", etag).delete(plan(2075) + "/" + id).then().statusCode(412);
        Api.lenientAs("editor").delete(plan(2075) + "/" + id).then().statusCode(428);
        Api.as("admin").header("If-Match", newEtag).delete(plan(2075) + "/" + id).then().statusCode(204);
        Api.lenientAs("viewer").get(plan(2075) + "/" + id).then().statusCode(404);

        Api.as("admin").get("/api/v1/audit?entity=activity&id=" + id).then().statusCode(200)
                .body("items.action", contains("delete", "update", "create"))
                .body("items[1].changes.status.before", equalTo("in-progress"))
                .body("items[1].changes.status.after", equalTo("postponed"));
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheVersionAndWritesNoAuditEntry() {
        Map<String, Object> body = activity("Uendret 2075", "communication", "retail", "planned", "2075-05-01", List.of());
        var created = Api.as("editor").body(body).post(plan(2075)).then().statusCode(201).extract();
        String id = created.path("id");
        Api.as("editor").header("If-Match", created.header("ETag")).body(body).put(plan(2075) + "/" + id).then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag")));
        Api.as("admin").get("/api/v1/audit?entity=activity&id=" + id).then().statusCode(200)
                .body("items.action", contains("create"));
    }

    @Test
    void anActivityIsFoundOnlyUnderItsOwnYear() {
        String id = create(2076, "Årets aktivitet 2076", "planned", "2076-03-01", List.of());
        Api.as("viewer").get(plan(2076) + "/" + id).then().statusCode(200);
        Api.lenientAs("viewer").get(plan(2077) + "/" + id).then().statusCode(404).body("code", equalTo("not-found"));
        Api.lenientAs("editor").header("If-Match", "\"0\"").body(activity("X", "communication", "retail", "planned", null, List.of()))
                .put(plan(2077) + "/" + id).then().statusCode(404);
        Api.lenientAs("editor").header("If-Match", "\"0\"").delete(plan(2077) + "/" + id).then().statusCode(404);
        Api.lenientAs("viewer").get(plan(2076) + "/" + UUID.randomUUID()).then().statusCode(404);
        Api.lenientAs("viewer").get(plan(2076) + "/not-a-uuid").then().statusCode(404);
        Api.lenientAs("viewer").get("/api/v1/action-plan/twenty/activities/" + id).then().statusCode(404);
        Api.lenientAs("viewer").get(plan(1999) + "/" + id).then().statusCode(404);
        // Still there, unchanged.
        Api.as("viewer").get(plan(2076) + "/" + id).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void lateMeansPastItsDueDateAndNeitherDoneNorCancelled() {
        String yesterday = daysFromToday(-1);
        String lateOne = create(2077, "Sen planlagt", "planned", yesterday, List.of());
        String latePostponed = create(2077, "Sen utsatt", "postponed", "2001-01-01", List.of());
        String done = create(2077, "Ferdig", "done", yesterday, List.of());
        String cancelled = create(2077, "Avlyst", "cancelled", yesterday, List.of());
        String dueToday = create(2077, "Frist i dag", "in-progress", today(), List.of());
        String future = create(2077, "Framtidig", "in-progress", daysFromToday(30), List.of());
        String noDueDate = create(2077, "Uten frist", "planned", null, List.of());

        Api.as("viewer").get(plan(2077) + "/" + lateOne).then().statusCode(200).body("late", equalTo(true));
        Api.as("viewer").get(plan(2077) + "/" + done).then().statusCode(200).body("late", equalTo(false));
        Api.as("viewer").get(plan(2077) + "/" + cancelled).then().statusCode(200).body("late", equalTo(false));
        Api.as("viewer").get(plan(2077) + "/" + dueToday).then().statusCode(200).body("late", equalTo(false));

        // The filter, the flags and the count follow the same rule.
        Api.as("viewer").get(plan(2077) + "?late=true&sort=title").then().statusCode(200)
                .body("items.id", contains(lateOne, latePostponed)).body("items.late", everyItem(equalTo(true)))
                .body("counts.late", equalTo(2));
        Api.as("viewer").get(plan(2077) + "?late=false").then().statusCode(200)
                .body("items.id", containsInAnyOrder(done, cancelled, dueToday, future, noDueDate))
                .body("items.late", everyItem(equalTo(false)));
        Api.as("viewer").get(plan(2077) + "?late=true&status=postponed").then().statusCode(200)
                .body("items.id", contains(latePostponed));

        // Done: no longer late.
        String etag = Api.as("viewer").get(plan(2077) + "/" + lateOne).then().extract().header("ETag");
        Api.as("editor").header("If-Match", etag).body(activity("Sen planlagt", "growth-activity", "industry", "done", yesterday,
                List.of())).put(plan(2077) + "/" + lateOne).then().statusCode(200).body("late", equalTo(false));
        Api.as("viewer").get(plan(2077) + "?late=true").then().statusCode(200).body("items.id", contains(latePostponed))
                .body("counts.late", equalTo(1));
    }

    @Test
    void countsCoverTheWholeYearWhateverTheFilters() {
        create(2078, "Telling A", "planned", "2078-01-10", List.of());
        create(2078, "Telling B", "planned", "2078-02-10", List.of());
        create(2078, "Telling C", "done", "2078-03-10", List.of());
        create(2078, "Telling D", "cancelled", null, List.of());
        Api.as("viewer").get(plan(2078) + "?status=done").then().statusCode(200).body("total", equalTo(1))
                .body("counts.planned", equalTo(2)).body("counts.in-progress", equalTo(0)).body("counts.done", equalTo(1))
                .body("counts.postponed", equalTo(0)).body("counts.cancelled", equalTo(1)).body("counts.late", equalTo(0));
        Api.as("viewer").get(plan(2074)).then().statusCode(200).body("total", equalTo(0)).body("counts.planned", equalTo(0));
    }

    @Test
    void theListFiltersSortsAndPages() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String a = Api.as("editor").body(activity("Filter " + tag + " Bravo", "communication", "residents", "planned",
                "2079-05-01", List.of("population-growth"))).post(plan(2079)).then().statusCode(201).extract().path("id");
        String b = Api.as("editor").body(activity("Filter " + tag + " Alfa", "growth-activity", "tourism", "in-progress",
                "2079-03-01", List.of("guest-nights", "population-growth"))).post(plan(2079)).then().statusCode(201)
                .extract().path("id");
        Map<String, Object> third = activity("Filter " + tag + " Charlie", "growth-activity", "retail", "done", null, List.of());
        third.put("owner", "Handelsstanden " + tag);
        third.put("description", null);
        String c = Api.as("editor").body(third).post(plan(2079)).then().statusCode(201).extract().path("id");

        String list = plan(2079) + "?q=" + tag;
        // By default in due-date order, those without a due date last.
        Api.as("viewer").get(list).then().statusCode(200).body("items.id", contains(b, a, c)).body("total", equalTo(3));
        Api.as("viewer").get(list + "&sort=-dueDate").then().statusCode(200).body("items.id", contains(a, b, c));
        Api.as("viewer").get(list + "&sort=title").then().statusCode(200).body("items.id", contains(b, a, c));
        Api.as("viewer").get(list + "&sort=-title&size=1&page=1").then().statusCode(200).body("items.id", contains(a))
                .body("total", equalTo(3)).body("size", equalTo(1)).body("page", equalTo(1));
        Api.as("viewer").get(list + "&sort=focusArea").then().statusCode(200).body("items.id", contains(a, c, b));
        Api.as("viewer").get(list + "&sort=axis,-status").then().statusCode(200).body("items.id", contains(a, b, c));
        Api.as("viewer").get(list + "&sort=owner,-updatedAt").then().statusCode(200).body("items.id", hasItems(a, b, c));
        Api.as("viewer").get(list + "&sort=status").then().statusCode(200).body("items.id", contains(c, b, a));
        Api.as("viewer").get(list + "&axis=growth-activity").then().statusCode(200).body("items.id", contains(b, c));
        Api.as("viewer").get(list + "&focusArea=residents").then().statusCode(200).body("items.id", contains(a));
        Api.as("viewer").get(list + "&status=in-progress").then().statusCode(200).body("items.id", contains(b));
        Api.as("viewer").get(list + "&kpi=population-growth").then().statusCode(200).body("items.id", contains(b, a));
        Api.as("viewer").get(list + "&kpi=guest-nights").then().statusCode(200).body("items.id", contains(b));
        // Text in the owner, in the description, in any case.
        Api.as("viewer").get(plan(2079) + "?q=HANDELSSTANDEN " + tag).then().statusCode(200).body("items.id", contains(c));
        Api.as("viewer").get(plan(2079) + "?q=beskrivelse av filter " + tag + " alfa").then().statusCode(200)
                .body("items.id", contains(b));
        // LIKE's wildcards are plain text.
        Api.as("viewer").queryParam("q", "%_").get(plan(2079)).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badQueryValuesAreA400NamingTheParameter() {
        Api.lenientAs("viewer").get(plan(2079) + "?status=started&axis=sideways&focusArea=farming&late=maybe").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("status", "axis", "focusArea", "late"));
        Api.lenientAs("viewer").get(plan(2079) + "?sort=priority").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        Api.lenientAs("viewer").get(plan(2079) + "?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        Api.lenientAs("viewer").queryParam("q", "a\u0000b").get(plan(2079)).then().statusCode(400).body("errors[0].field", equalTo("q"));
        Api.lenientAs("viewer").get(plan(2079) + "?q=" + "x".repeat(101)).then().statusCode(400)
                .body("errors[0].code", equalTo("too-long"));
        Api.lenientAs("viewer").get(plan(1999)).then().statusCode(400).body("errors[0].field", equalTo("year"));
        Api.lenientAs("viewer").get("/api/v1/action-plan/next/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void badInputNamesEveryFieldForCreateAndUpdate() {
        Map<String, Object> bad = activity(" ", "sideways", "farming", "started", "2079-01-01",
                List.of("population-growth", "no-such-kpi", "population-growth", "Not A Key"));
        Api.lenientAs("editor").body(bad).post(plan(2079)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("title", "axis", "focusArea", "status", "kpiKeys[1]", "kpiKeys[2]",
                        "kpiKeys[3]"))
                .body("errors.find { it.field == 'kpiKeys[1]' }.code", equalTo("unknown-kpi"))
                .body("errors.find { it.field == 'kpiKeys[2]' }.code", equalTo("duplicate"))
                .body("errors.find { it.field == 'kpiKeys[3]' }.code", equalTo("unknown-kpi"));
        Map<String, Object> tooLong = activity("x".repeat(201), "communication", "retail", "planned", null, List.of());
        tooLong.put("owner", "o".repeat(201));
        tooLong.put("description", "Nul\u0000tegn");
        Api.lenientAs("editor").body(tooLong).post(plan(2079)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("title", "owner", "description"))
                .body("errors.code", containsInAnyOrder("too-long", "too-long", "invalid"));
        Map<String, Object> missing = new HashMap<>();
        missing.put("title", "Mangler alt");
        Api.lenientAs("editor").body(missing).post(plan(2079)).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("axis", "focusArea", "status"))
                .body("errors.code", everyItem(equalTo("unknown-value")));
        List<String> manyKpis = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            manyKpis.add("population-growth");
        }
        Api.lenientAs("editor").body(activity("For mange", "communication", "retail", "planned", null, manyKpis))
                .post(plan(2079)).then().statusCode(400).body("errors.field", hasItems("kpiKeys"));
        Map<String, Object> unknownField = activity("Ukjent felt", "communication", "retail", "planned", null, List.of());
        unknownField.put("priority", 1);
        Api.lenientAs("editor").body(unknownField).post(plan(2079)).then().statusCode(400)
                .body("errors[0].code", equalTo("unknown-field"));
        Map<String, Object> badDate = activity("Dato", "communication", "retail", "planned", "2079-02-30", List.of());
        Api.lenientAs("editor").body(badDate).post(plan(2079)).then().statusCode(400)
                .body("errors[0].field", equalTo("dueDate"));
        Api.lenientAs("editor").body(activity("Langt fram", "communication", "retail", "planned", "+99999-01-01", List.of()))
                .post(plan(2079)).then().statusCode(400).body("errors[0].field", equalTo("dueDate"))
                .body("errors[0].code", equalTo("out-of-range"));
        Api.lenientAs("editor").body(activity("År", "communication", "retail", "planned", null, List.of())).post(plan(2101))
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        Api.lenientAs("editor").body("[]").post(plan(2079)).then().statusCode(400);

        String id = create(2079, "Skal endres feil", "planned", null, List.of());
        String etag = Api.as("viewer").get(plan(2079) + "/" + id).then().extract().header("ETag");
        Api.lenientAs("editor").header("If-Match", etag).body(bad).put(plan(2079) + "/" + id).then().statusCode(400)
                .body("errors.field", hasItems("title", "kpiKeys[1]"));
        Api.as("viewer").get(plan(2079) + "/" + id).then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void readersCannotChangeThePlan() {
        Map<String, Object> body = activity("Ikke lov", "communication", "retail", "planned", null, List.of());
        Api.as("viewer").body(body).post(plan(2079)).then().statusCode(403);
        Api.as("partner").get(plan(2079)).then().statusCode(403);
        Api.as("viewer").get(plan(2079) + "?q=Ikke lov").then().statusCode(200).body("items.title", not(hasItems("Ikke lov")));
    }
}
