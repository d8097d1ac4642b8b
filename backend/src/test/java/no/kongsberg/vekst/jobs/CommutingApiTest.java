package no.kongsberg.vekst.jobs;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.ImportRuns;
import org.junit.jupiter.api.Test;

/**
 * Commuting through the API: table 03321 in JSON-stat2 and Vekst CSV in, in- and out-commuters,
 * the integration share of a municipality and of a group on constructed flows, the largest flows,
 * rejections, idempotency, bad parameters and roles.
 */
@QuarkusTest
class CommutingApiTest {

    static final String IMPORTS = "/api/v1/jobs/commuting/imports";

    @Test
    void table03321GivesCommutersAndTheIntegrationShare() {
        byte[] table = EmploymentApiTest.fixture("ssb-03321-commuting.json");
        Api.as("editor").contentType("application/json").queryParam("dryRun", true).body(table).post(IMPORTS).then().statusCode(200)
                .body("counts.inserted", equalTo(18));
        Api.as("editor").contentType("application/json").body(table).post(IMPORTS).then().statusCode(201)
                .body("kind", equalTo("commuting")).body("counts.inserted", equalTo(18))
                .body("warnings[0].code", equalTo("not-a-municipality"));
        Api.as("editor").contentType("application/json").body(table).post(IMPORTS).then().statusCode(201)
                .body("counts.unchanged", equalTo(18)).body("counts.inserted", equalTo(0));

        // Alta: 2023 8,000 live and work there of 8,350 employed residents; 2024 8,100 of 8,420 (one flow confidential).
        Api.as("viewer").queryParam("municipality", "5601").get("/api/v1/jobs/commuting").then().statusCode(200)
                .body("items.year", contains("2023", "2024"))
                .body("items[0].employedResidents", equalTo(8350)).body("items[0].jobs", equalTo(8240))
                .body("items[0].internal", equalTo(8000)).body("items[0].integrationShare", equalTo(95.81f))
                .body("items[0].integrationShareChange", nullValue())
                .body("items[1].employedResidents", equalTo(8420)).body("items[1].jobs", equalTo(8355))
                .body("items[1].inCommuters", equalTo(255)).body("items[1].outCommuters", equalTo(320)).body("items[1].net", equalTo(-65))
                .body("items[1].integrationShare", equalTo(96.2f)).body("items[1].integrationShareChange", equalTo(0.39f))
                .body("flowsYear", equalTo("2024"))
                .body("largestInflows.municipality.code", contains("5603", "5605")).body("largestInflows.persons", contains(210, 45))
                .body("largestOutflows.municipality.code", contains("5603")).body("largestOutflows.persons", contains(320))
                .body("notes[0].code", equalTo("flows-missing")).body("notes[0].years", contains("2024"));

        // A group of Alta and Hammerfest: flows between them are inside it.
        Api.as("admin").body(Map.of("key", "finnmark-commuting", "name", "Vest-Finnmark (test)", "members", List.of("5601", "5603")))
                .post("/api/v1/peer-groups").then().statusCode(201);
        Api.as("viewer").queryParam("peerGroup", "finnmark-commuting").queryParam("year", "2024").queryParam("limit", "1")
                .get("/api/v1/jobs/commuting").then().statusCode(200)
                .body("items[1].employedResidents", equalTo(13205)).body("items[1].jobs", equalTo(13290))
                .body("items[1].internal", equalTo(13180)).body("items[1].inCommuters", equalTo(110))
                .body("items[1].outCommuters", equalTo(25)).body("items[1].integrationShare", equalTo(99.81f))
                .body("largestInflows", hasSize(1)).body("largestInflows[0].municipality.code", equalTo("5605"))
                .body("largestInflows[0].persons", equalTo(110)).body("largestOutflows[0].persons", equalTo(25));
        Api.as("viewer").queryParam("municipality", "5601").queryParam("from", "2024").get("/api/v1/jobs/commuting").then()
                .statusCode(200).body("items.year", contains("2024"));
    }

    @Test
    void aCsvOfFlowsIsImportedAndAChangeUpdates() {
        String csv = "residence;workplace;year;persons\n5618;5618;2024;1000\n5618;5620;2024;100\n5620;5618;2024;40\n";
        Api.as("editor").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then().statusCode(201)
                .body("counts.inserted", equalTo(3));
        Api.as("editor").contentType("text/csv").body("residence;workplace;year;persons\n5618;5620;2024;120\n".getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS).then().statusCode(201).body("counts.updated", equalTo(1));
        Api.as("viewer").queryParam("municipality", "5618").get("/api/v1/jobs/commuting").then().statusCode(200)
                .body("items[0].employedResidents", equalTo(1120)).body("items[0].outCommuters", equalTo(120))
                .body("items[0].inCommuters", equalTo(40)).body("items[0].integrationShare", equalTo(89.29f));
        Api.as("admin").queryParam("entity", "commuting-flow").get("/api/v1/audit").then().statusCode(200)
                .body("items[0].entityId", equalTo("5618/5620/2024")).body("items[0].changes.persons.after", equalTo(120));
    }

    @Test
    void aLargeFileRunsInTheBackground() throws InterruptedException {
        StringBuilder csv = new StringBuilder("residence;workplace;year;persons\n");
        List<String> places = List.of("5628", "5630", "5632", "5634");
        for (int year = 1950; year <= 2024; year++) {
            for (String residence : places) {
                for (String workplace : places) {
                    csv.append(residence).append(';').append(workplace).append(';').append(year).append(';')
                            .append(residence.equals(workplace) ? 500 : 20).append('\n');
                }
            }
        }
        String location = Api.as("editor").contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8)).post(IMPORTS)
                .then().statusCode(202).extract().header("Location");
        ImportRuns.awaitFinished(location).body("status", equalTo("completed")).body("counts.inserted", equalTo(75 * 16));
        Api.as("viewer").queryParam("municipality", "5628").queryParam("from", "2024").get("/api/v1/jobs/commuting").then()
                .statusCode(200).body("items[0].employedResidents", equalTo(560)).body("items[0].integrationShare", equalTo(89.29f));
    }

    @Test
    void badFilesAndParametersAreRefused() {
        Api.lenientAs("editor").contentType("text/csv")
                .body("residence;workplace;year;persons\n5618;56;2024;1\n5618;5620;year;1\n5618;5620;2024;-4\n".getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS).then().statusCode(422)
                .body("errors.field", contains("rows[2].workplace", "rows[3].year", "rows[4].persons"));
        Api.lenientAs("editor").contentType("application/json").body(EmploymentApiTest.fixture("ssb-employment-sector.json"))
                .post(IMPORTS).then().statusCode(422).body("errors[0].field", equalTo("file"));
        Api.lenientAs("viewer").queryParam("limit", "500").get("/api/v1/jobs/commuting").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        Api.lenientAs("viewer").queryParam("year", "last").get("/api/v1/jobs/commuting").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        Api.lenientAs("viewer").contentType("text/csv").body("x".getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then().statusCode(403);
        Api.lenient().get("/api/v1/jobs/commuting").then().statusCode(401);
        Api.as("partner").queryParam("municipality", "5622").get("/api/v1/jobs/commuting").then().statusCode(200)
                .body("items", hasSize(0)).body("flowsYear", nullValue());
    }
}
