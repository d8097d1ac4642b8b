package no.kongsberg.vekst.settings;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SettingsApiTest {

    static Map<String, Object> defaults() {
        Map<String, Object> body = new HashMap<>();
        body.put("programmeName", "Vekst i Kongsberg");
        body.put("homeMunicipality", "3303");
        body.put("preferredPopulationVariant", "corrected");
        body.put("programmeStartYear", 2019);
        body.put("targets", Map.of("growthPercent", 1.0, "netInMigration", 350, "turnoverNok", 3000000));
        return body;
    }

    @Test
    void readsTheDefaultsWithAnEtag() {
        Api.as("viewer").get("/api/v1/settings").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"[0-9]+\""))
                .body("programmeName", equalTo("Vekst i Kongsberg"))
                .body("homeMunicipality", equalTo("3303"))
                .body("preferredPopulationVariant", equalTo("corrected"))
                .body("programmeStartYear", equalTo(2019))
                .body("targets.growthPercent", equalTo(1.0f))
                .body("targets.netInMigration", equalTo(350))
                .body("targets.turnoverNok", equalTo(3000000));
    }

    @Test
    void anAdminChangesTheTargetsAndTheSummaryFollows() {
        String etag = Api.as("admin").get("/api/v1/settings").then().extract().header("ETag");
        Map<String, Object> higher = defaults();
        higher.put("targets", Map.of("growthPercent", 1.5, "netInMigration", 400, "turnoverNok", 3500000));
        higher.put("homeMunicipality", "0604");
        String changed = Api.as("admin").header("If-Match", etag).body(higher).put("/api/v1/settings").then().statusCode(200)
                .body("targets.growthPercent", equalTo(1.5f)).body("homeMunicipality", equalTo("3303"))
                .extract().header("ETag");
        try {
            Api.anonymous().get("/api/v1/public/population/summary").then().statusCode(200)
                    .body("targetGrowthPercent", equalTo(1.5f)).body("targetMet", equalTo(false));
            Api.as("admin").queryParam("entity", "settings").get("/api/v1/audit").then().statusCode(200)
                    .body("items[0].changes.'targets.growthPercent'.before", equalTo(1.0f))
                    .body("items[0].changes.'targets.growthPercent'.after", equalTo(1.5f));
            Api.lenientAs("admin").header("If-Match", etag).body(defaults()).put("/api/v1/settings").then().statusCode(412);
        } finally {
            Api.as("admin").header("If-Match", changed).body(defaults()).put("/api/v1/settings").then().statusCode(200);
        }
    }

    @Test
    void badValuesAre400AndNothingChanges() {
        String etag = Api.as("admin").get("/api/v1/settings").then().extract().header("ETag");
        Map<String, Object> bad = defaults();
        bad.put("homeMunicipality", "9999");
        bad.put("preferredPopulationVariant", "guessed");
        bad.put("programmeStartYear", 1800);
        bad.put("targets", Map.of("growthPercent", 50, "netInMigration", 350, "turnoverNok", -1));
        Api.lenientAs("admin").header("If-Match", etag).body(bad).put("/api/v1/settings").then().statusCode(400)
                .body("errors.field", hasItems("homeMunicipality", "preferredPopulationVariant", "programmeStartYear",
                        "targets.growthPercent", "targets.turnoverNok"))
                .body("errors.find { it.field == 'homeMunicipality' }.code", equalTo("unknown-municipality"));
        Map<String, Object> noTargets = defaults();
        noTargets.remove("targets");
        Api.lenientAs("admin").header("If-Match", etag).body(noTargets).put("/api/v1/settings").then().statusCode(400)
                .body("errors[0].field", equalTo("targets")).body("errors[0].code", equalTo("required"));
        Api.lenientAs("admin").body(defaults()).put("/api/v1/settings").then().statusCode(428);
        Api.as("admin").get("/api/v1/settings").then().header("ETag", equalTo(etag)).body("homeMunicipality", equalTo("3303"));
    }
}
