package no.kongsberg.vekst.auth;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UsersApiTest {

    @Test
    void createReadUpdateWithEtags() {
        String username = "kari-" + UUID.randomUUID().toString().substring(0, 8);
        var created = Api.as("admin").body(Map.of("username", username, "displayName", "Kari Nordmann",
                "password", "a-long-enough-secret", "roles", List.of("viewer"))).post("/api/v1/users")
                .then().statusCode(201).header("Location", containsString("/api/v1/users/")).header("ETag", notNullValue())
                .body("username", equalTo(username)).body("enabled", equalTo(true)).body("partnerId", equalTo(null))
                .body("password", equalTo(null)).body("passwordHash", equalTo(null)).body("passwordChangeRequired", equalTo(false)).extract();
        String id = created.path("id");
        var read = Api.as("admin").get("/api/v1/users/" + id).then().statusCode(200).body("displayName", equalTo("Kari Nordmann")).extract();
        String etag = read.header("ETag");

        Map<String, Object> change = new HashMap<>(Map.of("displayName", "Kari N.", "roles", List.of("viewer", "editor"), "enabled", true));
        change.put("partnerId", null);
        String newEtag = Api.as("admin").header("If-Match", etag).body(change).put("/api/v1/users/" + id).then().statusCode(200)
                .body("roles", contains("viewer", "editor")).body("displayName", equalTo("Kari N.")).extract().header("ETag");
        // The old ETag is stale now; no ETag at all is refused too.
        Api.lenientAs("admin").header("If-Match", etag).body(change).put("/api/v1/users/" + id).then().statusCode(412)
                .body("code", equalTo("stale"));
        Api.lenientAs("admin").body(change).put("/api/v1/users/" + id).then().statusCode(428)
                .body("code", equalTo("precondition-required"));
        Api.as("admin").header("If-Match", newEtag).body(change).put("/api/v1/users/" + id).then().statusCode(200);
    }

    @Test
    void validationNamesEveryBadField() {
        Api.lenientAs("admin").body(Map.of("username", "Has Spaces", "displayName", "", "password", "short",
                "roles", List.of("viewer", "superuser"))).post("/api/v1/users").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("username", "displayName", "password", "roles[1]"))
                .body("errors.find { it.field == 'password' }.code", equalTo("too-short"))
                .body("errors.find { it.field == 'roles[1]' }.code", equalTo("unknown-value"));
        Api.lenientAs("admin").body(Map.of("username", "p-" + UUID.randomUUID().toString().substring(0, 8), "displayName", "P",
                "password", "a-long-enough-secret", "roles", List.of("partner"))).post("/api/v1/users").then().statusCode(400)
                .body("errors[0].field", equalTo("partnerId")).body("errors[0].code", equalTo("required"));
        Api.lenientAs("admin").body(Map.of("username", "v-" + UUID.randomUUID().toString().substring(0, 8), "displayName", "V",
                "password", "a-long-enough-secret", "roles", List.of("viewer"), "partnerId", UUID.randomUUID().toString())).post("/api/v1/users").then()
                .statusCode(400).body("errors[0].code", equalTo("not-allowed"));
        Api.lenientAs("admin").body(Map.of("username", "x", "displayName", "X", "password", "a-long-enough-secret",
                "roles", List.of())).post("/api/v1/users").then().statusCode(400)
                .body("errors.field", hasItems("username", "roles"));
    }

    @Test
    void aTakenUsernameIs409() {
        Api.lenientAs("admin").body(Map.of("username", "editor", "displayName", "Another", "password", "a-long-enough-secret",
                "roles", List.of("viewer"))).post("/api/v1/users").then().statusCode(409)
                .body("errors[0].field", equalTo("username")).body("errors[0].code", equalTo("duplicate"));
    }

    @Test
    void unknownOrMalformedIdsAre404() {
        Api.lenientAs("admin").get("/api/v1/users/" + UUID.randomUUID()).then().statusCode(404).body("code", equalTo("not-found"));
        Api.lenientAs("admin").get("/api/v1/users/not-a-uuid").then().statusCode(404);
        Api.lenientAs("admin").body(Map.of("newPassword", "a-long-enough-secret"))
                .post("/api/v1/users/" + UUID.randomUUID() + "/password").then().statusCode(404);
    }

    @Test
    void adminResetsAPassword() {
        String username = TestUsers.create("editor");
        String id = TestUsers.idOf(username);
        Api.lenientAs("admin").body(Map.of("newPassword", "short")).post("/api/v1/users/" + id + "/password").then()
                .statusCode(400).body("errors[0].code", equalTo("too-short"));
        Api.as("admin").body(Map.of("newPassword", "reset-by-the-admin")).post("/api/v1/users/" + id + "/password")
                .then().statusCode(204);
        Api.signIn(username, "reset-by-the-admin");
    }

    @Test
    void anAdminCannotLockItselfOut() {
        var read = Api.as("admin").queryParam("q", "admin").queryParam("role", "admin").get("/api/v1/users").then().statusCode(200).extract();
        String id = read.path("items.find { it.username == 'admin' }.id");
        String etag = Api.as("admin").get("/api/v1/users/" + id).then().extract().header("ETag");
        Map<String, Object> body = new HashMap<>(Map.of("displayName", "Administrator", "roles", List.of("viewer"), "enabled", false));
        body.put("partnerId", null);
        Api.lenientAs("admin").header("If-Match", etag).body(body).put("/api/v1/users/" + id).then().statusCode(400)
                .body("errors.code", everyItem(equalTo("self-lockout"))).body("errors.field", hasItems("enabled", "roles"));
    }

    @Test
    void listsSearchesFiltersAndSorts() {
        String username = TestUsers.create("partner");
        Api.as("admin").queryParam("q", username.substring(2)).get("/api/v1/users").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].partnerId", equalTo(TestUsers.demoPartnerId()));
        Api.as("admin").queryParam("role", "partner").queryParam("size", "500").get("/api/v1/users").then().statusCode(200)
                .body("items.roles", everyItem(hasItem("partner"))).body("items.username", hasItem("partner"));
        Api.as("admin").queryParam("sort", "-createdAt").queryParam("size", "1").get("/api/v1/users").then().statusCode(200)
                .body("items[0].username", equalTo(username));
        Api.as("admin").queryParam("enabled", "true").queryParam("sort", "username").queryParam("size", "1")
                .get("/api/v1/users").then().statusCode(200).body("items[0].username", equalTo("admin"));
        Api.lenientAs("admin").queryParam("sort", "password").get("/api/v1/users").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        Api.lenientAs("admin").queryParam("enabled", "yes").get("/api/v1/users").then().statusCode(400)
                .body("errors[0].field", equalTo("enabled"));
        Api.lenientAs("admin").queryParam("role", "owner").get("/api/v1/users").then().statusCode(400)
                .body("errors[0].field", equalTo("role"));
    }
}
