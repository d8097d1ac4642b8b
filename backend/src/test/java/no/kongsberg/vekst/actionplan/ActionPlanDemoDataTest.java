package no.kongsberg.vekst.actionplan;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/** The demo action plan (the suite runs with demo data): this year's and last year's board are not empty. */
@QuarkusTest
class ActionPlanDemoDataTest {

    @Inject
    ActionPlanDemoData demoData;

    @Test
    void thisYearsAndLastYearsPlansHaveDemoActivitiesOnBothAxesInEveryFocusArea() {
        int thisYear = OsloTime.currentYear();
        Set<String> axes = new HashSet<>();
        Set<String> focusAreas = new HashSet<>();
        for (int year : List.of(thisYear - 1, thisYear)) {
            JsonPath plan = Api.as("viewer").get(ActivitiesApiTest.plan(year) + "?q=(demo)&size=100").then().statusCode(200)
                    .body("total", greaterThan(5)).body("items.title", everyItem(containsString("(demo)"))).extract().jsonPath();
            axes.addAll(plan.getList("items.axis"));
            focusAreas.addAll(plan.getList("items.focusArea"));
        }
        assertThat(axes, containsInAnyOrder("communication", "growth-activity"));
        assertThat(focusAreas, containsInAnyOrder("residents", "industry", "tourism", "retail"));
        // Last year's postponed and in-progress ones are past their due dates.
        Api.as("viewer").get(ActivitiesApiTest.plan(thisYear - 1) + "?late=true").then().statusCode(200)
                .body("counts.late", greaterThan(0)).body("items.title", hasItem(containsString("(demo)")));
    }

    @Test
    void loadingAgainAddsNothing() {
        long before = Activity.count();
        demoData.load(null);
        assertEquals(before, Activity.count());
    }
}
