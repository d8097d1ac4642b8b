package no.kongsberg.vekst.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/** 5 failures for a username or 20 from an address within 15 minutes → 429 with Retry-After. */
@QuarkusTest
class LoginThrottleTest {

    @Test
    void afterFiveFailuresForAUsernameEvenTheRightPasswordWaits() {
        String username = TestUsers.create("viewer");
        for (int i = 0; i < 5; i++) {
            // A different address each time: only the username's count is at work here.
            failFrom("203.0.113." + (10 + i), username).statusCode(401);
        }
        String retryAfter = Api.lenient().header("X-Forwarded-For", "203.0.113.99")
                .body(Map.of("username", username, "password", TestUsers.PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("too-many-attempts")).extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds > 14 * 60 && seconds <= 15 * 60 + 1, "Retry-After is the rest of the window: " + seconds);
    }

    @Test
    void afterTwentyFailuresFromAnAddressOtherUsernamesWaitToo() {
        String address = "192.0.2." + (1 + new java.util.Random().nextInt(250));
        for (int i = 0; i < 20; i++) {
            failFrom(address, "someone-" + i + "-" + UUID.randomUUID().toString().substring(0, 6)).statusCode(401);
        }
        failFrom(address, "editor").statusCode(429);
        // The same user from another address is not affected.
        Api.anonymous().header("X-Forwarded-For", "192.0.2.251").body(Map.of("username", "editor", "password", "demo-editor"))
                .post("/api/v1/auth/token").then().statusCode(200);
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        String username = TestUsers.create("viewer");
        insertFailures(username, "203.0.113.200", Duration.ofMinutes(16), 5);
        Api.anonymous().header("X-Forwarded-For", "203.0.113.201").body(Map.of("username", username, "password", TestUsers.PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(200);

        String other = TestUsers.create("viewer");
        insertFailures(other, "203.0.113.202", Duration.ofMinutes(14), 5);
        String retryAfter = Api.lenient().header("X-Forwarded-For", "203.0.113.203")
                .body(Map.of("username", other, "password", TestUsers.PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(429).extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 55 && seconds <= 61, "the oldest failure leaves the window in about a minute: " + seconds);
    }

    @Test
    void aSuccessfulSignInForgivesEarlierFailures() {
        String username = TestUsers.create("viewer");
        for (int i = 0; i < 4; i++) {
            failFrom("203.0.113." + (50 + i), username).statusCode(401);
        }
        Api.signIn(username, TestUsers.PASSWORD);
        for (int i = 0; i < 4; i++) {
            failFrom("203.0.113." + (60 + i), username).statusCode(401);
        }
        Api.signIn(username, TestUsers.PASSWORD);
    }

    private static io.restassured.response.ValidatableResponse failFrom(String address, String username) {
        return Api.lenient().header("X-Forwarded-For", address)
                .body(Map.of("username", username, "password", "wrong-password"))
                .post("/api/v1/auth/token").then();
    }

    private static void insertFailures(String username, String address, Duration age, int count) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                LoginFailure failure = new LoginFailure();
                failure.username = username;
                failure.address = address;
                failure.at = Instant.now().minus(age).plusSeconds(i);
                failure.persist();
            }
        });
    }
}
