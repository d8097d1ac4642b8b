package no.kongsberg.vekst.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.DatabaseServer;
import org.junit.jupiter.api.Test;

/**
 * With the database stopped, authenticated endpoints answer 503 problem+json, readiness is DOWN
 * and liveness UP, and the public answers already read are served from memory with a Warning; when
 * it is back, everything works again without restarting the backend.
 */
@QuarkusTest
class DatabaseOutageTest {

    static final String PUBLIC_SUMMARY = "/api/v1/public/population/summary?municipality=3303";

    @Test
    void anUnreachableDatabaseIs503AndTheAppRecoversByItself() throws Exception {
        Optional<DatabaseServer> server = DatabaseServer.embedded();
        assumeTrue(server.isPresent(), "only with the suite's own embedded PostgreSQL");
        String token = Api.tokenFor("viewer");
        // Public answers read before the outage.
        var summary = Api.anonymous().get(PUBLIC_SUMMARY).then().statusCode(200).header("Warning", nullValue()).extract();
        var kpis = Api.anonymous().get("/api/v1/public/kpis").then().statusCode(200).extract();
        server.get().stop();
        try {
            // They keep being answered, from memory, saying since when; validators still work.
            Api.anonymous().get(PUBLIC_SUMMARY).then().statusCode(200)
                    .header("ETag", summary.header("ETag"))
                    .header("Warning", startsWith("110 "))
                    .header("Vekst-Stale-Since", notNullValue())
                    .body(equalTo(summary.asString()));
            Api.anonymous().get("/api/v1/public/kpis").then().statusCode(200).body(equalTo(kpis.asString()));
            Api.anonymous().header("If-None-Match", summary.header("ETag")).get(PUBLIC_SUMMARY).then().statusCode(304);
            // An answer never read before cannot be made up.
            Api.lenient().get("/api/v1/public/population/summary?municipality=3301").then().statusCode(503)
                    .contentType("application/problem+json").body("code", equalTo("unavailable"));
            Api.lenientWithToken(token).get("/api/v1/settings").then().statusCode(503)
                    .contentType("application/problem+json").body("code", equalTo("unavailable"));
            Api.lenientWithToken(token).queryParam("municipality", "3303").get("/api/v1/population/series").then()
                    .statusCode(503).body("code", equalTo("unavailable"));
            RestAssured.get("/q/health/ready").then().statusCode(503);
            RestAssured.get("/q/health/live").then().statusCode(200);
        } finally {
            server.get().start();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 200) {
            status = RestAssured.get("/q/health/ready").statusCode();
            Thread.sleep(250);
        }
        RestAssured.get("/q/health/ready").then().statusCode(200);
        Api.withToken(token).get("/api/v1/settings").then().statusCode(200);
        // Fresh again once the database is back (its listener reconnects within a second or so).
        Instant fresh = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(fresh) && Api.anonymous().get(PUBLIC_SUMMARY).header("Warning") != null) {
            Thread.sleep(250);
        }
        Api.anonymous().get(PUBLIC_SUMMARY).then().statusCode(200).header("Warning", nullValue());
    }
}
