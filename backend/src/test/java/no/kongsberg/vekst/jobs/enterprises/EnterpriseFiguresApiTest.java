package no.kongsberg.vekst.jobs.enterprises;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Figures, comparison and the units list over units in Hemsedal (3326), Ål (3328) and Hol (3330),
 * with official populations imported first; no other test class uses these for enterprises.
 */
@QuarkusTest
class EnterpriseFiguresApiTest {

    private static final String FIGURES = "/api/v1/jobs/enterprises";
    private static boolean loaded;

    @Inject
    EnterpriseService enterprises;

    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        Api.as("editor").contentType("text/csv").body(("municipality;date;variant;population\n"
                + "3326;2023-01-01;official;2500\n3326;2024-01-01;official;2520\n"
                + "3328;2023-01-01;official;4700\n3328;2024-01-01;official;4710\n"
                + "3330;2023-01-01;official;4450\n3330;2024-01-01;official;4460\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/population/imports").then().statusCode(201);
        List<String> numbers = RegisterFiles.numbers(92100000, 45);
        List<String> units = new ArrayList<>();
        int n = 0;
        // Hemsedal: 2023 three IT firms (two closed in 2024) and two shops; 2024 four builders, five clinics, one without an industry.
        for (int i = 0; i < 3; i++) {
            units.add(RegisterFiles.unit(numbers.get(n++), "Hemsedal Data " + i + " AS (test)", "AS", "2023-02-15", "62.010", "3326", 10 + i,
                    i == 0 ? "2024-05-10" : i == 1 ? "2024-11-20" : null));
        }
        for (int i = 0; i < 2; i++) {
            units.add(RegisterFiles.unit(numbers.get(n++), "Hemsedal Butikk " + i + " (test)", "ENK", "2023-08-01", "47.110", "3326", 1, null));
        }
        for (int i = 0; i < 4; i++) {
            units.add(RegisterFiles.unit(numbers.get(n++), "Hemsedal Bygg " + i + " AS (test)", "AS", "2024-03-01", "41.200", "3326", 20 + i, null));
        }
        for (int i = 0; i < 5; i++) {
            units.add(RegisterFiles.unit(numbers.get(n++), "Hemsedal Klinikk " + i + " (test)", "ENK", "2024-04-15", "86.210", "3326", null, null));
        }
        units.add(RegisterFiles.unit(numbers.get(n++), "Hemsedal Filial NUF (test)", "NUF", "2024-12-01", null, "3326", null, null));
        // Ål: eight in 2024, one of them closed; Hol: twenty in 2024.
        for (int i = 0; i < 8; i++) {
            units.add(RegisterFiles.unit(numbers.get(n++), "Ål Test " + i + " AS (test)", "AS", "2024-06-01", "56.101", "3328", 2,
                    i == 0 ? "2024-09-01" : null));
        }
        for (int i = 0; i < 20; i++) {
            units.add(RegisterFiles.unit(numbers.get(n++), "Hol Test " + i + " AS (test)", "AS", "2024-07-01", "55.101", "3330", 3, null));
        }
        // Gzipped: plain, the file would be large enough for the test profile to import it in the background.
        Api.as("editor").contentType("application/gzip").body(RegisterFiles.gzip(RegisterFiles.array(units)))
                .post("/api/v1/jobs/enterprises/imports").then().statusCode(201).body("counts.inserted", equalTo(43));
        Api.as("admin").contentType("application/json")
                .body(Map.of("key", "enterprise-test-peers", "name", "Ål og Hol", "members", List.of("3328", "3330")))
                .post("/api/v1/peer-groups").then().statusCode(201);
        loaded = true;
    }

