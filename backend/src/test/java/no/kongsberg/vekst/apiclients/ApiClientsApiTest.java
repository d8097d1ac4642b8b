package no.kongsberg.vekst.apiclients;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.ApiClients;
import org.junit.jupiter.api.Test;

/** The life of an API client: created with a one-time secret, used, changed, rotated, revoked. */
@QuarkusTest
class ApiClientsApiTest {

    private static final String CLIENTS = "/api/v1/api-clients";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    @Test
    void aClientGetsATokenCallsAndIsRevokedAtOnce() {
        var created = Api.as("admin").body(ApiClients.input("Regionportalen", List.of("read:statistics"), TODAY.plusYears(1)))
                .post(CLIENTS).then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/api-clients/[0-9a-f-]{36}"))
                .header("Cache-Control", "no-store")
                .body("client.clientId", matchesPattern("vk_[a-z0-9]{16}"))
                .body("client.status", equalTo("active"))
                .body("client.scopes", equalTo(List.of("read:statistics")))
                .body("client.lastUsedOn", nullValue())
                .body("clientSecret", matchesPattern("vks_[A-Za-z0-9_-]{43}")).extract();
        ApiClients.Client client = new ApiClients.Client(created.path("client.id"), created.path("client.clientId"),
                created.path("clientSecret"), created.header("ETag"));

        // The token endpoint, request validated against the contract too.
        String token = Api.anonymous().contentType("application/x-www-form-urlencoded").header("Authorization", client.basic())
                .body("grant_type=client_credentials").post("/api/v1/auth/client-token").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(900))
                .body("scope", equalTo("read:statistics")).extract().path("access_token");
        Api.withToken(token).get("/api/v1/municipalities/3303").then().statusCode(200).body("code", equalTo("3303"));

