package no.kongsberg.vekst.jobs;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.ImportRuns;
import org.junit.jupiter.api.Test;

/**
 * Employment through the API: CSV and Statistics Norway's JSON-stat2 in, the yearly figures, by
 * ownership and by industry with the SN2007 → SN2025 series break, the comparison, rejections that
 * write nothing, idempotency and audit. Each test works on Finnmark municipalities of its own.
 */
@QuarkusTest
class EmploymentApiTest {

    static final String IMPORTS = "/api/v1/jobs/employment/imports";
    static final String HEADER = "municipality;year;basis;classification;industry;ownership;persons\n";

    static ValidatableResponse importCsv(String csv, boolean dryRun, int status) {
        return Api.as("editor").contentType("text/csv").queryParam("dryRun", dryRun).queryParam("source", "test.csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then().statusCode(status);
    }

    static byte[] fixture(String name) {
        try (InputStream in = EmploymentApiTest.class.getResourceAsStream("/fixtures/jobs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidatableResponse employment(String param, String value) {
        return Api.as("viewer").queryParam(param, value).get("/api/v1/jobs/employment").then().statusCode(200);
    }

    @Test
    void aCsvImportIsPreviewedWrittenOnceAndAChangeIsAudited() {
        String csv = HEADER + "5601;2023;workplace;;total;all;10000\n5601;2024;workplace;;total;all;10250\n"
                + "5601;2024;residence;;total;all;9500\n5601;2024;workplace;;total;private;7000\n5601;2024;workplace;;total;public;3250\n";
        importCsv(csv, true, 200).body("dryRun", equalTo(true)).body("kind", equalTo("employment")).body("counts.inserted", equalTo(5));
        employment("municipality", "5601").body("items", hasSize(0));

        importCsv(csv, false, 201).body("counts.inserted", equalTo(5)).body("source", equalTo("test.csv"));
        employment("municipality", "5601").body("subject.name", equalTo("Alta")).body("items.year", contains("2023", "2024"))
                .body("items[1].jobs", equalTo(10250)).body("items[1].growth", equalTo(250)).body("items[1].growthPercent", equalTo(2.5f))
                .body("items[1].privateJobs", equalTo(7000)).body("items[1].publicJobs", equalTo(3250))
                .body("items[1].employedResidents", equalTo(9500)).body("items[1].jobsPerEmployedResident", equalTo(1.08f))
                .body("items[0].growth", nullValue()).body("items[0].missing.employedResidents", nullValue());

        importCsv(csv, false, 201).body("counts.inserted", equalTo(0)).body("counts.unchanged", equalTo(5));
        importCsv(HEADER + "5601;2024;workplace;;total;all;10260\n5601;2023;workplace;;total;all;:\n", false, 201)
                .body("counts.updated", equalTo(2));
        employment("municipality", "5601").body("items[0].jobs", nullValue()).body("items[0].missing.jobs", equalTo(":"))
                .body("items[1].jobs", equalTo(10260)).body("items[1].growth", nullValue());
        Api.as("admin").queryParam("entity", "employment").get("/api/v1/audit").then().statusCode(200)
                .body("items.entityId", hasItems("5601/2024/workplace/all/total/all", "5601/2023/workplace/all/total/all"))
                .body("items.find { it.entityId == '5601/2024/workplace/all/total/all' }.changes.persons.before", equalTo(10250))
                .body("items.find { it.entityId == '5601/2024/workplace/all/total/all' }.changes.persons.after", equalTo(10260));
    }

    @Test
    void statisticsNorwaysTablesByIndustryAndSectorAreRead() {
        Api.as("editor").contentType("application/json").queryParam("source", "07984.json").body(fixture("ssb-employment-industry.json"))
                .post(IMPORTS).then().statusCode(201).body("counts.inserted", equalTo(12))
                .body("warnings.code", hasItems("skipped-contents", "not-a-municipality", "not-a-section"))
                .body("warnings.find { it.code == 'not-a-section' }.message", containsString("35-39"));
        Api.as("editor").contentType("application/json").body(fixture("ssb-employment-sector.json")).post(IMPORTS).then()
                .statusCode(201).body("counts.inserted", equalTo(2)).body("counts.unchanged", equalTo(1));

        employment("municipality", "5603").body("items.year", contains("2023", "2024"))
                .body("items[0].jobs", equalTo(6000)).body("items[1].jobs", equalTo(6100)).body("items[1].growthPercent", equalTo(1.67f))
                .body("items[1].jobsPerEmployedResident", equalTo(1.1f)).body("items[1].privateJobs", equalTo(4000))
                .body("items[1].publicJobs", equalTo(2100))
                .body("byIndustry.findAll { it.basis == 'workplace' && it.section == 'C' }.persons", contains(600, 620))
                .body("byIndustry.find { it.basis == 'workplace' && it.section == 'C' && it.year == '2024' }.growth", equalTo(20))
                .body("byIndustry.find { it.basis == 'workplace' && it.section == 'C' && it.year == '2024' }.growthPercent", equalTo(3.33f))
                .body("byIndustry.find { it.basis == 'residence' && it.section == 'G' && it.year == '2024' }.missing", equalTo(":"))
                .body("byIndustry.classification", everyItemIs("SN2007")).body("seriesBreaks", hasSize(0));
    }

    @Test
    void theChangeOfClassificationIsASeriesBreakNotGrowth() {
        importCsv(HEADER + "5605;2023;workplace;;total;all;5000\n5605;2024;workplace;;total;all;5100\n5605;2025;workplace;;total;all;5150\n"
                + "5605;2023;workplace;SN2007;J;all;300\n5605;2024;workplace;SN2007;J;all;310\n"
                + "5605;2025;workplace;SN2025;J;all;120\n5605;2025;workplace;SN2025;K;all;200\n5605;2025;workplace;SN2025;V;all;3\n",
                false, 201);
        employment("municipality", "5605").body("items.jobs", contains(5000, 5100, 5150)).body("items[2].growth", equalTo(50))
                .body("byIndustry.find { it.year == '2024' && it.section == 'J' }.growth", equalTo(10))
                .body("byIndustry.find { it.year == '2024' && it.section == 'J' }.seriesBreak", equalTo(false))
                .body("byIndustry.find { it.year == '2025' && it.section == 'J' }.classification", equalTo("SN2025"))
                .body("byIndustry.find { it.year == '2025' && it.section == 'J' }.growth", nullValue())
                .body("byIndustry.find { it.year == '2025' && it.section == 'J' }.seriesBreak", equalTo(true))
                .body("seriesBreaks", hasSize(1)).body("seriesBreaks[0].year", equalTo("2025"))
                .body("seriesBreaks[0].from", equalTo("SN2007")).body("seriesBreaks[0].to", equalTo("SN2025"));
        employment("municipality", "5605").body("items", hasSize(3));
        Api.as("viewer").queryParam("municipality", "5605").queryParam("from", "2024").queryParam("to", "2024")
                .get("/api/v1/jobs/employment").then().statusCode(200).body("items.year", contains("2024"));
    }

    @Test
    void aFileWithABadRowWritesNothing() {
        String csv = HEADER + "5607;2024;workplace;;total;all;4000\n5607;2024;home;;total;all;1\n5607;2024;workplace;SN2007;V;all;1\n"
                + "5607;2024;workplace;;C;all;1\n5607;2099;workplace;;total;all;1\n5607;2024;workplace;;total;state;x\n9999;2024;workplace;;total;all;1\n";
        Api.lenientAs("editor").contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("rows[3].basis", "rows[4].industry", "rows[5].classification", "rows[6].year",
                        "rows[7].ownership", "rows[7].persons"));
        Api.lenientAs("editor").contentType("text/csv").body((HEADER + "9999;2024;workplace;;total;all;1\n").getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS).then().statusCode(422).body("errors[0].field", equalTo("rows[2].municipality"))
                .body("errors[0].code", equalTo("unknown-municipality"));
        Api.lenientAs("editor").contentType("text/csv")
                .body((HEADER + "5607;2024;workplace;;total;all;1\n5607;2024;workplace;;total;all;2\n").getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS).then().statusCode(422).body("errors[0].code", equalTo("conflicting-values"));
        Api.lenientAs("editor").contentType("text/csv").body("kommune;år\n5607;2024\n".getBytes(StandardCharsets.UTF_8)).post(IMPORTS)
                .then().statusCode(422).body("errors[0].code", equalTo("invalid-header"));
        Api.lenientAs("editor").contentType("application/json").body("{\"version\": \"2.0\", \"class\": ".getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS).then().statusCode(422).body("errors[0].field", equalTo("file"));
        Api.lenientAs("editor").contentType("application/json").body("{}".getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then()
                .statusCode(422);
        Api.lenientAs("editor").contentType("text/plain").body("x").post(IMPORTS).then().statusCode(415);
        Api.lenientAs("editor").contentType("text/csv").queryParam("dryRun", "perhaps").body(HEADER.getBytes(StandardCharsets.UTF_8))
                .post(IMPORTS).then().statusCode(400).body("errors[0].field", equalTo("dryRun"));
        employment("municipality", "5607").body("items", hasSize(0));
        Api.as("editor").queryParam("kind", "employment").queryParam("status", "rejected").get("/api/v1/imports").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(4));
    }

    @Test
    void aMultipartUploadIsReadByItsName() {
        // The contract validator cannot read multipart bodies, so only the response is validated here.
        Api.lenientAs("editor").contentType("multipart/form-data")
                .multiPart("file", "sysselsatte.csv", (HEADER + "5624;2022;residence;;total;all;2900\n").getBytes(StandardCharsets.UTF_8), "text/csv")
                .post(IMPORTS).then().statusCode(201).body("source", equalTo("sysselsatte.csv")).body("counts.inserted", equalTo(1));
        employment("municipality", "5624").body("items[0].employedResidents", equalTo(2900)).body("items[0].jobs", nullValue());
    }

    @Test
    void aGroupSumsItsMembersAndTheComparisonRanksThem() {
        String group = "finnmark-jobs";
        Api.as("admin").body(Map.of("key", group, "name", "Finnmark (test)", "members", List.of("5610", "5612")))
                .post("/api/v1/peer-groups").then().statusCode(201);
        importCsv(HEADER + "5610;2019;workplace;;total;all;1000\n5610;2024;workplace;;total;all;1100\n5610;2024;workplace;;total;private;800\n"
                + "5612;2019;workplace;;total;all;2000\n5612;2024;workplace;;total;all;2050\n5614;2019;workplace;;total;all;500\n"
                + "5614;2024;workplace;;total;all;600\n5610;2023;workplace;;total;all;1090\n", false, 201);
        employment("peerGroup", group).body("subject.kind", equalTo("peerGroup")).body("items.year", contains("2019", "2023", "2024"))
                .body("items[0].jobs", equalTo(3000)).body("items[2].jobs", equalTo(3150)).body("items[1].jobs", nullValue())
                .body("notes[0].code", equalTo("member-missing")).body("notes[0].municipality.code", equalTo("5612"))
                .body("notes[0].years", contains("2023"));

        Api.as("viewer").queryParam("peerGroup", group).queryParam("municipality", "5614").queryParam("from", "2019")
                .queryParam("to", "2024").get("/api/v1/jobs/employment/comparison").then().statusCode(200)
                .body("from", equalTo("2019")).body("to", equalTo("2024"))
                .body("rows.municipality.code", contains("5614", "5610", "5612")).body("rows.rank", contains(1, 2, 3))
                .body("rows[0].home", equalTo(true)).body("rows[0].member", equalTo(false))
                .body("rows[0].figures.growth", equalTo(100)).body("rows[0].figures.growthPercent", equalTo(3.71f))
                .body("rows[1].figures.privateSharePercent", equalTo(72.73f))
                .body("aggregate.jobsStart", equalTo(3000)).body("aggregate.jobsEnd", equalTo(3150));
        Api.as("viewer").queryParam("peerGroup", group).queryParam("municipality", "5614").get("/api/v1/jobs/employment/comparison")
                .then().statusCode(200).body("to", equalTo("2024")).body("from", equalTo("2019"));
    }

    @Test
    void aLargeFileRunsInTheBackground() throws InterruptedException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int year = 1950; year <= 2024; year++) {
            for (var section : no.kongsberg.vekst.jobs.industries.Industries.sections("SN2007")) {
                csv.append("5626;").append(year).append(";workplace;SN2007;").append(section.code()).append(";all;").append(year % 97)
                        .append('\n');
            }
        }
        String location = importCsv(csv.toString(), false, 202).body("status", org.hamcrest.Matchers.oneOf("queued", "running"))
                .extract().header("Location");
        ImportRuns.awaitFinished(location).body("status", equalTo("completed")).body("counts.inserted", equalTo(75 * 21));
        employment("municipality", "5626").body("items", hasSize(75)).body("items[74].jobs", equalTo(21 * (2024 % 97)));
    }

