package no.kongsberg.vekst.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.function.Supplier;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Per-address rate limits (the suite sets 40 public GETs and 60 other calls a minute; loopback,
 * where the rest of the suite calls from, is exempt). The test's clients are told apart by
 * X-Forwarded-For, which the suite trusts from loopback.
 */
@QuarkusTest
class RateLimitsApiTest {

    @Test
    void publicReadsBeyondTheLimitAre429WithRetryAfterAndOtherClientsGoOn() {
        String client = "198.51.100.41";
        Response refused = untilRefused(40, () -> Api.lenient().header("X-Forwarded-For", client).get("/api/v1/public/kpis"));
        refused.then().statusCode(429).contentType("application/problem+json").body("code", equalTo("rate-limited"))
                .header("Access-Control-Allow-Origin", "*");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        // 40 a minute: one request's worth comes back within two seconds.
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);

        Api.anonymous().header("X-Forwarded-For", "198.51.100.42").get("/api/v1/public/kpis").then().statusCode(200);
        // The same client's other bucket is untouched.
        Api.as("viewer").header("X-Forwarded-For", client).get("/api/v1/settings").then().statusCode(200);
    }

    @Test
    void signedInCallsHaveTheirOwnLimit() {
        String token = Api.tokenFor("viewer");
        Response refused = untilRefused(60,
                () -> Api.lenientWithToken(token).header("X-Forwarded-For", "198.51.100.43").get("/api/v1/settings"));
        refused.then().statusCode(429).contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    /**
     * Sends until the first 429 and checks it came after the limit: not before (the bucket holds a
     * minute's allowance) and not much after (it refills only by limit/60 a second meanwhile).
     */
    private static Response untilRefused(int limit, Supplier<Response> request) {
        for (int sent = 0; sent < limit + 20; sent++) {
            Response response = request.get();
            if (response.statusCode() == 429) {
                assertTrue(sent >= limit && sent <= limit + 10, "refused after " + sent + " requests, limit " + limit);
                return response;
            }
            assertTrue(response.statusCode() == 200, "status " + response.statusCode());
        }
        throw new AssertionError("never refused in " + (limit + 20) + " requests");
    }
}
