package no.kongsberg.vekst.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/** Every error is application/problem+json with a stable code, and no stack trace leaves the server. */
@QuarkusTest
class ProblemsTest {

    @Test
    void malformedJsonIs400() {
        Api.lenient().body("{\"username\": ").post("/api/v1/auth/token").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].code", equalTo("malformed"))
                .body(not(containsString("at com.")));
    }

    @Test
    void wrongTypesAndUnknownFieldsAre400NamingTheField() {
        Api.lenient().body(Map.of("username", 5, "password", "x")).post("/api/v1/auth/token").then().statusCode(400)
                .body("errors[0].field", equalTo("username")).body("errors[0].code", equalTo("invalid"));
        Api.lenient().body(Map.of("username", "a", "password", "b", "extra", true)).post("/api/v1/auth/token").then()
                .statusCode(400).body("errors[0].field", equalTo("extra")).body("errors[0].code", equalTo("unknown-field"));
        Api.lenient().body("[1, 2]").post("/api/v1/auth/token").then().statusCode(400).body("errors[0].field", equalTo("body"));
        Api.lenient().body("").post("/api/v1/auth/token").then().statusCode(400).body("errors[0].code", equalTo("required"));
    }

    @Test
    void wrongContentTypeIs415() {
        Api.lenient().contentType("text/plain").body("username=admin").post("/api/v1/auth/token").then().statusCode(415)
                .contentType("application/problem+json").body("code", equalTo("unsupported-media-type"));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        Api.lenient().body("{\"username\": \"" + "a".repeat(2_000_000) + "\", \"password\": \"x\"}")
                .post("/api/v1/auth/token").then().statusCode(413)
                .contentType("application/problem+json").body("code", equalTo("payload-too-large"));
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() {
        Api.lenient().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/no-such-thing"));
        Api.lenient().delete("/api/v1/auth/token").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void securityHeadersAndNoCachingOfPersonalData() {
        Api.as("viewer").get("/api/v1/auth/me").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void corsForAuthenticatedEndpointsOnlyFromConfiguredOrigins() {
        // Quarkus's CORS filter refuses a foreign origin before the API runs (outside the contract).
        io.restassured.RestAssured.given().auth().oauth2(Api.tokenFor("viewer")).header("Origin", "https://evil.example")
                .get("/api/v1/auth/me").then().header("Access-Control-Allow-Origin", nullValue());
        Api.as("viewer").header("Origin", "http://localhost:5173").get("/api/v1/auth/me").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
    }
}
