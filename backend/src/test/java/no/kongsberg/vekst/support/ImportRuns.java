package no.kongsberg.vekst.support;

import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Import runs taken in the background, followed until they finish. */
public final class ImportRuns {

    private ImportRuns() {
    }

    /** Reads the run at {@code location} until it is completed or rejected (at most a minute); its last answer. */
    public static ValidatableResponse awaitFinished(String location) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String status = "queued";
        while (List.of("queued", "running").contains(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            status = Api.as("editor").get(location).then().statusCode(200).extract().path("status");
        }
        return Api.as("editor").get(location).then().statusCode(200);
    }
}