        // The secret is never read back; the client shows it was used today.
        Api.as("admin").get(CLIENTS + "/" + client.id()).then().statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("clientSecret")))
                .body("lastUsedOn", equalTo(TODAY.toString()));

        Api.as("admin").post(CLIENTS + "/" + client.id() + "/revocation").then().statusCode(200)
                .body("status", equalTo("revoked")).body("revokedAt", not(nullValue()));
        Api.lenientWithToken(token).get("/api/v1/municipalities/3303").then().statusCode(401);
        clientToken(client.basic()).then().statusCode(401).body("error", equalTo("invalid_client"));
        // Revoking again changes nothing; a revoked client can be neither changed nor given a secret.
        Api.as("admin").post(CLIENTS + "/" + client.id() + "/revocation").then().statusCode(200).body("status", equalTo("revoked"));
        Api.lenientAs("admin").post(CLIENTS + "/" + client.id() + "/secret").then().statusCode(409).body("code", equalTo("revoked"));
        String etag = Api.as("admin").get(CLIENTS + "/" + client.id()).then().extract().header("ETag");
        Api.lenientAs("admin").header("If-Match", etag)
                .body(ApiClients.input("Regionportalen", List.of("read:statistics"), TODAY.plusYears(1)))
                .put(CLIENTS + "/" + client.id()).then().statusCode(409);

        List<String> actions = Api.as("admin").queryParam("entity", "api-client").queryParam("id", client.id())
                .get("/api/v1/audit").then().statusCode(200).extract().path("items.action");
        assertEquals(true, actions.containsAll(List.of("create", "revoke")), "audit: " + actions);
    }

    @Test
    void rotatingTheSecretRetiresTheOldSecretAndItsTokens() {
        ApiClients.Client client = ApiClients.create(List.of("read:statistics"));
        String oldToken = ApiClients.token(client);
        var rotated = Api.as("admin").post(CLIENTS + "/" + client.id() + "/secret").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("client.clientId", equalTo(client.clientId())).extract();
        String newSecret = rotated.path("clientSecret");
        assertEquals(false, newSecret.equals(client.secret()));

        Api.lenientWithToken(oldToken).get("/api/v1/regions").then().statusCode(401);
        clientToken(client.basic()).then().statusCode(401).body("error", equalTo("invalid_client"));
        String newToken = ApiClients.token(new ApiClients.Client(client.id(), client.clientId(), newSecret, null));
        Api.withToken(newToken).get("/api/v1/regions").then().statusCode(200);
    }

    @Test
    void changesTakeEffectAtOnceAndNeedIfMatch() {
        ApiClients.Client client = ApiClients.create(List.of("read:statistics", "read:programme"));
        String token = ApiClients.token(client);
        Api.withToken(token).get("/api/v1/kpis").then().statusCode(200);

        Map<String, Object> change = ApiClients.input("Renamed", List.of("read:statistics"), TODAY.plusMonths(6));
        Api.lenientAs("admin").body(change).put(CLIENTS + "/" + client.id()).then().statusCode(428);
        Api.lenientAs("admin").header("If-Match", "\"999\"").body(change).put(CLIENTS + "/" + client.id()).then().statusCode(412);
        String etag = Api.as("admin").header("If-Match", client.etag()).body(change).put(CLIENTS + "/" + client.id())
                .then().statusCode(200).body("name", equalTo("Renamed")).body("scopes", equalTo(List.of("read:statistics")))
                .body("expiresOn", equalTo(TODAY.plusMonths(6).toString())).extract().header("ETag");
        assertEquals(false, etag.equals(client.etag()));

        // The token still names read:programme, but the client no longer has it.
        Api.lenientWithToken(token).get("/api/v1/kpis").then().statusCode(403).body("code", equalTo("insufficient-scope"));
        Api.withToken(token).get("/api/v1/regions").then().statusCode(200);
    }

    @Test
    void anExpiredClientGetsNoTokenAndItsTokensStop() throws Exception {
        ApiClients.Client client = ApiClients.create(List.of("read:statistics"));
        String token = ApiClients.token(client);
        // No client can be given a past day through the API, so let one day pass in the database.
        try (var connection = io.quarkus.arc.Arc.container().instance(io.agroal.api.AgroalDataSource.class).get().getConnection();
                var update = connection.prepareStatement("update api_client set expires_on = current_date - 1 where id = ?::uuid")) {
            update.setString(1, client.id());
            assertEquals(1, update.executeUpdate());
        }
        Api.lenientWithToken(token).get("/api/v1/regions").then().statusCode(401);
        clientToken(client.basic()).then().statusCode(401).body("error", equalTo("invalid_client"));
        Api.as("admin").get(CLIENTS + "/" + client.id()).then().body("status", equalTo("expired"));
        Api.as("admin").queryParam("status", "expired").queryParam("size", 500).get(CLIENTS).then().statusCode(200)
                .body("items.id", hasItem(client.id())).body("items.status", everyItem(equalTo("expired")));
    }

    @Test
    void theListIsSearchableFilterableAndSortable() {
        ApiClients.Client client = ApiClients.create(List.of("read:partners-public"));
        String name = Api.as("admin").get(CLIENTS + "/" + client.id()).then().extract().path("name");
        Api.as("admin").queryParam("q", name.toUpperCase()).get(CLIENTS).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].clientId", equalTo(client.clientId()))
                .body("items[0].ownerEmail", equalTo("ola.integrator@example.no"));
        Api.as("admin").queryParam("q", client.clientId()).get(CLIENTS).then().statusCode(200).body("items", hasSize(1));
        Api.as("admin").queryParam("status", "active").queryParam("size", 500).get(CLIENTS).then().statusCode(200)
                .body("items.status", everyItem(equalTo("active")));
        List<String> names = Api.as("admin").queryParam("sort", "-name").queryParam("size", 500).get(CLIENTS).then()
                .statusCode(200).extract().path("items.name");
        List<String> sorted = new java.util.ArrayList<>(names);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, names);
        Api.as("admin").queryParam("sort", "-lastUsedOn").get(CLIENTS).then().statusCode(200);
        Api.lenientAs("admin").queryParam("sort", "secretHash").get(CLIENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        Api.lenientAs("admin").queryParam("status", "sleeping").get(CLIENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void badInputIsRefusedFieldByField() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", " ");
        body.put("ownerName", "x".repeat(201));
        body.put("ownerEmail", "not-an-address");
        body.put("scopes", List.of("read:statistics", "write:everything"));
        body.put("expiresOn", TODAY.minusDays(1).toString());
        JsonPath problem = Api.lenientAs("admin").body(body).post(CLIENTS).then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        assertEquals(Map.of("name", "required", "ownerName", "too-long", "ownerEmail", "invalid", "scopes[1]", "unknown-value",
                "expiresOn", "in-the-past"), codes(problem));

        body.put("name", "Ok");
        body.put("ownerName", "Ok");
        body.put("ownerEmail", "ok@example.no");
        body.put("scopes", List.of());
        body.put("expiresOn", TODAY.plusYears(3).plusDays(1).toString());
        assertEquals(Map.of("scopes", "required", "expiresOn", "too-far"),
                codes(Api.lenientAs("admin").body(body).post(CLIENTS).then().statusCode(400).extract().jsonPath()));
        body.remove("expiresOn");
        body.put("scopes", List.of("read:statistics"));
        assertEquals(Map.of("expiresOn", "required"),
                codes(Api.lenientAs("admin").body(body).post(CLIENTS).then().statusCode(400).extract().jsonPath()));
        body.put("expiresOn", "31.12.2027");
        Api.lenientAs("admin").body(body).post(CLIENTS).then().statusCode(400).body("errors.field", hasItems("expiresOn"));

        Api.lenientAs("admin").get(CLIENTS + "/not-a-uuid").then().statusCode(404);
        String unknown = CLIENTS + "/00000000-0000-0000-0000-000000000000";
        Api.lenientAs("admin").get(unknown).then().statusCode(404);
        Api.lenientAs("admin").post(unknown + "/secret").then().statusCode(404);
        Api.lenientAs("admin").post(unknown + "/revocation").then().statusCode(404);
        Api.lenientAs("admin").get(unknown + "/usage").then().statusCode(404);
        Api.lenientAs("admin").header("If-Match", "\"0\"")
                .body(ApiClients.input("x", List.of("read:statistics"), TODAY.plusYears(1))).put(unknown).then().statusCode(404);
    }

    @Test
    void usageCountsCallsAndRefusalsPerDay() {
        ApiClients.Client client = ApiClients.create(List.of("read:statistics"));
        String token = ApiClients.token(client);
        for (int i = 0; i < 3; i++) {
            Api.withToken(token).get("/api/v1/regions").then().statusCode(200);
        }
        Api.lenientWithToken(token).get("/api/v1/kpis").then().statusCode(403);
        // A public operation is open to anyone and is not counted.
        Api.withToken(token).get("/api/v1/public/kpis").then().statusCode(200);

        JsonPath usage = Api.as("admin").get(CLIENTS + "/" + client.id() + "/usage").then().statusCode(200)
                .body("clientId", equalTo(client.clientId())).body("to", equalTo(TODAY.toString()))
                .body("from", equalTo(TODAY.minusDays(29).toString())).body("days", hasSize(30))
                .extract().jsonPath();
        assertEquals(3, usage.getInt("totalCalls"));
        assertEquals(1, usage.getInt("totalRefused"));
        assertEquals(3, usage.getInt("days[29].calls"));
        assertEquals(0, usage.getInt("days[0].calls"));

        Api.as("admin").queryParam("from", TODAY.minusDays(2).toString()).queryParam("to", TODAY.minusDays(1).toString())
                .get(CLIENTS + "/" + client.id() + "/usage").then().statusCode(200).body("totalCalls", equalTo(0))
                .body("days", hasSize(2));
        Api.lenientAs("admin").queryParam("from", TODAY.toString()).queryParam("to", TODAY.minusDays(1).toString())
                .get(CLIENTS + "/" + client.id() + "/usage").then().statusCode(400).body("errors[0].code", equalTo("after-to"));
        Api.lenientAs("admin").queryParam("from", TODAY.minusYears(2).toString())
                .get(CLIENTS + "/" + client.id() + "/usage").then().statusCode(400).body("errors[0].code", equalTo("too-long"));
    }

    @Test
    void onlyAdminsManageClients() {
        for (String role : List.of("viewer", "editor", "partner")) {
            Api.lenientAs(role).get(CLIENTS).then().statusCode(403);
            Api.lenientAs(role).body(ApiClients.input("x", List.of("read:statistics"), TODAY.plusYears(1))).post(CLIENTS)
                    .then().statusCode(403);
        }
        String integrator = ApiClients.tokenWithScopes(ApiClients.ALL_SCOPES);
        Api.lenientWithToken(integrator).get(CLIENTS).then().statusCode(403);
    }

    static io.restassured.response.Response clientToken(String authorization) {
        return Api.lenient().contentType("application/x-www-form-urlencoded").header("Authorization", authorization)
                .formParam("grant_type", "client_credentials").post("/api/v1/auth/client-token");
    }

    private static Map<String, String> codes(JsonPath problem) {
        Map<String, String> codes = new HashMap<>();
        List<Map<String, String>> errors = problem.getList("errors");
        errors.forEach(e -> codes.put(e.get("field"), e.get("code")));
        return codes;
    }
}
