package no.kongsberg.vekst.jobs;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The demo jobs figures: Kongsbergregionen's members from 2015 to 2025, by industry in SN2007 and
 * then SN2025, commuting inside and out of the region, always marked as demo data; loaded once.
 */
@QuarkusTest
class JobsDemoDataTest {

    @Inject
    JobsDemoData demoData;

    @Inject
    EntityManager entityManager;

    @Test
    void theDemoFiguresAreMarkedAndShowTheSeriesBreak() {
        Api.as("viewer").get("/api/v1/jobs/employment").then().statusCode(200)
                .body("subject.key", equalTo("3303")).body("items", hasSize(11)).body("items[0].year", equalTo("2015"))
                .body("items[10].jobs", greaterThan(17000)).body("seriesBreaks", hasSize(1))
                .body("seriesBreaks[0].year", equalTo("2025")).body("notes.code", hasItem("demo-data"))
                .body("byIndustry.find { it.year == '2025' && it.section == 'V' }", org.hamcrest.Matchers.nullValue())
                .body("byIndustry.findAll { it.year == '2025' }.classification.unique()", contains("SN2025"));
        Api.as("viewer").queryParam("region", "kongsbergregionen").get("/api/v1/jobs/commuting").then().statusCode(200)
                .body("items", hasSize(11)).body("items[10].integrationShare", greaterThan(80f))
                .body("largestInflows[0].municipality.code", equalTo("3301")).body("notes.code", hasItem("demo-data"));
    }

    @Test
    @Transactional
    void loadingAgainAddsNothing() {
        long rows = count();
        demoData.load(null);
        assertEquals(rows, count());
    }

    private long count() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM employment WHERE source = :s")
                .setParameter("s", JobsDemoData.SOURCE).getSingleResult()).longValue();
    }
}
