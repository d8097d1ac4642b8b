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
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("targets")));
    }

    @Test
    void anAdminRenamesTheProgrammeAndAStaleSaveIsRefused() {
        String etag = Api.as("admin").get("/api/v1/settings").then().extract().header("ETag");
        Map<String, Object> renamed = defaults();
        renamed.put("programmeName", "Vekst i Kongsberg 2030");
        renamed.put("homeMunicipality", "0604");
        String changed = Api.as("admin").header("If-Match", etag).body(renamed).put("/api/v1/settings").then().statusCode(200)
                .body("programmeName", equalTo("Vekst i Kongsberg 2030")).body("homeMunicipality", equalTo("3303"))
                .extract().header("ETag");
        try {
            Api.as("admin").queryParam("entity", "settings").get("/api/v1/audit").then().statusCode(200)
                    .body("items[0].changes.programmeName.before", equalTo("Vekst i Kongsberg"))
                    .body("items[0].changes.programmeName.after", equalTo("Vekst i Kongsberg 2030"));
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
        Api.lenientAs("admin").header("If-Match", etag).body(bad).put("/api/v1/settings").then().statusCode(400)
                .body("errors.field", hasItems("homeMunicipality", "preferredPopulationVariant", "programmeStartYear"))
                .body("errors.find { it.field == 'homeMunicipality' }.code", equalTo("unknown-municipality"));
        Map<String, Object> noName = defaults();
        noName.remove("programmeName");
        Api.lenientAs("admin").header("If-Match", etag).body(noName).put("/api/v1/settings").then().statusCode(400)
                .body("errors[0].field", equalTo("programmeName")).body("errors[0].code", equalTo("required"));
        Api.lenientAs("admin").body(defaults()).put("/api/v1/settings").then().statusCode(428);
        Api.as("admin").get("/api/v1/settings").then().header("ETag", equalTo(etag)).body("homeMunicipality", equalTo("3303"));
    }
}
