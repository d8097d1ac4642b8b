package no.kongsberg.vekst.platform;

import static org.hamcrest.Matchers.equalTo;
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
 * and liveness UP; when it is back, everything works again without restarting the backend.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void anUnreachableDatabaseIs503AndTheAppRecoversByItself() throws Exception {
        Optional<DatabaseServer> server = DatabaseServer.embedded();
        assumeTrue(server.isPresent(), "only with the suite's own embedded PostgreSQL");
        String token = Api.tokenFor("viewer");
        server.get().stop();
        try {
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
    }
}
