package no.kongsberg.vekst.population;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The population figures through the API, on small made-up series of Nordland municipalities that
 * no other test touches (official variant).
 */
@QuarkusTest
class PopulationFiguresApiTest {

    private static final String FLOWS = """
            municipality;period;variant;populationStart;births;deaths;inMigration;outMigration;immigration;emigration;netMigration;growth;populationEnd
            1812;2010;official;2000;20;15;100;90;10;5;..;..;2020
            1812;2011;official;2020;22;18;80;95;12;3;..;..;2018
            1813;2010;official;7800;80;70;300;280;40;10;..;..;7860
            1813;2011;official;7860;75;72;310;300;30;8;..;..;7895
            1813;2012-Q1;official;7895;20;15;80;70;5;2;..;..;7913
            1811;2011;official;1450;10;20;40;50;5;0;..;..;1435
            """;

    private static final String STOCKS = """
            municipality,date,variant,population
            1815,2019-01-01,official,1200
            1815,2020-01-01,official,1210
            1815,2021-01-01,official,1222
            1815,2022-01-01,official,1230
            1815,2023-01-01,official,1235
            1815,2024-01-01,official,1236
            1816,1963-01-01,official,1000
            1816,1964-01-01,official,2100
            1816,1965-01-01,official,2120
            0604,1990-01-01,official,20000
            3006,1991-01-01,official,20100
            3303,1992-01-01,official,20250
            """;

    /** Imports the series; the same files again change nothing, so every test may call it. */
    @BeforeEach
    void importSeries() {
        for (String file : List.of(FLOWS, STOCKS)) {
            Api.as("editor").contentType("text/csv").queryParam("source", "figures-test.csv")
                    .body(file.getBytes(StandardCharsets.UTF_8)).post("/api/v1/population/imports").then().statusCode(201);
        }
    }

    private static Map<String, Object> series(Map<String, String> query) {
        return Api.as("viewer").queryParams(query).queryParam("variant", "official").get("/api/v1/population/series")
                .then().statusCode(200).extract().path("$");
    }

    @Test
    void dataUnderEachOfKongsbergsCodesFormsOneSeries() {
        for (String code : List.of("0604", "3006", "3303")) {
            Api.as("viewer").queryParam("municipality", code).queryParam("variant", "official").queryParam("from", "1990")
                    .queryParam("to", "1992").get("/api/v1/population/series").then().statusCode(200)
                    .body("subject.kind", equalTo("municipality"))
                    .body("subject.key", equalTo("3303"))
                    .body("points.period", contains("1990", "1991", "1992"))
                    .body("points.growth", contains(100, 150, null))
                    .body("targets.years", hasSize(0));
        }
    }

    @Test
    void pointsCarryTheComponentsAndGrowthFromTheFlows() {
        Api.as("viewer").queryParam("municipality", "1813").queryParam("variant", "official")
                .get("/api/v1/population/series").then().statusCode(200)
                .body("points.period", contains("2010", "2011", "2012"))
                .body("points[0].naturalIncrease", equalTo(10))
                .body("points[0].domesticNetMigration", equalTo(20))
                .body("points[0].internationalNetMigration", equalTo(30))
                .body("points[0].netMigration", equalTo(50))
                .body("points[0].growth", equalTo(60))
                .body("points[0].growthPercent", equalTo(0.77f))
                .body("points[0].growthPer1000", equalTo(7.69f))
                .body("points[0].adjustment", equalTo(0))
                .body("source", equalTo("Statistics Norway (SSB)"))
                .body("license.name", equalTo("CC BY 4.0")).body("license.url", equalTo("https://creativecommons.org/licenses/by/4.0/"))
                .body("points[0].missing", equalTo(Map.of()))
                .body("average.from", equalTo("2010"))
                .body("average.to", equalTo("2011"))
                .body("average.organicGrowth", equalTo(95));
        Api.as("viewer").queryParam("municipality", "1813").queryParam("variant", "official").queryParam("granularity", "quarter")
                .get("/api/v1/population/series").then().statusCode(200)
                .body("granularity", equalTo("quarter"))
                .body("points.period", contains("2010-Q1", "2011-Q1", "2012-Q1", "2012-Q2"))
                .body("points.find { it.period == '2012-Q1' }.growth", equalTo(18))
                .body("points.find { it.period == '2012-Q1' }.populationEnd", equalTo(7913))
                .body("targets", nullValue());
        Api.as("partner").queryParam("municipality", "1813").queryParam("variant", "official")
                .get("/api/v1/population/components").then().statusCode(200)
                .body("items.period", contains("2010", "2011", "2012"))
                .body("items[1].naturalIncrease", equalTo(3))
                .body("items[1].domesticNetMigration", equalTo(10))
                .body("items[1].internationalNetMigration", equalTo(22))
                .body("items[1].growth", equalTo(35))
                .body("items[1].seriesBreak", equalTo(false));
    }

