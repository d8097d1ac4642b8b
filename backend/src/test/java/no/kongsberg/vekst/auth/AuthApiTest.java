package no.kongsberg.vekst.auth;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kongsberg.vekst.platform.LocalSecrets;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.VekstTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthApiTest {

    @Test
    void signInGivesAnRs256TokenWithRolesAndPartner() {
        Api.anonymous().body(Map.of("username", "editor", "password", "demo-editor")).post("/api/v1/auth/token")
                .then().statusCode(200).body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(3600));
        Map<String, Object> header = part(Api.tokenFor("partner"), 0);
        Map<String, Object> claims = part(Api.tokenFor("partner"), 1);
        assertEquals("RS256", header.get("alg"));
        assertEquals("partner", claims.get("sub"));
        assertEquals(List.of("partner"), claims.get("groups"));
        assertEquals(TestUsers.demoPartnerId(), claims.get("partnerId"));
        assertEquals(false, part(Api.tokenFor("editor"), 1).containsKey("partnerId"));
    }

    @Test
    void meDescribesTheSignedInUser() {
        Api.as("partner").get("/api/v1/auth/me").then().statusCode(200)
                .body("username", equalTo("partner")).body("roles", containsInAnyOrder("partner"))
                .body("partnerId", equalTo(TestUsers.demoPartnerId())).body("passwordChangeRequired", equalTo(false));
        Api.as("viewer").get("/api/v1/auth/me").then().statusCode(200)
                .body("displayName", equalTo("Vidar Viewer (demo)")).body("partnerId", nullValue());
    }

    @Test
    void wrongPasswordAndUnknownUserAreTheSame401() {
        String address = "198.51.100." + (1 + new java.util.Random().nextInt(200));
        Api.lenient().header("X-Forwarded-For", address).body(Map.of("username", "editor", "password", "wrong-password"))
                .post("/api/v1/auth/token").then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("invalid-credentials"));
        Api.lenient().header("X-Forwarded-For", address).body(Map.of("username", "nobody-" + UUID.randomUUID(), "password", "x"))
                .post("/api/v1/auth/token").then().statusCode(401).body("code", equalTo("invalid-credentials"));
    }

    @Test
    void missingFieldsAre400() {
        Api.lenient().body(Map.of("username", "editor")).post("/api/v1/auth/token").then().statusCode(400)
                .body("errors[0].field", equalTo("password")).body("errors[0].code", equalTo("required"));
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOne() {
        String username = TestUsers.create("viewer");
        String token = Api.signIn(username, TestUsers.PASSWORD);
        Api.lenientWithToken(token).body(Map.of("currentPassword", "not-it", "newPassword", "a-brand-new-secret"))
                .post("/api/v1/auth/password").then().statusCode(400)
                .body("errors[0].field", equalTo("currentPassword")).body("errors[0].code", equalTo("incorrect"));
        Api.lenientWithToken(token).body(Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "short"))
                .post("/api/v1/auth/password").then().statusCode(400)
                .body("errors[0].field", equalTo("newPassword")).body("errors[0].code", equalTo("too-short"));
        Api.withToken(token).body(Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "a-brand-new-secret"))
                .post("/api/v1/auth/password").then().statusCode(204);
        Api.signIn(username, "a-brand-new-secret");
        Api.lenient().header("X-Forwarded-For", "198.51.100.250").body(Map.of("username", username, "password", TestUsers.PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(401);
    }

    @Test
    void tamperedTokensAre401() throws Exception {
        String good = Api.tokenFor("admin");
        String[] parts = good.split("\\.");
        // A flipped character in the signature.
        char last = parts[2].charAt(10);
        String flipped = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A') + parts[2].substring(11);
        // alg: none, no signature.
        String none = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        // Claims changed (roles) under the old signature.
        Map<String, Object> claims = part(good, 1);
        String forgedClaims = base64Url(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                Map.of("sub", "viewer", "groups", List.of("admin"), "iss", "vekst", "exp", claims.get("exp"))));
        String forged = parts[0] + "." + forgedClaims + "." + parts[2];
        String ownKey = Files.readString(Path.of(System.getProperty(VekstTestResource.PRIVATE_KEY_FILE)));
        String expired = Jwt.issuer("vekst").subject("admin").upn("admin").groups(Set.of("admin"))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .jws().sign(privateKey(ownKey));
        String foreign = Jwt.issuer("vekst").subject("admin").upn("admin").groups(Set.of("admin")).expiresIn(600)
                .jws().sign(privateKey(LocalSecrets.Pem.generateRsaKeyPair().privateKeyPem()));
        String wrongIssuer = Jwt.issuer("someone-else").subject("admin").upn("admin").groups(Set.of("admin")).expiresIn(600)
                .jws().sign(privateKey(ownKey));
        String stillValid = Jwt.issuer("vekst").subject("admin").upn("admin").groups(Set.of("admin")).expiresIn(600)
                .jws().sign(privateKey(ownKey));

        for (String bad : List.of(flipped, none, forged, expired, foreign, wrongIssuer, "not-a-jwt")) {
            Api.lenientWithToken(bad).get("/api/v1/auth/me").then().statusCode(401)
                    .contentType("application/problem+json").body("code", equalTo("unauthorized"))
                    .body(not(containsString("Exception")));
        }
        // The control: the same construction with the right key, issuer and time is accepted.
        Api.withToken(stillValid).get("/api/v1/auth/me").then().statusCode(200).body("username", equalTo("admin"));
    }

    @Test
    void aDisabledUserIsLockedOutAtOnceAndCannotSignIn() {
        String username = TestUsers.create("editor");
        String token = Api.signIn(username, TestUsers.PASSWORD);
        Api.withToken(token).get("/api/v1/auth/me").then().statusCode(200);
        TestUsers.setEnabled(username, false);
        Api.lenientWithToken(token).get("/api/v1/auth/me").then().statusCode(401);
        Api.lenient().header("X-Forwarded-For", "198.51.100.251").body(Map.of("username", username, "password", TestUsers.PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(401);
        TestUsers.setEnabled(username, true);
        Api.withToken(token).get("/api/v1/auth/me").then().statusCode(200);
    }

    @Test
    void roleChangesTakeEffectWithoutANewToken() {
        String username = TestUsers.create("viewer");
        String token = Api.signIn(username, TestUsers.PASSWORD);
        Api.lenientWithToken(token).get("/api/v1/users").then().statusCode(403);
        TestUsers.setRoles(username, List.of("viewer", "admin"));
        Api.withToken(token).get("/api/v1/users").then().statusCode(200);
    }

    private static java.security.PrivateKey privateKey(String pem) throws Exception {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return java.security.KeyFactory.getInstance("RSA")
                .generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(String token, int index) {
        try {
            byte[] json = Base64.getUrlDecoder().decode(token.split("\\.")[index]);
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tokensAreNotLeakedIntoTheAuditLog() {
        String body = Api.as("admin").queryParam("entity", "user").queryParam("size", "500").get("/api/v1/audit")
                .then().statusCode(200).extract().asString();
        assertFalse(body.contains("$2a$") || body.contains("$2y$") || body.contains("passwordHash"), "no password hashes in the audit log");
    }
}