    @Test
    void yearlyFiguresCountRegistrationsAndClosuresPerThousandResidentsByIndustryAndForm() {
        Api.as("partner").queryParam("municipality", "3326").queryParam("from", "2023").queryParam("to", "2024").get(FIGURES)
                .then().statusCode(200)
                .body("subject.kind", equalTo("municipality")).body("subject.key", equalTo("3326"))
                .body("subject.name", equalTo("Hemsedal")).body("granularity", equalTo("year"))
                .body("source", containsString("Brønnøysundregistrene")).body("license.name", equalTo("NLOD 2.0"))
                .body("license.url", equalTo("https://data.norge.no/nlod/en/2.0"))
                .body("from", equalTo("2023")).body("to", equalTo("2024"))
                .body("items.period", contains("2023", "2024"))
                .body("items[0].registered", equalTo(5)).body("items[0].deleted", equalTo(0)).body("items[0].net", equalTo(5))
                .body("items[0].population", equalTo(2500)).body("items[0].registeredPer1000Residents", equalTo(2.0f))
                .body("items[1].registered", equalTo(10)).body("items[1].deleted", equalTo(2)).body("items[1].net", equalTo(8))
                .body("items[1].population", equalTo(2520)).body("items[1].registeredPer1000Residents", equalTo(3.97f))
                .body("byIndustry.section", contains("F", "G", "K", "R", "unknown"))
                .body("byIndustry.classification", everyItem(equalTo("SN2025")))
                .body("byIndustry.find { it.section == 'K' }.registered", equalTo(3))
                .body("byIndustry.find { it.section == 'K' }.deleted", equalTo(2))
                .body("byIndustry.find { it.section == 'K' }.net", equalTo(1))
                .body("byIndustry.find { it.section == 'unknown' }.registered", equalTo(1))
                .body("byOrganisationForm.code", contains("AS", "ENK", "NUF"))
                .body("byOrganisationForm[0].registered", equalTo(7)).body("byOrganisationForm[0].deleted", equalTo(2))
                .body("byOrganisationForm[0].net", equalTo(5))
                .body("notes", hasSize(0));
    }

    @Test
    void quarterlyFiguresAndTheDefaultSpan() {
        Api.as("viewer").queryParam("municipality", "3326").queryParam("from", "2024").queryParam("to", "2024")
                .queryParam("granularity", "quarter").get(FIGURES).then().statusCode(200)
                .body("granularity", equalTo("quarter"))
                .body("items.period", contains("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"))
                .body("items.registered", contains(4, 5, 0, 1)).body("items.deleted", contains(0, 1, 0, 1))
                .body("items[1].registeredPer1000Residents", equalTo(1.98f)).body("items[1].population", equalTo(2520));
        // Without a span: six years up to the last one with registrations; years without a population say so.
        Api.as("viewer").queryParam("municipality", "3326").get(FIGURES).then().statusCode(200)
                .body("from", equalTo("2019")).body("to", equalTo("2024")).body("items", hasSize(6))
                .body("items[0].population", nullValue()).body("items[0].registeredPer1000Residents", nullValue())
                .body("notes.code", hasItem("no-population"))
                .body("notes.find { it.code == 'no-population' }.years", contains("2019", "2020", "2021", "2022"));
        // A group adds up its members; a municipality without registrations has no span.
        Api.as("viewer").queryParam("peerGroup", "enterprise-test-peers").queryParam("from", "2024").get(FIGURES).then().statusCode(200)
                .body("subject.kind", equalTo("peerGroup")).body("subject.members.code", containsInAnyOrder("3328", "3330"))
                .body("items[0].registered", equalTo(28)).body("items[0].deleted", equalTo(1))
                .body("items[0].population", equalTo(9170)).body("items[0].registeredPer1000Residents", equalTo(3.05f));
        Api.as("viewer").queryParam("municipality", "3318").get(FIGURES).then().statusCode(200)
                .body("from", nullValue()).body("to", nullValue()).body("items", hasSize(0)).body("notes", hasSize(1));
    }