    @Test
    void aRecordedBoundaryChangeIsAnAdjustmentNotGrowth() {
        Map<String, Object> before = series(Map.of("municipality", "1816"));
        assertEquals(1100, point(before, "1963").get("growth"), "unrecorded, the jump looks like growth");
        assertEquals(List.of("implausible-change"), point(before, "1963").get("flags"), "and the import flagged it");

        String location = Api.as("admin").contentType("application/json")
                .body(Map.of("date", "1964-01-01", "otherMunicipality", "Nabo", "personsMoved", 1080, "note", "Merged."))
                .post("/api/v1/municipalities/1816/boundary-changes").then().statusCode(201)
                .body("personsMoved", equalTo(1080)).body("createdBy", equalTo("admin")).extract().header("Location");
        Api.as("viewer").get("/api/v1/municipalities/1816/boundary-changes").then().statusCode(200)
                .body("items.otherMunicipality", contains("Nabo"));

        Map<String, Object> after = series(Map.of("municipality", "1816"));
        Map<String, Object> merged = point(after, "1963");
        assertEquals(20, merged.get("growth"));
        assertEquals(1080, merged.get("adjustment"));
        assertEquals(true, merged.get("seriesBreak"));
        assertEquals(1, ((List<?>) merged.get("boundaryChanges")).size());
        assertEquals(40, ((Map<?, ?>) after.get("average")).get("organicGrowth"), "1963 and 1964: 20 + 20");

        String id = location.substring(location.lastIndexOf('/') + 1);
        Api.lenientAs("admin").delete("/api/v1/municipalities/1815/boundary-changes/" + id).then().statusCode(404);
        Api.as("admin").delete(location).then().statusCode(204);
        Api.lenientAs("admin").delete(location).then().statusCode(404);
        assertEquals(1100, point(series(Map.of("municipality", "1816")), "1963").get("growth"));
    }

    @Test
    void boundaryChangesRefuseBadInput() {
        Api.lenientAs("admin").contentType("application/json").body(Map.of("otherMunicipality", "", "personsMoved", 1))
                .post("/api/v1/municipalities/1816/boundary-changes").then().statusCode(400)
                .body("errors.field", contains("date", "otherMunicipality"));
        Api.lenientAs("admin").contentType("application/json")
                .body(Map.of("date", "1964-13-01", "otherMunicipality", "Nabo", "personsMoved", 1))
                .post("/api/v1/municipalities/1816/boundary-changes").then().statusCode(400);
        Api.lenientAs("admin").contentType("application/json")
                .body(Map.of("date", "1964-01-01", "otherMunicipality", "Nabo", "personsMoved", "many"))
                .post("/api/v1/municipalities/1816/boundary-changes").then().statusCode(400);
        Api.lenientAs("admin").contentType("application/json")
                .body(Map.of("date", "1964-01-01", "otherMunicipality", "Nabo", "otherMunicipalityCode", "12", "personsMoved", 1))
                .post("/api/v1/municipalities/1816/boundary-changes").then().statusCode(400)
                .body("errors[0].field", equalTo("otherMunicipalityCode"));
        Api.lenientAs("admin").contentType("application/json")
                .body(Map.of("date", "1964-01-01", "otherMunicipality", "Nabo", "personsMoved", 1))
                .post("/api/v1/municipalities/9999/boundary-changes").then().statusCode(404);
        Api.lenientAs("viewer").get("/api/v1/municipalities/9999/boundary-changes").then().statusCode(404);
        Api.lenientAs("admin").delete("/api/v1/municipalities/1816/boundary-changes/not-an-id").then().statusCode(404);
    }

