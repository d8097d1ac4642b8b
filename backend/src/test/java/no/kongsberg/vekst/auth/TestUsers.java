package no.kongsberg.vekst.auth;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.support.Api;

/** Creates throwaway users through the API, so tests never change the shared demo users. */
final class TestUsers {

    static final String PASSWORD = "test-user-password";

    private TestUsers() {
    }

    /** Creates a user with the given role and returns its username. */
    static String create(String role) {
        String username = "t-" + role + "-" + UUID.randomUUID().toString().substring(0, 8);
        var body = new java.util.HashMap<String, Object>(Map.of("username", username, "displayName", "Test " + role,
                "password", PASSWORD, "roles", List.of(role)));
        if (role.equals("partner")) {
            body.put("partnerId", demoPartnerId());
        }
        Api.as("admin").body(body).post("/api/v1/users").then().statusCode(201);
        return username;
    }

    /** The demo partner the demo user `partner` belongs to. */
    static String demoPartnerId() {
        return Api.as("partner").get("/api/v1/auth/me").then().statusCode(200).extract().path("partnerId");
    }

    static String idOf(String username) {
        return Api.as("admin").queryParam("q", username).get("/api/v1/users").then().statusCode(200)
                .extract().path("items.find { it.username == '" + username + "' }.id");
    }

    static void setEnabled(String username, boolean enabled) {
        change(username, Map.of("enabled", enabled));
    }

    static void setRoles(String username, List<String> roles) {
        change(username, Map.of("roles", roles));
    }

    private static void change(String username, Map<String, Object> changes) {
        String id = idOf(username);
        var read = Api.as("admin").get("/api/v1/users/" + id).then().statusCode(200).extract();
        Map<String, Object> user = read.jsonPath().getMap("");
        var body = new java.util.HashMap<String, Object>();
        body.put("displayName", user.get("displayName"));
        body.put("roles", user.get("roles"));
        body.put("partnerId", user.get("partnerId"));
        body.put("enabled", user.get("enabled"));
        body.putAll(changes);
        Api.as("admin").header("If-Match", read.header("ETag")).body(body).put("/api/v1/users/" + id).then().statusCode(200);
    }
}
