package no.kongsberg.vekst.apiclients;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.ApiClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The token endpoint answers in the shapes OAuth 2.0 clients expect (RFC 6749, 4.4 and 5.2). */
@QuarkusTest
class ClientTokenApiTest {

    private static final String TOKEN = "/api/v1/auth/client-token";
    private ApiClients.Client client;

    @BeforeEach
    void createClient() {
        client = ApiClients.create(List.of("read:statistics", "read:programme"));
    }

    private static RequestSpecification form() {
        return Api.lenient().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    @Test
    void theCredentialsMayComeAsFormFieldsAndTheTokenLastsFifteenMinutes() {
        String token = form().formParam("grant_type", "client_credentials").formParam("client_id", client.clientId())
                .formParam("client_secret", client.secret()).post(TOKEN).then().statusCode(200)
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(900))
                .body("scope", equalTo("read:statistics read:programme")).extract().path("access_token");
        Map<String, Object> claims = claims(token);
        assertEquals(900, ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue());
        assertEquals(client.clientId(), claims.get("sub"));
        assertEquals(List.of("integrator"), claims.get("groups"));
        Api.withToken(token).get("/api/v1/kpis").then().statusCode(200);
    }

    @Test
    void aClientMayAskForFewerScopesButNotForMore() {
        String token = form().header("Authorization", client.basic()).formParam("grant_type", "client_credentials")
                .formParam("scope", "read:statistics").post(TOKEN).then().statusCode(200)
                .body("scope", equalTo("read:statistics")).extract().path("access_token");
        Api.withToken(token).get("/api/v1/regions").then().statusCode(200);
        Api.lenientWithToken(token).get("/api/v1/kpis").then().statusCode(403)
                .body("code", equalTo("insufficient-scope"))
                .header("WWW-Authenticate", equalTo("Bearer error=\"insufficient_scope\", scope=\"read:programme\""));

        form().header("Authorization", client.basic()).formParam("grant_type", "client_credentials")
                .formParam("scope", "read:partners-public").post(TOKEN).then().statusCode(400)
                .contentType("application/problem+json").body("error", equalTo("invalid_scope"));
    }

    @Test
    void errorsCarryTheOAuthCodes() {
        form().header("Authorization", client.basic()).post(TOKEN).then().statusCode(400)
                .body("error", equalTo("invalid_request")).body("code", equalTo("invalid-request"));
        form().header("Authorization", client.basic()).formParam("grant_type", "password").post(TOKEN).then().statusCode(400)
                .body("error", equalTo("unsupported_grant_type"))
                .body("error_description", equalTo("Only grant_type=client_credentials is supported."));

        // Wrong secret by Basic: 401 with the challenge RFC 6749 asks for.
        form().header("Authorization", ApiClients.Client.basic(client.clientId(), "vks_wrong"))
                .formParam("grant_type", "client_credentials").post(TOKEN).then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Basic realm=\"vekst\"")).body("error", equalTo("invalid_client"));
        // Wrong secret in the form: 401 without a Basic challenge; an unknown client is no different.
        form().formParam("grant_type", "client_credentials").formParam("client_id", client.clientId())
                .formParam("client_secret", "vks_wrong").post(TOKEN).then().statusCode(401)
                .header("WWW-Authenticate", nullValue()).body("error", equalTo("invalid_client"));
        form().formParam("grant_type", "client_credentials").formParam("client_id", "vk_0000000000000000")
                .formParam("client_secret", client.secret()).post(TOKEN).then().statusCode(401)
                .body("error", equalTo("invalid_client"));
        form().formParam("grant_type", "client_credentials").formParam("client_id", client.clientId()).post(TOKEN).then()
                .statusCode(401).body("error", equalTo("invalid_client"));
        // Both ways at once is ambiguous; a Basic header that is not base64 is malformed.
        form().header("Authorization", client.basic()).formParam("grant_type", "client_credentials")
                .formParam("client_id", client.clientId()).formParam("client_secret", client.secret()).post(TOKEN).then()
                .statusCode(400).body("error", equalTo("invalid_request"));
        form().header("Authorization", "Basic %%%").formParam("grant_type", "client_credentials").post(TOKEN).then()
                .statusCode(400).body("error", equalTo("invalid_request"));
        // JSON is not the form OAuth uses.
        Api.lenient().body(Map.of("grant_type", "client_credentials")).post(TOKEN).then().statusCode(415);
    }

    @Test
    void aUsersPasswordIsNoClientSecretAndAClientTokenIsNoUser() {
        form().header("Authorization", ApiClients.Client.basic("admin", "not-the-secret"))
                .formParam("grant_type", "client_credentials").post(TOKEN).then().statusCode(401)
                .body("error", equalTo("invalid_client"));
        String token = ApiClients.token(client);
        Api.lenientWithToken(token).get("/api/v1/auth/me").then().statusCode(403);
        Api.lenientWithToken(token).get("/api/v1/partners/export").then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return new io.restassured.path.json.JsonPath(payload).getMap("$");
    }
}