    @Test
    void peerGroupsAreManagedByAdmins() {
        Api.as("viewer").get("/api/v1/peer-groups").then().statusCode(200)
                .body("items.key", hasItem("host-award-2025"))
                .body("items.find { it.key == 'host-award-2025' }.members.name",
                        contains("Asker", "Drammen", "Kongsvinger", "Sigdal", "Sykkylven", "Tinn"));

        String etag = Api.as("admin").contentType("application/json")
                .body(Map.of("key", "nordland-managed", "name", "Nordland", "members", List.of("1811", "1812")))
                .post("/api/v1/peer-groups").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/peer-groups/nordland-managed"))
                .body("members.code", contains("1811", "1812")).extract().header("ETag");
        assertEquals(etag, Api.as("viewer").get("/api/v1/peer-groups/nordland-managed").then().statusCode(200).extract().header("ETag"));

        Map<String, Object> change = Map.of("name", "Sør-Helgeland", "description", "Small places", "members", List.of("1813", "1811"));
        Api.lenientAs("admin").contentType("application/json").body(change).put("/api/v1/peer-groups/nordland-managed")
                .then().statusCode(428);
        String newTag = Api.as("admin").contentType("application/json").header("If-Match", etag).body(change)
                .put("/api/v1/peer-groups/nordland-managed").then().statusCode(200)
                .body("name", equalTo("Sør-Helgeland")).body("members.name", contains("Bindal", "Brønnøy")).extract().header("ETag");
        Api.lenientAs("admin").contentType("application/json").header("If-Match", etag).body(change)
                .put("/api/v1/peer-groups/nordland-managed").then().statusCode(412);

        Api.lenientAs("admin").contentType("application/json")
                .body(Map.of("key", "nordland-managed", "name", "Again", "members", List.of("1811")))
                .post("/api/v1/peer-groups").then().statusCode(409);
        Api.lenientAs("admin").contentType("application/json")
                .body(Map.of("key", "Bad Key", "name", "", "members", List.of("1811", "9999", "1811")))
                .post("/api/v1/peer-groups").then().statusCode(400)
                .body("errors.field", contains("key", "name", "members[1]", "members[2]"))
                .body("errors.code", contains("invalid", "invalid", "unknown-municipality", "duplicate"));
        Api.lenientAs("admin").contentType("application/json").header("If-Match", newTag)
                .body(Map.of("name", "No members", "members", List.of())).put("/api/v1/peer-groups/nordland-managed")
                .then().statusCode(400).body("errors[0].field", equalTo("members"));

        Api.lenientAs("admin").contentType("application/json").header("If-Match", newTag).body(change)
                .put("/api/v1/peer-groups/absent-group").then().statusCode(404);
        Api.as("admin").delete("/api/v1/peer-groups/nordland-managed").then().statusCode(204);
        Api.lenientAs("viewer").get("/api/v1/peer-groups/nordland-managed").then().statusCode(404);
        Api.lenientAs("admin").get("/api/v1/audit?entity=peer-group&id=nordland-managed").then().statusCode(200)
                .body("items.action", contains("delete", "update", "create"));
    }

    @Test
    void aPeerGroupsSeriesSumsItsMembersAndNotesTheGaps() {
        createGroup("nordland-sum", List.of("1811", "1812", "1813"));
        Api.as("viewer").queryParam("peerGroup", "nordland-sum").queryParam("variant", "official").queryParam("to", "2011")
                .get("/api/v1/population/series").then().statusCode(200)
                .body("subject.kind", equalTo("peerGroup"))
                .body("subject.members", hasSize(3))
                .body("points.period", contains("2010", "2011"))
                .body("points[0].populationStart", equalTo(9800))
                .body("points[1].populationStart", equalTo(11330))
                .body("points[1].growth", equalTo(18))
                .body("points[1].populationEnd", equalTo(11348))
                .body("notes", hasSize(1))
                .body("notes[0].municipality.code", equalTo("1811"))
                .body("notes[0].periods", contains("2010"))
                .body("targets.netInMigration", nullValue());
        Api.as("viewer").queryParam("region", "kongsbergregionen").get("/api/v1/population/series").then().statusCode(200)
                .body("subject.kind", equalTo("region"))
                .body("subject.members", hasSize(8));
    }

    @Test
    void comparisonRanksTheMembersAndTheHomeMunicipalityPerThousand() {
        createGroup("nordland-compare", List.of("1811", "1812", "1813"));
        Api.as("viewer").queryParam("peerGroup", "nordland-compare").queryParam("variant", "official")
                .get("/api/v1/population/comparison").then().statusCode(200)
                .body("from", equalTo("2011")).body("to", equalTo("2011")).body("years", equalTo(1))
                .body("rankBy", equalTo("growthPercent"))
                .body("rows.municipality.name", contains("Brønnøy", "Sømna", "Bindal", "Kongsberg"))
                .body("rows.rank", contains(1, 2, 3, null))
                .body("rows[0].figures.growthPercent", equalTo(0.45f))
                .body("rows[0].figures.growthPer1000", equalTo(4.45f))
                .body("rows[2].figures.netMigrationPer1000", equalTo(-3.45f))
                .body("rows[3].home", equalTo(true))
                .body("rows[3].member", equalTo(false))
                .body("rows[3].missingPeriods", contains("2011"))
                .body("aggregate.growth", equalTo(18))
                .body("aggregate.populationStart", equalTo(11330));
        Api.as("editor").queryParam("peerGroup", "nordland-compare").queryParam("variant", "official").queryParam("from", "2010")
                .queryParam("to", "2011").queryParam("rankBy", "populationEnd").queryParam("municipality", "1813")
                .get("/api/v1/population/comparison").then().statusCode(200)
                .body("rows.municipality.name", contains("Brønnøy", "Sømna", "Bindal"))
                .body("rows[0].home", equalTo(true))
                .body("rows[0].figures.growth", equalTo(95))
                .body("rows[2].rank", equalTo(3))
                .body("rows[2].figures.growth", nullValue())
                .body("rows[2].missingPeriods", contains("2010"))
                .body("notes[0].municipality.code", equalTo("1811"));
    }

