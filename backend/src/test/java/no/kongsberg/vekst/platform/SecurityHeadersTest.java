package no.kongsberg.vekst.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The headers on everything the backend serves: the API and its errors, the app's files (the
 * suite serves a stand-in dist), the widget bundle, /q. nginx sets the same app policy.
 */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void theApiIsNeverADocumentNorFramedAndPersonalAnswersAreNotKept() {
        Api.as("viewer").get("/api/v1/auth/me").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("Strict-Transport-Security", nullValue());
        // Errors made outside the resources carry them too.
        Api.lenient().get("/api/v1/no-such-thing").then().statusCode(404)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY");
    }

    @Test
    void theAppMayFrameItselfAndRunsOnlyItsOwnScripts() {
        RestAssured.get("/widgets").then().statusCode(200)
                .header("Content-Security-Policy", SecurityHeaders.APP_POLICY)
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("Cache-Control", "no-cache");
        RestAssured.get("/q/health/live").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", "frame-ancestors 'none'");
    }

    @Test
    void theWidgetBundleIsOpenToEverySiteAndItsReleasesAreImmutable() {
        RestAssured.given().header("Origin", "https://www.kongsberg.kommune.no").get("/embed/v1/vekst-widgets.js").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .header("Cache-Control", "public, max-age=300")
                .header("X-Content-Type-Options", "nosniff");
        RestAssured.get("/embed/v1/vekst-widgets.0123456789.js").then().statusCode(200)
                .header("Cache-Control", "public, max-age=31536000, immutable");
        RestAssured.get("/embed/v1/manifest.json").then().statusCode(200).header("Cache-Control", "no-cache");
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() {
        // Loopback is a trusted proxy in the suite: its X-Forwarded-Proto is believed.
        RestAssured.given().header("X-Forwarded-Proto", "https").get("/api/v1/public/kpis").then()
                .header("Strict-Transport-Security", equalTo(SecurityHeaders.HSTS));
        RestAssured.given().header("X-Forwarded-Proto", "https").get("/widgets").then()
                .header("Strict-Transport-Security", containsString("max-age="));
        RestAssured.get("/widgets").then().header("Strict-Transport-Security", nullValue());
    }

    @Test
    void nginxServesTheAppWithTheSamePolicy() throws Exception {
        String nginx = Files.readString(Path.of("..", "deploy", "nginx.conf"));
        assertTrue(nginx.contains("\"" + SecurityHeaders.APP_POLICY + "\""),
                "deploy/nginx.conf's Content-Security-Policy differs from SecurityHeaders.APP_POLICY");
    }
}