    @Test
    void theComparisonRanksMembersAndTheHomeMunicipalityByRegistrationsPerThousand() {
        Api.as("partner").queryParam("peerGroup", "enterprise-test-peers").queryParam("municipality", "3326")
                .queryParam("from", "2024").queryParam("to", "2024").get(FIGURES + "/comparison").then().statusCode(200)
                .body("group.key", equalTo("enterprise-test-peers")).body("from", equalTo("2024")).body("to", equalTo("2024"))
                .body("rows.municipality.code", contains("3330", "3326", "3328"))
                .body("rows.rank", contains(1, 2, 3))
                .body("rows.home", contains(false, true, false)).body("rows.member", contains(true, false, true))
                .body("rows[0].registeredPer1000Residents", equalTo(4.48f)).body("rows[0].netPer1000Residents", equalTo(4.48f))
                .body("rows[1].registered", equalTo(10)).body("rows[1].deleted", equalTo(2)).body("rows[1].net", equalTo(8))
                .body("rows[1].registeredPer1000Residents", equalTo(3.97f)).body("rows[1].netPer1000Residents", equalTo(3.17f))
                .body("rows[2].registeredPer1000Residents", equalTo(1.7f))
                .body("aggregate.registered", equalTo(28)).body("aggregate.deleted", equalTo(1)).body("aggregate.net", equalTo(27))
                .body("aggregate.registeredPer1000Residents", equalTo(3.05f)).body("aggregate.netPer1000Residents", equalTo(2.94f));
        // Over two years: the total ÷ 2 ÷ the population on 1 January of the first year.
        Api.as("viewer").queryParam("peerGroup", "enterprise-test-peers").queryParam("municipality", "3328")
                .queryParam("from", "2023").queryParam("to", "2024").get(FIGURES + "/comparison").then().statusCode(200)
                .body("rows.municipality.code", contains("3330", "3328")).body("rows[0].registeredPer1000Residents", equalTo(2.25f))
                .body("rows.home", contains(false, true)).body("rows.member", contains(true, true));
        // Without populations no row has a rank.
        Api.as("viewer").queryParam("peerGroup", "enterprise-test-peers").queryParam("municipality", "3326")
                .queryParam("from", "2019").queryParam("to", "2019").get(FIGURES + "/comparison").then().statusCode(200)
                .body("rows.rank", everyItem(nullValue())).body("aggregate.registeredPer1000Residents", nullValue())
                .body("notes.code", everyItem(equalTo("no-population"))).body("notes.municipality.code", hasItems("3326", "3328", "3330"));
    }

