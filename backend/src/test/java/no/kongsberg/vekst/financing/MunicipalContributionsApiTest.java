package no.kongsberg.vekst.financing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/** The municipality's yearly contribution: created without If-Match, changed with it, audited. */
@QuarkusTest
class MunicipalContributionsApiTest {

    static final String PATH = "/api/v1/financing/contributions/";

    @Test
    void createsThenChangesUnderIfMatchAndAuditsBoth() {
        int year = 2093;
        var created = Api.as("admin").body(Map.of("amountNok", 1_200_000, "note", "  Budsjett 2093, sak 1/93 "))
                .put(PATH + year).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/financing/contributions/" + year))
                .header("ETag", equalTo("\"0\""))
                .body("year", equalTo(year)).body("amountNok", equalTo(1_200_000))
                .body("note", equalTo("Budsjett 2093, sak 1/93")).body("version", equalTo(0))
                .extract();
        String etag = created.header("ETag");

        // A second create (no If-Match) of the same year must not overwrite it.
        Api.lenientAs("admin").body(Map.of("amountNok", 1)).put(PATH + year).then().statusCode(428);

        Map<String, Object> change = new HashMap<>();
        change.put("amountNok", 1_400_000);
        change.put("note", null);
        String changed = Api.as("admin").header("If-Match", etag).body(change).put(PATH + year).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("amountNok", equalTo(1_400_000)).body("note", nullValue()).body("version", equalTo(1))
                .extract().header("ETag");
        Api.lenientAs("admin").header("If-Match", etag).body(Map.of("amountNok", 1)).put(PATH + year).then().statusCode(412);

        Api.as("viewer").get("/api/v1/financing/contributions").then().statusCode(200)
                .body("items.find { it.year == 2093 }.amountNok", equalTo(1_400_000))
                .body("items.find { it.year == 2093 }.version", equalTo(1));
        Api.as("editor").queryParam("year", year).get("/api/v1/financing").then().statusCode(200)
                .body("municipalityContributionNok", equalTo(1_400_000)).body("turnoverNok", equalTo(1_400_000))
                .body("partnersSharePercent", equalTo(0.0f));

        // An unchanged value changes nothing: same version, no audit entry.
        Api.as("admin").header("If-Match", changed).body(change).put(PATH + year).then().statusCode(200)
                .header("ETag", equalTo(changed));

        Api.as("admin").queryParam("entity", FinancingService.AUDIT_ENTITY).queryParam("id", Integer.toString(year))
                .get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.action", contains("update", "create"))
                .body("items.actor", contains("admin", "admin"))
                .body("items[0].changes.amountNok.before", equalTo(1_200_000))
                .body("items[0].changes.amountNok.after", equalTo(1_400_000))
                .body("items[0].changes.note.before", equalTo("Budsjett 2093, sak 1/93"))
                .body("items[0].changes.note.after", nullValue())
                .body("items[1].changes.amountNok.after", equalTo(1_200_000));
    }

    @Test
    void listsContributionsOldestFirst() {
        Api.as("admin").body(Map.of("amountNok", 10)).put(PATH + 2095).then().statusCode(201);
        Api.as("admin").body(Map.of("amountNok", 20)).put(PATH + 2094).then().statusCode(201);
        List<Integer> years = Api.as("editor").get("/api/v1/financing/contributions").then().statusCode(200)
                .body("items.year", hasItem(2094)).extract().path("items.year");
        for (int i = 1; i < years.size(); i++) {
            org.junit.jupiter.api.Assertions.assertTrue(years.get(i - 1) < years.get(i), "oldest first: " + years);
        }
    }

    @Test
    void ifMatchOnAYearWithoutAContributionIsStale() {
        Api.lenientAs("admin").header("If-Match", "\"0\"").body(Map.of("amountNok", 5)).put(PATH + 2096).then().statusCode(412);
        Api.as("viewer").get("/api/v1/financing/contributions").then().statusCode(200)
                .body("items.year", org.hamcrest.Matchers.not(hasItem(2096)));
    }

    @Test
    void badValuesAre400AndWriteNothing() {
        Api.lenientAs("admin").body(Map.of("amountNok", -1)).put(PATH + 2097).then().statusCode(400)
                .body("errors[0].field", equalTo("amountNok")).body("errors[0].code", equalTo("out-of-range"));
        Api.lenientAs("admin").body(Map.of("note", "no amount")).put(PATH + 2097).then().statusCode(400)
                .body("errors[0].field", equalTo("amountNok")).body("errors[0].code", equalTo("required"));
        Api.lenientAs("admin").body(Map.of("amountNok", 1, "note", "x".repeat(501))).put(PATH + 2097).then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        Api.lenientAs("admin").body(Map.of("amountNok", 1, "extra", true)).put(PATH + 2097).then().statusCode(400);
        Api.lenientAs("admin").body(Map.of("amountNok", "1")).put(PATH + 2097).then().statusCode(400);
        for (String year : new String[] {"1999", "2101", "20x7"}) {
            Api.lenientAs("admin").body(Map.of("amountNok", 1)).put(PATH + year).then().statusCode(400)
                    .body("errors[0].field", equalTo("year"));
        }
        Api.as("viewer").get("/api/v1/financing/contributions").then().statusCode(200)
                .body("items.year", org.hamcrest.Matchers.not(hasItem(2097)));
    }
}
