package no.kongsberg.vekst.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditApiTest {

    @Test
    void createsAndChangesAreRecordedWithBeforeAndAfter() {
        String username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        var created = Api.as("admin").body(Map.of("username", username, "displayName", "Audited", "password", "a-long-enough-secret",
                "roles", List.of("viewer"))).post("/api/v1/users").then().statusCode(201).extract();
        String id = created.path("id");
        Map<String, Object> change = new HashMap<>(Map.of("displayName", "Audited", "roles", List.of("viewer", "editor"), "enabled", true));
        change.put("partnerId", null);
        String etag = Api.as("admin").header("If-Match", created.header("ETag")).body(change).put("/api/v1/users/" + id)
                .then().statusCode(200).extract().header("ETag");
        change.put("enabled", false);
        Api.as("admin").header("If-Match", etag).body(change).put("/api/v1/users/" + id).then().statusCode(200);

        Api.as("admin").queryParam("entity", "user").queryParam("id", id).get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", contains("disable", "role-change", "create"))
                .body("items.actor", everyItem(equalTo("admin")))
                .body("items[0].changes.enabled.before", equalTo(true))
                .body("items[0].changes.enabled.after", equalTo(false))
                .body("items[1].changes.roles.before", equalTo(List.of("viewer")))
                .body("items[1].changes.roles.after", equalTo(List.of("viewer", "editor")))
                .body("items[2].changes.username.after", equalTo(username))
                .body("items[2].changes.password", equalTo(null));
    }

    @Test
    void signInsAndFailedSignInsAreRecorded() {
        Api.signIn("viewer", "demo-viewer");
        Api.lenient().header("X-Forwarded-For", "198.51.100.77").body(Map.of("username", "viewer", "password", "nope-nope"))
                .post("/api/v1/auth/token").then().statusCode(401);
        Api.as("admin").queryParam("entity", "session").queryParam("id", "viewer").queryParam("action", "login-failed")
                .get("/api/v1/audit").then().statusCode(200)
                .body("items[0].address", equalTo("198.51.100.77")).body("items[0].actor", equalTo(null));
        Api.as("admin").queryParam("actor", "viewer").queryParam("action", "login").get("/api/v1/audit").then().statusCode(200)
                .body("items.entityId", hasItem("viewer"));
    }

    @Test
    void filtersByTimeAndPages() {
        String today = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();
        Api.as("admin").queryParam("from", today).queryParam("to", today).queryParam("size", "2").get("/api/v1/audit")
                .then().statusCode(200).body("items", hasSize(2)).body("size", equalTo(2));
        Api.as("admin").queryParam("to", "2001-01-01").get("/api/v1/audit").then().statusCode(200).body("total", equalTo(0));
        Api.as("admin").queryParam("from", "2001-01-01T00:00:00Z").get("/api/v1/audit").then().statusCode(200);
        Api.lenientAs("admin").queryParam("from", "yesterday").get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        Api.lenientAs("admin").queryParam("from", "2025-03-01").queryParam("to", "2025-02-01").get("/api/v1/audit").then()
                .statusCode(400).body("errors[0].code", equalTo("after-to"));
        Api.lenientAs("admin").queryParam("from", "2025-02-30").get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}