    @Test
    void theUnitsListFiltersSortsAndPages() {
        String units = FIGURES + "/units";
        Api.as("viewer").queryParam("municipality", "3326").queryParam("sort", "name").queryParam("size", "5").get(units)
                .then().statusCode(200).body("total", equalTo(15)).body("page", equalTo(0)).body("size", equalTo(5))
                .body("items", hasSize(5)).body("items[0].name", equalTo("Hemsedal Butikk 0 (test)"));
        Api.as("viewer").queryParam("municipality", "3326").queryParam("sort", "name").queryParam("size", "5")
                .queryParam("page", "2").get(units).then().statusCode(200).body("items", hasSize(5))
                .body("items[4].name", equalTo("Hemsedal Klinikk 4 (test)"));
        Api.as("editor").queryParam("municipality", "3326").queryParam("status", "deleted").queryParam("sort", "deletedOn").get(units)
                .then().statusCode(200).body("items.deletedOn", contains("2024-05-10", "2024-11-20"));
        Api.as("editor").queryParam("municipality", "3326").queryParam("status", "active").get(units)
                .then().statusCode(200).body("total", equalTo(13));
        Api.as("admin").queryParam("municipality", "3326").queryParam("section", "F").queryParam("sort", "-employees").get(units)
                .then().statusCode(200).body("items.employees", contains(23, 22, 21, 20));
        Api.as("viewer").queryParam("municipality", "3326").queryParam("registeredFrom", "2024-04-01")
                .queryParam("registeredTo", "2024-12-31").get(units).then().statusCode(200).body("total", equalTo(6))
                .body("items[0].registeredOn", equalTo("2024-12-01")).body("items[0].organisationForm", equalTo("NUF"));
        Api.as("viewer").queryParam("q", "HEMSEDAL klinikk").get(units).then().statusCode(200).body("total", equalTo(5));
        String first = RegisterFiles.numbers(92100000, 1).get(0);
        Api.as("viewer").queryParam("q", first.substring(0, 7)).queryParam("municipality", "3326").get(units).then().statusCode(200)
                .body("items.organisationNumber", hasItem(first));
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        Map<String, Map<String, String>> figures = Map.of(
                "granularity", Map.of("granularity", "month"),
                "from", Map.of("from", "20x4"),
                "to", Map.of("to", "20245"),
                "municipality", Map.of("municipality", "33"),
                "region", Map.of("region", "nowhere-at-all"));
        figures.forEach((field, query) -> Api.lenientAs("viewer").queryParams(query).get(FIGURES).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field)));
        Api.lenientAs("viewer").queryParam("municipality", "3326").queryParam("peerGroup", "enterprise-test-peers").get(FIGURES)
                .then().statusCode(400);
        Api.lenientAs("viewer").queryParam("from", "2025").queryParam("to", "2020").get(FIGURES).then().statusCode(400)
                .body("errors[0].field", equalTo("from")).body("errors[0].code", equalTo("after-to"));
        Api.lenientAs("viewer").queryParam("from", "1900").queryParam("to", "2024").get(FIGURES).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        Api.lenientAs("viewer").get(FIGURES + "/comparison").then().statusCode(400).body("errors[0].field", equalTo("region"));
        Api.lenientAs("viewer").queryParam("peerGroup", "enterprise-test-peers").queryParam("municipality", "9999")
                .get(FIGURES + "/comparison").then().statusCode(400).body("errors[0].field", equalTo("municipality"));
        Api.lenientAs("viewer").queryParam("peerGroup", "enterprise-test-peers").queryParam("from", "18000")
                .get(FIGURES + "/comparison").then().statusCode(400).body("errors[0].field", equalTo("from"));
        Map<String, Map<String, String>> units = Map.of(
                "sort", Map.of("sort", "founded"),
                "status", Map.of("status", "gone"),
                "section", Map.of("section", "Z"),
                "registeredFrom", Map.of("registeredFrom", "2024-13-01"),
                "registeredTo", Map.of("registeredFrom", "2024-05-01", "registeredTo", "2024-01-01"),
                "size", Map.of("size", "0"),
                "page", Map.of("page", "-1"),
                "q", Map.of("q", "x".repeat(101)),
                "municipality", Map.of("municipality", "abcd"));
        units.forEach((field, query) -> Api.lenientAs("viewer").queryParams(query).get(FIGURES + "/units").then().statusCode(400)
                .body("errors.field", hasItem(field)));
    }

    @Test
    void demoUnitsAreLoadedIntoAnEmptyRegister() {
        // The test profile loads demo data: fictional units in Kongsberg and the rest of Kongsbergregionen.
        Api.as("viewer").queryParam("municipality", "3303").queryParam("q", "(demo)").get(FIGURES + "/units").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThan(100)).body("items.name", everyItem(org.hamcrest.Matchers.endsWith(" (demo)")));
        Api.as("viewer").queryParam("region", "kongsbergregionen").queryParam("from", "2019").queryParam("to", "2025").get(FIGURES)
                .then().statusCode(200).body("items", hasSize(7)).body("byIndustry.size()", org.hamcrest.Matchers.greaterThan(5))
                .body("notes.code", hasItem("demo-data"));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> demo.load()));
    }

    @Inject
    EnterpriseDemoData demo;

    @Test
    void theKpiHookCountsRegistrationsPerYear() {
        NavigableMap<Integer, Double> years = QuarkusTransaction.requiringNew()
                .call(() -> enterprises.registeredPerYear(Municipality.<Municipality>find("code", "3326").firstResult()));
        assertEquals(Map.of(2023, 5.0, 2024, 10.0), years);
        assertEquals(2023, years.firstKey());
    }
}
