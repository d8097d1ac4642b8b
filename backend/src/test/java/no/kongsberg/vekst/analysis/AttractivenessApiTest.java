package no.kongsberg.vekst.analysis;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The attractiveness analysis on the synthetic nation, loaded for spans no other test uses (the
 * 1960s-1980s) into the municipalities of Østfold, Akershus, Vestfold, Agder and Troms (85; the
 * counties other tests leave alone). Other tests may store population for some other place in those years, so
 * counts of incomplete municipalities are lower bounds.
 */
@QuarkusTest
class AttractivenessApiTest {

    private static final String ANALYSIS = "/api/v1/analysis/attractiveness";

    @Inject
    SyntheticData synthetic;

    @Inject
    EntityManager entityManager;

    @Transactional
    @SuppressWarnings("unchecked")
    List<String> codes() {
        return entityManager.createNativeQuery("select code from municipality where substring(code, 1, 2) in ('31', '32', '39', '42', '55') "
                + "order by code").getResultList();
    }

    @Test
    void theFitRecoversTheBuiltInRelationshipAndRanksByResidual() {
        List<String> codes = codes();
        assertEquals(85, codes.size());
        synthetic.load(codes, 1971, 1976, 11);

        var response = Api.as("viewer").get(ANALYSIS + "?from=1971&to=1976").then().statusCode(200)
                .body("from", equalTo("1971")).body("to", equalTo("1976")).body("years", equalTo(5))
                .body("municipalitiesUsed", equalTo(85)).body("rows", hasSize(85)).body("syntheticMunicipalities", equalTo(85))
                .body("rows.synthetic", everyItem(equalTo(true))).body("coefficients.term", org.hamcrest.Matchers.contains(
                        "intercept", "jobGrowth", "logPopulation"))
                .extract();
        List<Map<String, Object>> coefficients = response.path("coefficients");
        double[] truth = {SyntheticNation.INTERCEPT, SyntheticNation.JOB_GROWTH, SyntheticNation.LOG_POPULATION};
        for (int k = 0; k < 3; k++) {
            double estimate = ((Number) coefficients.get(k).get("estimate")).doubleValue();
            double se = ((Number) coefficients.get(k).get("standardError")).doubleValue();
            assertTrue(Math.abs(estimate - truth[k]) < 3 * se, coefficients.get(k) + " vs " + truth[k]);
        }
        List<Map<String, Object>> rows = response.path("rows");
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            assertEquals(i + 1, row.get("rank"));
            double residual = ((Number) row.get("residual")).doubleValue();
            double actual = ((Number) row.get("netMigrationRate")).doubleValue();
            double expected = ((Number) row.get("expectedNetMigrationRate")).doubleValue();
            assertEquals(actual - expected, residual, 1e-5);
            int population = (Integer) row.get("population");
            assertEquals(100.0 * (Integer) row.get("netMigration") / population / 5, actual, 1e-5);
            assertEquals(100.0 * ((Integer) row.get("jobsTo") - (Integer) row.get("jobsFrom")) / (Integer) row.get("jobsFrom") / 5,
                    ((Number) row.get("jobGrowthRate")).doubleValue(), 1e-5);
            if (i > 0) {
                assertTrue(residual <= ((Number) rows.get(i - 1).get("residual")).doubleValue());
            }
        }
        // One municipality's row is the same row, rank and all.
        Map<String, Object> third = rows.get(2);
        String code = (String) ((Map<?, ?>) third.get("municipality")).get("code");
        Api.as("partner").get(ANALYSIS + "?from=1971&to=1976&municipality=" + code).then().statusCode(200)
                .body("rows", hasSize(1)).body("rows[0].rank", equalTo(3)).body("municipalitiesUsed", equalTo(85))
                .body("rows[0].residual", equalTo(third.get("residual")));
        // Kongsberg has no figures for the 1970s here.
        Api.lenientAs("viewer").get(ANALYSIS + "?from=1971&to=1976&municipality=3303").then().statusCode(422)
                .body("code", equalTo("not-in-fit")).body("detail", containsString("Kongsberg"));
        // Without a span: the latest year with jobs for 50 municipalities, and five years before it.
        Api.as("viewer").get(ANALYSIS).then().statusCode(200).body("to", equalTo("1976")).body("from", equalTo("1971"));
    }

    @Test
    void fewerThanFiftyMunicipalitiesWithCompleteDataIsRefusedNamingHowMany() {
        synthetic.load(codes().subList(0, 30), 1981, 1986, 12);
        Api.lenientAs("viewer").get(ANALYSIS + "?from=1981&to=1986").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("too-few-municipalities"))
                .body("detail", containsString("Only 30 municipalities have complete data for 1981–1986"));
    }

    @Test
    void boundaryChangesWithinTheSpanAreExcludedAndListedAndIncompleteOnesCounted() {
        List<String> codes = codes();
        synthetic.load(codes.subList(0, 60), 1961, 1966, 13);
        // Three more with figures only up to 1964: incomplete for 1961-1966.
        synthetic.load(codes.subList(60, 63), 1961, 1964, 14);
        String changed = codes.get(5);
        Api.as("admin").body(Map.of("date", "1963-01-01", "otherMunicipality", "Nabokommunen", "personsMoved", 1200))
                .post("/api/v1/municipalities/" + changed + "/boundary-changes").then().statusCode(201);
        Api.as("viewer").get(ANALYSIS + "?from=1961&to=1966").then().statusCode(200)
                .body("municipalitiesUsed", equalTo(59)).body("municipalitiesIncomplete", greaterThanOrEqualTo(3))
                .body("excluded", hasSize(1)).body("excluded[0].municipality.code", equalTo(changed))
                .body("excluded[0].reason", equalTo("boundary-change")).body("excluded[0].date", equalTo("1963-01-01"))
                .body("rows.municipality.code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(changed)));
        Api.lenientAs("viewer").get(ANALYSIS + "?from=1961&to=1966&municipality=" + changed).then().statusCode(422)
                .body("code", equalTo("not-in-fit")).body("detail", containsString("boundaries changed"));
        // A change on the span's first day, before its first year of migration, does not matter.
        Api.as("viewer").get(ANALYSIS + "?from=1963&to=1966").then().statusCode(200).body("excluded", hasSize(0))
                .body("rows.municipality.code", org.hamcrest.Matchers.hasItem(changed));
    }

    @Test
    void badParametersAre400AndTheCallerMustBeSignedIn() {
        Api.lenientAs("viewer").get(ANALYSIS + "?from=19x1").then().statusCode(400).body("errors[0].field", equalTo("from"));
        Api.lenientAs("viewer").get(ANALYSIS + "?from=1976&to=1971").then().statusCode(400)
                .body("errors[0].code", equalTo("not-after-from"));
        Api.lenientAs("viewer").get(ANALYSIS + "?from=1940&to=1976").then().statusCode(400)
                .body("errors[0].code", equalTo("span-too-long"));
        Api.lenientAs("viewer").get(ANALYSIS + "?from=1971&to=1976&municipality=0000").then().statusCode(400)
                .body("errors[0].code", equalTo("unknown-municipality"));
        Api.lenientAs("viewer").get(ANALYSIS + "?from=1850&to=1855").then().statusCode(400);
        Api.lenient().get(ANALYSIS).then().statusCode(401);
    }
}
