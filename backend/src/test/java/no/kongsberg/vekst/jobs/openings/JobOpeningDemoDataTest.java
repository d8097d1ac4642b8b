package no.kongsberg.vekst.jobs.openings;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/** The demo openings: marked, the demo partner user's own two in its portal, and the public list showing only the open ones. */
@QuarkusTest
class JobOpeningDemoDataTest {

    @Test
    void theDemoPartnerUserSeesItsOwnDemoOpenings() {
        Api.as("partner").get(OpeningFixtures.OPENINGS + "?q=(demo)&sort=title").then().statusCode(200)
                .body("items.title", hasItem("CNC-operatør, skift (demo)"))
                .body("items.title", hasItem("Lærling i produksjonsteknikk (demo)"))
                .body("items.employer.name", everyItem(equalTo("Fjellvik Presisjon AS (demo)")));
    }

    @Test
    void demoOpeningsAreMarkedAndOnlyTheOpenOnesArePublic() {
        Api.as("viewer").get(OpeningFixtures.OPENINGS + "?q=(demo)&size=100").then().statusCode(200)
                .body("items.demo", everyItem(equalTo(true)))
                .body("items.status", hasItem("draft")).body("items.status", hasItem("withdrawn"))
                .body("items.find { it.title == 'Butikkmedarbeider (demo)' }.status", equalTo("expired"));
        Api.anonymous().get("/api/v1/public/jobs/openings?municipality=3303&size=500").then().statusCode(200)
                .body("items.title", hasItem("Sveiser (demo)"))
                .body("items.title", not(hasItem("Butikkmedarbeider (demo)")))
                .body("items.title", not(hasItem("Lærling i produksjonsteknikk (demo)")))
                .body("items.title", not(hasItem("Kundeveileder bank (demo)")));
        Api.as("viewer").get(OpeningFixtures.OPENINGS + "/categories").then().statusCode(200)
                .body("items.category", org.hamcrest.Matchers.hasItems("Industri og produksjon", "Reiseliv og mat"));
    }
}
