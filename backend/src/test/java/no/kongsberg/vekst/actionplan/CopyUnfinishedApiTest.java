package no.kongsberg.vekst.actionplan;

import static no.kongsberg.vekst.actionplan.ActivitiesApiTest.create;
import static no.kongsberg.vekst.actionplan.ActivitiesApiTest.plan;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/** Copying a year's unfinished activities into the next year. Years 2080-2085 are this class's. */
@QuarkusTest
class CopyUnfinishedApiTest {

    private static String copy(int year) {
        return "/api/v1/action-plan/" + year + "/copy-unfinished";
    }

    @Test
    void unfinishedActivitiesAreCopiedOnceIntoTheNextYear() {
        // 2080 is a leap year: 29 February moves to 28 February 2081.
        String planned = create(2080, "Planlagt", "planned", "2080-02-29", List.of("population-growth", "net-in-migration"));
        String inProgress = create(2080, "Pågår", "in-progress", "2080-06-15", List.of("guest-nights"));
        String postponed = create(2080, "Utsatt", "postponed", null, List.of());
        String done = create(2080, "Ferdig", "done", "2080-03-01", List.of());
        String cancelled = create(2080, "Avlyst", "cancelled", "2080-04-01", List.of());
        String plannedEtag = Api.as("viewer").get(plan(2080) + "/" + planned).then().extract().header("ETag");

        JsonPath result = Api.as("editor").post(copy(2080)).then().statusCode(200)
                .body("fromYear", equalTo(2080)).body("toYear", equalTo(2081))
                .body("copied", equalTo(3)).body("alreadyCopied", equalTo(0)).body("items", hasSize(3))
                // In due-date order, the one without a due date last.
                .body("items.copiedFrom", contains(planned, inProgress, postponed))
                .body("items.title", contains("Planlagt", "Pågår", "Utsatt"))
                .body("items.status", contains("planned", "in-progress", "planned"))
                .body("items.dueDate", contains("2081-02-28", "2081-06-15", null))
                .body("items.year", everyItem(equalTo(2081)))
                .body("items[0].kpiKeys", contains("net-in-migration", "population-growth"))
                .body("items[1].kpiKeys", contains("guest-nights"))
                .body("items[0].axis", equalTo("growth-activity")).body("items[0].focusArea", equalTo("industry"))
                .body("items[0].owner", equalTo("Kongsberg Næringsforum"))
                .body("items[0].description", equalTo("Beskrivelse av Planlagt"))
                .extract().jsonPath();
        String copyOfPlanned = result.getString("items[0].id");

        Api.as("viewer").get(plan(2081) + "?sort=title").then().statusCode(200).body("total", equalTo(3))
                .body("items.title", contains("Planlagt", "Pågår", "Utsatt"));
        Api.as("viewer").get(plan(2081) + "/" + copyOfPlanned).then().statusCode(200).body("copiedFrom", equalTo(planned));
        // The originals are unchanged.
        Api.as("viewer").get(plan(2080) + "/" + planned).then().statusCode(200).header("ETag", equalTo(plannedEtag))
                .body("status", equalTo("planned")).body("dueDate", equalTo("2080-02-29"));
        Api.as("viewer").get(plan(2080) + "?sort=title").then().statusCode(200).body("total", equalTo(5))
                .body("items.id", contains(cancelled, done, planned, inProgress, postponed));

        // Again: nothing new, the three are already copied.
        Api.as("admin").post(copy(2080)).then().statusCode(200).body("copied", equalTo(0)).body("alreadyCopied", equalTo(3))
                .body("items", hasSize(0));
        Api.as("viewer").get(plan(2081)).then().statusCode(200).body("total", equalTo(3));

        // One audit entry for the whole action (the repeat changed nothing).
        Api.as("admin").get("/api/v1/audit?entity=action-plan&id=2081").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].action", equalTo("copy-unfinished"))
                .body("items[0].actor", equalTo("editor"))
                .body("items[0].changes.copied.after", equalTo(3))
                .body("items[0].changes.activityIds.after", hasSize(3));

        // A copy can itself be carried on a year later; removing the original keeps the copy.
        Api.as("editor").post(copy(2081)).then().statusCode(200).body("copied", equalTo(3))
                .body("items.dueDate", contains("2082-02-28", "2082-06-15", null));
        String etag = Api.as("viewer").get(plan(2080) + "/" + planned).then().extract().header("ETag");
        Api.as("editor").header("If-Match", etag).delete(plan(2080) + "/" + planned).then().statusCode(204);
        Api.as("viewer").get(plan(2081) + "/" + copyOfPlanned).then().statusCode(200).body("copiedFrom", nullValue());
    }

    @Test
    void aYearWithNothingUnfinishedCopiesNothing() {
        create(2083, "Alt ferdig", "done", "2083-05-05", List.of());
        Api.as("editor").post(copy(2083)).then().statusCode(200).body("copied", equalTo(0)).body("alreadyCopied", equalTo(0));
        Api.as("viewer").get(plan(2084)).then().statusCode(200).body("total", equalTo(0));
        Api.as("admin").get("/api/v1/audit?entity=action-plan&id=2084").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void twoCopiesAtTheSameTimeCopyEachActivityOnce() throws Exception {
        List<String> originals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            originals.add(create(2085, "Samtidig " + i, i % 2 == 0 ? "planned" : "in-progress", "2085-0" + (i + 1) + "-10",
                    List.of()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Map<String, Object>>> calls = new ArrayList<>();
        for (String role : List.of("editor", "admin")) {
            calls.add(() -> Api.as(role).post(copy(2085)).then().statusCode(200).extract().jsonPath().getMap("$"));
        }
        int copied = 0;
        int alreadyCopied = 0;
        for (Future<Map<String, Object>> f : pool.invokeAll(calls)) {
            copied += (Integer) f.get().get("copied");
            alreadyCopied += (Integer) f.get().get("alreadyCopied");
        }
        pool.shutdown();
        assertEquals(5, copied);
        assertEquals(5, alreadyCopied);
        Api.as("viewer").get(plan(2086)).then().statusCode(200).body("total", equalTo(5))
                .body("items.copiedFrom", containsInAnyOrder(originals.toArray()));
    }

    @Test
    void theLastYearHasNoNextYearAndABadYearIsA400() {
        Api.lenientAs("editor").post(copy(2100)).then().statusCode(400).body("errors[0].field", equalTo("year"))
                .body("errors[0].code", equalTo("out-of-range"));
        Api.lenientAs("editor").post("/api/v1/action-plan/soon/copy-unfinished").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        Api.lenientAs("viewer").post(copy(2080)).then().statusCode(403);
    }
}
