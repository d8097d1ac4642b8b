package no.kongsberg.vekst.support;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** API clients for tests: made by the admin through the API, and their client-credentials tokens. */
public final class ApiClients {

    public static final List<String> ALL_SCOPES = List.of("read:statistics", "read:programme", "read:partners-public");
    private static final Map<List<String>, Client> CLIENTS = new ConcurrentHashMap<>();
    private static final Map<List<String>, Issued> TOKENS = new ConcurrentHashMap<>();

    private record Issued(String token, long at) {
    }

    /** A client as created: its row id, client id, the one-time secret and the ETag. */
    public record Client(String id, String clientId, String secret, String etag) {
        public String basic() {
            return basic(clientId, secret);
        }

        public static String basic(String id, String secret) {
            return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
        }
    }

    private ApiClients() {
    }

    public static Map<String, Object> input(String name, List<String> scopes, LocalDate expiresOn) {
        return Map.of("name", name, "ownerName", "Ola Integrator", "ownerEmail", "ola.integrator@example.no",
                "scopes", scopes, "expiresOn", expiresOn.toString());
    }

    public static Client create(List<String> scopes) {
        ExtractableResponse<Response> created = Api.as("admin")
                .body(input("Test client " + UUID.randomUUID().toString().substring(0, 8), scopes, LocalDate.now().plusYears(1)))
                .post("/api/v1/api-clients").then().statusCode(201).extract();
        return new Client(created.path("client.id"), created.path("client.clientId"), created.path("clientSecret"),
                created.header("ETag"));
    }

    /** A token by HTTP Basic, the form RFC 6749 prefers. */
    public static String token(Client client) {
        return Api.lenient().contentType("application/x-www-form-urlencoded").header("Authorization", client.basic())
                .formParam("grant_type", "client_credentials").post("/api/v1/auth/client-token")
                .then().statusCode(200).extract().path("access_token");
    }

    /**
     * A token of a client with these scopes, one client per scope set for the whole run; a new token
     * after ten minutes, since they last fifteen and the suite runs longer.
     */
    public static String tokenWithScopes(List<String> scopes) {
        List<String> key = List.copyOf(scopes);
        Client client = CLIENTS.computeIfAbsent(key, ApiClients::create);
        return TOKENS.compute(key, (k, issued) -> issued != null && System.nanoTime() - issued.at() < 600_000_000_000L
                ? issued : new Issued(token(client), System.nanoTime())).token();
    }
}
