package no.kongsberg.vekst.population;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PopulationApiTest {

    @Test
    void seriesForKongsbergMatchesThePublishedFigures() {
        Api.as("viewer").queryParam("municipality", "3303").queryParam("from", "2014").queryParam("to", "2023")
                .queryParam("variant", "corrected").queryParam("granularity", "year")
                .get("/api/v1/population/series").then().statusCode(200)
                .body("subject.key", equalTo("3303"))
                .body("subject.name", equalTo("Kongsberg"))
                .body("variant", equalTo("corrected"))
                .body("granularity", equalTo("year"))
                .body("points", hasSize(10))
                .body("points.period", contains("2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023"))
                .body("points.find { it.period == '2022' }.populationStart", equalTo(27879))
                .body("points.find { it.period == '2022' }.populationEnd", equalTo(28275))
                .body("points.find { it.period == '2022' }.growth", equalTo(396))
                .body("points.find { it.period == '2022' }.growthPercent", equalTo(1.42f))
                .body("points.find { it.period == '2022' }.seriesBreak", equalTo(false))
                .body("points.find { it.period == '2022' }.flags", hasSize(0))
                .body("points.find { it.period == '2020' }.growth", equalTo(-29))
                .body("points.find { it.period == '2023' }.populationEnd", nullValue())
                .body("points.find { it.period == '2023' }.growth", nullValue())
                .body("points.find { it.period == '2023' }.growthPercent", nullValue());
    }

    @Test
    void theSeriesIsTheSameByEveryCodeKongsbergHasHad() {
        Map<String, Object> by3303 = series("3303");
        assertEquals(by3303, series("0604"));
        assertEquals(by3303, series("3006"));
    }

    @Test
    void theVariantDefaultsToThePreferredOneAndOfficialIsSeparate() {
        Api.as("editor").queryParam("municipality", "3303").get("/api/v1/population/series").then().statusCode(200)
                .body("variant", equalTo("corrected"))
                .body("points[0].period", equalTo("2014"));
        Api.as("editor").queryParam("municipality", "3303").queryParam("variant", "official").queryParam("from", "2000")
                .get("/api/v1/population/series").then().statusCode(200)
                .body("variant", equalTo("official"))
                .body("points", hasSize(1))
                .body("points[0].populationStart", equalTo(28793));
    }

    @Test
    void aMunicipalityWithoutFiguresHasAnEmptySeries() {
        Api.as("viewer").queryParam("municipality", "0301").get("/api/v1/population/series").then().statusCode(200)
                .body("subject.name", equalTo("Oslo"))
                .body("points", hasSize(0));
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        expect400("municipality", "unknown-municipality", Map.of("municipality", "9999"));
        expect400("municipality", "invalid", Map.of("municipality", "33o3"));
        expect400("from", "after-to", Map.of("municipality", "3303", "from", "2023", "to", "2014"));
        expect400("from", "invalid", Map.of("municipality", "3303", "from", "2023-01"));
        expect400("to", "invalid", Map.of("municipality", "3303", "to", "next year"));
        expect400("variant", "unknown-value", Map.of("municipality", "3303", "variant", "unofficial"));
        expect400("granularity", "unknown-value", Map.of("municipality", "3303", "granularity", "week"));
    }

    @Test
    void unknownQueryParametersAreIgnored() {
        Api.lenientAs("viewer").queryParam("municipality", "3303").queryParam("colour", "blue")
                .get("/api/v1/population/series").then().statusCode(200).body("subject.key", equalTo("3303"));
    }

    @Test
    void publicSummaryAnswersExactlyTheDocumentedExample() {
        Map<String, Object> summary = Api.anonymous().queryParam("municipality", "3303")
                .get("/api/v1/public/population/summary").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", "public, max-age=60, stale-while-revalidate=300")
                .extract().jsonPath().getMap("");
        assertEquals(Map.of("code", "3303", "name", "Kongsberg"), summary.get("municipality"));
        assertEquals("corrected", summary.get("variant"));
        assertEquals(28604, summary.get("population"));
        assertEquals("2023-09-30", summary.get("populationDate"));
        assertEquals("2022", summary.get("growthYear"));
        assertEquals(396, summary.get("growth"));
        assertEquals(1.42f, summary.get("growthPercent"));
        assertEquals(1.0f, summary.get("targetGrowthPercent"));
        assertEquals(true, summary.get("targetMet"));
        // Who the figures come from and their licence, not the file they were imported from.
        assertEquals("Statistics Norway (SSB); corrections by the municipality", summary.get("source"));
        assertEquals(Map.of("name", "CC BY 4.0", "url", "https://creativecommons.org/licenses/by/4.0/"), summary.get("license"));
        assertEquals(350, summary.get("targetNetInMigration"));
        assertEquals(15, summary.size());
    }

    @Test
    void publicSummaryDefaultsToTheHomeMunicipalityAndTakesFormerCodes() {
        Api.anonymous().get("/api/v1/public/population/summary").then().statusCode(200)
                .body("municipality.code", equalTo("3303")).body("population", equalTo(28604));
        Api.anonymous().queryParam("municipality", "0604").get("/api/v1/public/population/summary").then().statusCode(200)
                .body("municipality.code", equalTo("3303"));
        Api.anonymous().queryParam("variant", "official").get("/api/v1/public/population/summary").then().statusCode(200)
                .body("population", equalTo(28793)).body("populationDate", equalTo("2023-01-01"));
        Api.anonymous().queryParam("municipality", "0301").get("/api/v1/public/population/summary").then().statusCode(200)
                .body("population", nullValue()).body("growthYear", nullValue()).body("targetMet", nullValue())
                .body("netInMigrationTargetMet", nullValue()).body("projection.verdict", equalTo("insufficient-data"));
        Api.lenient().queryParam("municipality", "9999").get("/api/v1/public/population/summary").then().statusCode(400)
                .body("errors[0].field", equalTo("municipality"));
    }

    @Test
    void publicSeriesIsTheSameSeriesAnonymously() {
        Map<String, Object> publicSeries = Api.anonymous().queryParam("from", "2014").queryParam("to", "2023")
                .get("/api/v1/public/population/series").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*").extract().jsonPath().getMap("");
        assertEquals(series("3303"), publicSeries);
        Api.lenient().queryParam("from", "2020").queryParam("to", "2019").get("/api/v1/public/population/series")
                .then().statusCode(400).body("errors[0].code", equalTo("after-to"));
    }

    private static Map<String, Object> series(String code) {
        return Api.as("viewer").queryParam("municipality", code).queryParam("from", "2014").queryParam("to", "2023")
                .get("/api/v1/population/series").then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static void expect400(String field, String code, Map<String, String> params) {
        Api.lenientAs("viewer").queryParams(params).get("/api/v1/population/series").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", equalTo(List.of(field)))
                .body("errors.code", equalTo(List.of(code)));
    }
}