    @Test
    void theProjectionCarriesTheTrendForwardBesideTheTargetPath() {
        Api.as("viewer").queryParam("municipality", "1815").queryParam("variant", "official")
                .get("/api/v1/population/projection").then().statusCode(200)
                .body("label", equalTo("projection"))
                .body("method", equalTo("compound-trend"))
                .body("trendFrom", equalTo("2019")).body("trendTo", equalTo("2023"))
                .body("trendGrowthPercent", equalTo(0.59f))
                .body("base.year", equalTo("2024")).body("base.population", equalTo(1236))
                .body("targetStart.population", equalTo(1200))
                .body("until", equalTo("2030"))
                .body("targetPopulation", equalTo(1339))
                .body("projectedPopulation", equalTo(1280))
                .body("verdict", equalTo("behind"))
                .body("divergesIn", equalTo("2020"))
                .body("points.find { it.year == '2030' }.trend", equalTo(1280))
                .body("points.find { it.year == '2021' }.actual", equalTo(1222));
        Api.as("viewer").queryParam("municipality", "1813").queryParam("variant", "official").queryParam("trendYears", "2")
                .queryParam("until", "2035").get("/api/v1/population/projection").then().statusCode(200)
                .body("verdict", equalTo("insufficient-data")).body("until", equalTo("2035"));
    }

    @Test
    void badFigureParametersAre400NamingTheParameter() {
        expect400("/api/v1/population/series", Map.of("region", "nowhere"), "region", "unknown-region");
        expect400("/api/v1/population/series", Map.of("peerGroup", "nobody"), "peerGroup", "unknown-peer-group");
        expect400("/api/v1/population/series", Map.of("municipality", "3303", "region", "kongsbergregionen"), "municipality",
                "one-subject");
        expect400("/api/v1/population/components", Map.of("granularity", "month"), "granularity", "unknown-value");
        expect400("/api/v1/population/comparison", Map.of(), "region", "required");
        expect400("/api/v1/population/comparison", Map.of("region", "kongsbergregionen", "rankBy", "beauty"), "rankBy",
                "unknown-value");
        expect400("/api/v1/population/comparison", Map.of("region", "kongsbergregionen", "municipality", "99"), "municipality",
                "invalid");
        expect400("/api/v1/population/projection", Map.of("trendYears", "1"), "trendYears", "out-of-range");
        expect400("/api/v1/population/projection", Map.of("until", "2019"), "until", "out-of-range");
        expect400("/api/v1/population/projection", Map.of("until", "soon"), "until", "invalid");
    }

    @Test
    void thePublicSummaryHasNetInMigrationAndTheProjectionsVerdict() {
        Api.anonymous().get("/api/v1/public/population/summary").then().statusCode(200)
                .body("targetNetInMigration", equalTo(350))
                .body("source", startsWith("Statistics Norway (SSB)")).body("license.name", equalTo("CC BY 4.0"))
                .body("projection.until", equalTo("2030"));
        Api.anonymous().queryParam("municipality", "1815").queryParam("variant", "official")
                .get("/api/v1/public/population/summary").then().statusCode(200)
                .body("growthYear", equalTo("2023"))
                .body("growth", equalTo(1))
                .body("netMigration", nullValue())
                .body("netInMigrationTargetMet", nullValue())
                .body("projection.verdict", equalTo("behind"))
                .body("projection.divergesIn", equalTo("2020"));
        Api.anonymous().queryParam("municipality", "1813").queryParam("variant", "official")
                .get("/api/v1/public/population/summary").then().statusCode(200)
                .body("growthYear", equalTo("2011"))
                .body("netMigration", equalTo(32))
                .body("netInMigrationTargetMet", equalTo(false));
    }

    private static void expect400(String path, Map<String, String> query, String field, String code) {
        Api.lenientAs("viewer").queryParams(query).get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.code", equalTo(code));
    }

    private static void createGroup(String key, List<String> members) {
        if (Api.lenientAs("admin").get("/api/v1/peer-groups/" + key).statusCode() == 404) {
            Api.as("admin").contentType("application/json").body(Map.of("key", key, "name", key, "members", members))
                    .post("/api/v1/peer-groups").then().statusCode(201);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> point(Map<String, Object> series, String period) {
        return ((List<Map<String, Object>>) series.get("points")).stream().filter(p -> period.equals(p.get("period"))).findFirst()
                .orElseThrow();
    }
}
