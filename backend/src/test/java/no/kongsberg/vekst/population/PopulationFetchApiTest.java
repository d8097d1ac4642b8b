package no.kongsberg.vekst.population;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.VekstTestResource;
import org.junit.jupiter.api.Test;

/** JSON-stat2 in: uploaded, and fetched from (a local stand-in for) Statistics Norway's PxWebApi. */
@QuarkusTest
class PopulationFetchApiTest {

    private static byte[] fixture() throws IOException {
        try (InputStream in = PopulationFetchApiTest.class.getResourceAsStream("/fixtures/api/ssb-06913-kongsvinger.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFetchIsADryRunByDefaultAndAsksForTheTableMunicipalitiesAndYears() {
        var preview = Api.as("editor").body(Map.of("table", "06913", "municipalities", List.of("3401"), "from", "2022", "to", "2023"))
                .post("/api/v1/population/fetch").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("source", containsString("06913"))
                .body("counts.rejected", equalTo(0)).extract();
        // Every value is new or (when the upload test ran first) unchanged.
        assertEquals(20, preview.<Integer>path("counts.inserted") + preview.<Integer>path("counts.unchanged"));
        String query = System.getProperty(VekstTestResource.LAST_PXWEB_QUERY);
        assertTrue(query.startsWith("/api/pxwebapi/v2/tables/06913/data?"), query);
        assertTrue(query.contains("3401") && query.contains("2022") && query.contains("2023"), query);
    }

    @Test
    void aCommittedFetchImports() {
        var run = Api.as("admin").body(Map.of("table", "06913", "municipalities", List.of("3401", "0301"), "from", "2022",
                "to", "2023", "dryRun", false)).post("/api/v1/population/fetch").then().statusCode(201)
                .header("Location", containsString("/api/v1/imports/")).body("dryRun", equalTo(false)).extract();
        assertEquals(20, run.<Integer>path("counts.inserted") + run.<Integer>path("counts.unchanged"));
        Api.as("viewer").queryParam("municipality", "3401").queryParam("variant", "official")
                .get("/api/v1/population/flows").then().body("items", hasSize(2));
    }

    @Test
    void anUnreachableOrFailingServiceIs502() {
        Api.lenientAs("editor").body(Map.of("table", "01222", "municipalities", List.of("3401"), "from", "2023", "to", "2023"))
                .post("/api/v1/population/fetch").then().statusCode(502).contentType("application/problem+json")
                .body("code", equalTo("upstream-unavailable"));
    }

    @Test
    void badFetchRequestsAre400() {
        Api.lenientAs("editor").body(Map.of("table", "99999", "municipalities", List.of("9999"), "from", "2024", "to", "2020"))
                .post("/api/v1/population/fetch").then().statusCode(400)
                .body("errors.field", hasItem("table")).body("errors.field", hasItem("municipalities[0]"))
                .body("errors.field", hasItem("from"));
    }

    @Test
    void anUploadedJsonStatFileImportsFlowsWithMissingReasonsAndCreatesUnknownRegionsUnverified() throws IOException {
        var run = Api.as("editor").contentType("application/json").queryParam("source", "06913.json").body(fixture())
                .post("/api/v1/population/imports").then().statusCode(201).body("source", equalTo("06913.json")).extract();
        assertEquals(20, run.<Integer>path("counts.inserted") + run.<Integer>path("counts.unchanged"));
        Api.as("viewer").queryParam("municipality", "3401").queryParam("variant", "official")
                .get("/api/v1/population/flows").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].births", equalTo(150)).body("items[0].growth", equalTo(70))
                .body("items[1].netMigration", nullValue()).body("items[1].missing.netMigration", equalTo(".."))
                .body("items[0].importRunId", org.hamcrest.Matchers.notNullValue());
        Api.as("viewer").queryParam("municipality", "3401").queryParam("variant", "official")
                .get("/api/v1/population/series").then().body("points[0].growth", equalTo(70));
        Api.as("viewer").get("/api/v1/municipalities/9998").then().statusCode(200).body("name", equalTo("Prøvekommune"))
                .body("verified", equalTo(false)).body("county", equalTo("Ukjent"));
        Api.as("viewer").get("/api/v1/municipalities/3401").then().statusCode(200).body("verified", equalTo(true));
        // The same answer again changes nothing.
        Api.as("editor").contentType("application/json").body(fixture()).post("/api/v1/population/imports").then()
                .statusCode(201).body("counts.unchanged", equalTo(20)).body("counts.inserted", equalTo(0));
    }
}