    /** The README's example files stay valid: their dry runs reject nothing. */
    @Test
    void theDocumentedExampleFilesImport() throws IOException {
        for (String kind : List.of("employment", "commuting")) {
            byte[] file = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "docs", "examples", kind + ".csv"));
            Api.as("editor").contentType("text/csv").queryParam("dryRun", "true").body(file).post("/api/v1/jobs/" + kind + "/imports")
                    .then().statusCode(200).body("counts.rejected", equalTo(0)).body("progress.processed", org.hamcrest.Matchers.greaterThan(3));
        }
    }

    @Test
    void badParametersAreNamed() {
        Api.lenientAs("viewer").queryParam("from", "twenty").get("/api/v1/jobs/employment").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.lenientAs("viewer").queryParam("from", "2024").queryParam("to", "2020").get("/api/v1/jobs/employment").then().statusCode(400)
                .body("errors[0].code", equalTo("after-to"));
        Api.lenientAs("viewer").queryParam("municipality", "12").get("/api/v1/jobs/employment").then().statusCode(400)
                .body("errors[0].field", equalTo("municipality"));
        Api.lenientAs("viewer").queryParam("municipality", "3303").queryParam("region", "kongsbergregionen")
                .get("/api/v1/jobs/employment").then().statusCode(400).body("errors[0].code", equalTo("one-subject"));
        Api.lenientAs("viewer").queryParam("peerGroup", "nowhere").get("/api/v1/jobs/employment").then().statusCode(400)
                .body("errors[0].field", equalTo("peerGroup"));
        Api.lenientAs("viewer").get("/api/v1/jobs/employment/comparison").then().statusCode(400)
                .body("errors[0].field", equalTo("region"));
        Api.lenientAs("viewer").queryParam("region", "nowhere").get("/api/v1/jobs/employment/comparison").then().statusCode(400)
                .body("errors[0].code", equalTo("unknown-region"));
    }

    @Test
    void rolesAreChecked() {
        Api.lenient().get("/api/v1/jobs/employment").then().statusCode(401);
        Api.lenientAs("viewer").contentType("text/csv").body(HEADER.getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then().statusCode(403);
        Api.lenientAs("partner").contentType("text/csv").body(HEADER.getBytes(StandardCharsets.UTF_8)).post(IMPORTS).then().statusCode(403);
        Api.as("partner").get("/api/v1/jobs/employment").then().statusCode(200);
    }

    @Test
    void theIndustryClassificationsAndTheirMappingAreListed() {
        Api.as("viewer").get("/api/v1/jobs/industries").then().statusCode(200)
                .body("classifications.key", contains("SN2007", "SN2025"))
                .body("classifications[0].sections", hasSize(21)).body("classifications[1].sections", hasSize(22))
                .body("classifications[1].sections.find { it.code == 'K' }.nameEn", containsString("Telecommunication"))
                .body("mapping.find { it.from == 'J' }.to", contains("J", "K")).body("mapping.find { it.from == 'J' }.sound", equalTo(false))
                .body("mapping.find { it.from == 'K' }.to", contains("L")).body("mapping.find { it.from == 'K' }.sound", equalTo(true))
                .body("mapping.to.flatten()", hasItem("V"));
    }

    @Test
    void theJobsGrowthKpiIsTheHomeMunicipalitysJobsGrowth() {
        importCsv(HEADER + "5616;2023;workplace;;total;all;2000\n5616;2024;workplace;;total;all;2030\n", false, 201);
        var current = Api.as("admin").get("/api/v1/settings").then().statusCode(200).extract();
        String etag = current.header("ETag");
        Map<String, Object> settings = new HashMap<>();
        for (String field : List.of("programmeName", "homeMunicipality", "preferredPopulationVariant", "programmeStartYear")) {
            settings.put(field, current.path(field));
        }
        String home = (String) settings.get("homeMunicipality");
        settings.put("homeMunicipality", "5616");
        String changed = Api.as("admin").header("If-Match", etag).body(settings).put("/api/v1/settings").then().statusCode(200)
                .extract().header("ETag");
        try {
            Api.as("viewer").get("/api/v1/kpis/jobs-growth").then().statusCode(200)
                    .body("latest.period", equalTo("2024")).body("latest.value", equalTo(1.5f));
        } finally {
            settings.put("homeMunicipality", home);
            Api.as("admin").header("If-Match", changed).body(settings).put("/api/v1/settings").then().statusCode(200);
        }
    }

    private static org.hamcrest.Matcher<Iterable<? super String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.not(hasItem(org.hamcrest.Matchers.not(value)));
    }
}
