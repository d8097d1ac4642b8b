package no.kongsberg.vekst.partners;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnersApiTest {

    @Test
    void anEditorRegistersReadsAndUpdatesAPartnerWithEtags() {
        Map<String, Object> body = PartnerFixtures.partnerBody("Testbedrift Alfa AS", "industry");
        body.put("notes", "Met at Technology Summit");
        var created = Api.as("editor").body(body).post("/api/v1/partners").then().statusCode(201)
                .header("Location", containsString("/api/v1/partners/")).header("ETag", notNullValue())
                .body("status", equalTo("active")).body("formerSince", nullValue())
                .body("publicListingConsentDate", equalTo(LocalDate.now().toString())).extract();
        String id = created.path("id");
        String etag = Api.as("viewer").get("/api/v1/partners/" + id).then().statusCode(200)
                .body("notes", equalTo("Met at Technology Summit")).extract().header("ETag");

        body.put("status", "former");
        body.put("name", "Testbedrift Alfa AS (renamed)");
        String newEtag = Api.as("editor").header("If-Match", etag).body(body).put("/api/v1/partners/" + id).then().statusCode(200)
                .body("status", equalTo("former")).body("formerSince", equalTo(LocalDate.now().toString()))
                .body("name", equalTo("Testbedrift Alfa AS (renamed)")).extract().header("ETag");
        Api.lenientAs("editor").header("If-Match", etag).body(body).put("/api/v1/partners/" + id).then().statusCode(412);
        Api.lenientAs("editor").body(body).put("/api/v1/partners/" + id).then().statusCode(428);
        body.put("status", "active");
        Api.as("admin").header("If-Match", newEtag).body(body).put("/api/v1/partners/" + id).then().statusCode(200)
                .body("formerSince", nullValue());
        Api.as("admin").get("/api/v1/audit?entity=partner&entityId=" + id).then().statusCode(200)
                .body("items.action", hasItems("create", "update"));
    }

    @Test
    void organisationNumbersAreCheckedAndUnique() {
        Map<String, Object> body = PartnerFixtures.partnerBody("Feil Nummer AS", "retail");
        body.put("organisationNumber", "974760674");
        Api.lenientAs("editor").body(body).post("/api/v1/partners").then().statusCode(400)
                .body("errors[0].field", equalTo("organisationNumber")).body("errors[0].code", equalTo("invalid-check-digit"));
        body.put("organisationNumber", "12345");
        Api.lenientAs("editor").body(body).post("/api/v1/partners").then().statusCode(400)
                .body("errors[0].code", equalTo("invalid"));
        body.put("organisationNumber", PartnerFixtures.newOrganisationNumber());
        Api.as("editor").body(body).post("/api/v1/partners").then().statusCode(201);
        Api.lenientAs("editor").body(body).post("/api/v1/partners").then().statusCode(409)
                .body("errors[0].code", equalTo("duplicate"));
    }

    @Test
    void validationNamesEveryBadField() {
        Map<String, Object> body = PartnerFixtures.partnerBody(" ", "farming");
        body.put("status", "gone");
        body.put("website", "ftp://x");
        body.put("municipality", "9999");
        body.put("postalCode", "36");
        Api.lenientAs("editor").body(body).post("/api/v1/partners").then().statusCode(400)
                .body("errors.field", hasItems("name", "sector", "status", "website", "municipality", "postalCode"));
        Api.lenientAs("editor").body(Map.of("name", "X", "unknown", 1)).post("/api/v1/partners").then().statusCode(400);
        Api.lenientAs("editor").get("/api/v1/partners?sector=farming&agreementYear=1800").then().statusCode(400)
                .body("errors.field", hasItems("sector", "agreementYear"));
        Api.lenientAs("editor").get("/api/v1/partners?sort=nope").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void searchFiltersSortsAndPages() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String a = PartnerFixtures.createPartner("Søk " + tag + " Beta", "tourism");
        String b = PartnerFixtures.createPartner("Søk " + tag + " Alfa", "tourism");
        PartnerFixtures.createPartner("Søk " + tag + " Gamma", "retail");
        PartnerFixtures.createAgreement(a, 2067, "partner", 20_000, 0);

        Api.as("viewer").get("/api/v1/partners?q=" + tag + "&sector=tourism&sort=name").then().statusCode(200)
                .body("total", equalTo(2)).body("items.name", contains("Søk " + tag + " Alfa", "Søk " + tag + " Beta"));
        Api.as("viewer").get("/api/v1/partners?q=" + tag + "&sort=-name&size=1&page=1").then().statusCode(200)
                .body("total", equalTo(3)).body("items.name", contains("Søk " + tag + " Beta"));
        Api.as("viewer").get("/api/v1/partners?q=" + tag + "&agreementYear=2067").then().statusCode(200)
                .body("items.id", contains(a));
        Api.as("viewer").get("/api/v1/partners?q=" + tag + "&municipality=0604&status=active").then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", hasItem(b));
        Api.as("viewer").get("/api/v1/partners?q=" + tag + "&status=former").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theCsvExportOpensInExcel() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = PartnerFixtures.partnerBody("CSV " + tag + " Bø; \"sitat\" AS", "other");
        Api.as("editor").body(body).post("/api/v1/partners").then().statusCode(201);
        String withContact = PartnerFixtures.createPartner("CSV " + tag + " A", "public");
        Api.as("editor").body(Map.of("name", "Csv Kontakt", "email", "csv.kontakt@example.no"))
                .post("/api/v1/partners/" + withContact + "/contacts").then().statusCode(201);
        byte[] bytes = Api.as("viewer").accept("text/csv").get("/api/v1/partners/export?q=" + tag + "&sort=name").then()
                .statusCode(200).contentType(containsString("text/csv")).header("Content-Disposition", containsString("partners.csv"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(text.split("\r\n"));
        assertEquals(3, lines.size(), text);
        assertTrue(lines.get(0).startsWith("organisationNumber;name;sector;"));
        assertTrue(lines.get(1).contains(";CSV " + tag + " A;public;"), lines.get(1));
        // A name with ; and " is quoted, its quotes doubled.
        assertTrue(lines.get(2).startsWith(body.get("organisationNumber") + ";\"CSV " + tag + " Bø; \"\"sitat\"\" AS\";other;"), lines.get(2));
        // No contacts in the export.
        assertTrue(!text.contains("csv.kontakt@example.no") && !text.contains("Csv Kontakt"), text);
    }

    @Test
    void aPartnerUserSeesOnlyItsOwnOrganisation() {
        String own = PartnerFixtures.demoPortalPartnerId();
        String other = PartnerFixtures.createPartner("Annen Bedrift AS", "retail");
        Api.as("partner").get("/api/v1/partners?size=500").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(own)).body("items[0].notes", nullValue());
        Api.as("partner").get("/api/v1/partners/" + own).then().statusCode(200).body("notes", nullValue());
        String agreement = PartnerFixtures.createAgreement(other, 2068, "partner", 20_000, 0);
        // Another partner's resources are 404, exactly as ids that do not exist.
        for (String path : List.of("", "/contacts", "/agreements", "/agreements/" + agreement, "/agreements/" + agreement + "/pdf",
                "/contacts/" + UUID.randomUUID() + "/export")) {
            Api.lenientAs("partner").get("/api/v1/partners/" + other + path).then().statusCode(404).body("code", equalTo("not-found"));
        }
        Api.lenientAs("partner").body(Map.of("name", "Hacked", "publicListingConsent", true)).header("If-Match", "\"0\"")
                .put("/api/v1/partners/" + other + "/profile").then().statusCode(404);
        Api.lenientAs("partner").body(Map.of("name", "Hacked")).post("/api/v1/partners/" + other + "/contacts").then().statusCode(404);
        Api.lenientAs("partner").body(Map.of()).post("/api/v1/partners/" + other + "/contacts/" + UUID.randomUUID() + "/erasure")
                .then().statusCode(404);
        Api.lenientAs("partner").header("If-Match", "\"0\"").body(Map.of("name", "X"))
                .put("/api/v1/partners/" + other + "/contacts/" + UUID.randomUUID()).then().statusCode(404);
        Api.as("viewer").get("/api/v1/partners/" + other).then().statusCode(200).body("name", equalTo("Annen Bedrift AS"));
    }

    @Test
    void aPartnerUserUpdatesItsProfileButNotStatusOrAmounts() {
        String own = PartnerFixtures.demoPortalPartnerId();
        var read = Api.as("partner").get("/api/v1/partners/" + own).then().statusCode(200).extract();
        String status = read.path("status");
        String name = read.path("name");
        Map<String, Object> profile = new java.util.HashMap<>(Map.of("name", name, "publicListingConsent", true,
                "website", "https://fjellvik.example.no", "address", "Kirkegata 9"));
        Api.as("partner").header("If-Match", read.header("ETag")).body(profile).put("/api/v1/partners/" + own + "/profile")
                .then().statusCode(200).body("address", equalTo("Kirkegata 9")).body("status", equalTo(status))
                .body("notes", nullValue());
        profile.put("status", "former");
        Api.lenientAs("partner").header("If-Match", "\"999\"").body(profile).put("/api/v1/partners/" + own + "/profile")
                .then().statusCode(400).body("errors[0].code", equalTo("unknown-field"));
        Map<String, Object> valid = new java.util.HashMap<>(profile);
        valid.remove("status");
        Api.lenientAs("partner").header("If-Match", read.header("ETag")).body(valid).put("/api/v1/partners/" + own + "/profile")
                .then().statusCode(412).body("code", equalTo("stale"));
        Api.lenientAs("partner").body(valid).put("/api/v1/partners/" + own + "/profile").then().statusCode(428);
        // Staff edits of the whole record are not the partner's to make.
        Api.lenientAs("partner").header("If-Match", read.header("ETag")).body(Map.of()).put("/api/v1/partners/" + own).then().statusCode(403);
    }

    @Test
    void anInvitedPartnerUserMustChangeItsTemporaryPasswordFirst() {
        String partner = PartnerFixtures.createPartner("Invitert Bedrift AS", "industry");
        String username = "inv-" + UUID.randomUUID().toString().substring(0, 8);
        var invitation = Api.as("admin").body(Map.of("username", username, "displayName", "Ivar Invitert"))
                .post("/api/v1/partners/" + partner + "/users").then().statusCode(201)
                .header("Location", containsString("/api/v1/users/"))
                .body("user.roles", contains("partner")).body("user.partnerId", equalTo(partner))
                .body("user.passwordChangeRequired", equalTo(true)).extract();
        String temporary = invitation.path("temporaryPassword");
        String token = Api.signIn(username, temporary);
        Api.withToken(token).get("/api/v1/auth/me").then().statusCode(200).body("passwordChangeRequired", equalTo(true))
                .body("partnerId", equalTo(partner));
        Api.lenientWithToken(token).get("/api/v1/partners/" + partner).then().statusCode(403)
                .body("code", equalTo("password-change-required"));
        Api.lenientWithToken(token).body(Map.of("currentPassword", temporary, "newPassword", temporary))
                .post("/api/v1/auth/password").then().statusCode(400).body("errors[0].code", equalTo("unchanged"));
        Api.withToken(token).body(Map.of("currentPassword", temporary, "newPassword", "my-own-long-secret"))
                .post("/api/v1/auth/password").then().statusCode(204);
        Api.withToken(token).get("/api/v1/partners/" + partner).then().statusCode(200).body("name", equalTo("Invitert Bedrift AS"));
        Api.withToken(token).get("/api/v1/auth/me").then().statusCode(200).body("passwordChangeRequired", equalTo(false));

        Api.lenientAs("admin").body(Map.of("username", "Not Valid!", "displayName", ""))
                .post("/api/v1/partners/" + partner + "/users").then().statusCode(400)
                .body("errors.field", hasItems("username", "displayName"));
        Api.lenientAs("admin").body(Map.of("username", username, "displayName", "Again"))
                .post("/api/v1/partners/" + partner + "/users").then().statusCode(409);
        Api.lenientAs("admin").body(Map.of("username", "nobody-" + username, "displayName", "X"))
                .post("/api/v1/partners/" + UUID.randomUUID() + "/users").then().statusCode(404);
    }

    @Test
    void unknownIdsAre404() {
        Api.lenientAs("viewer").get("/api/v1/partners/" + UUID.randomUUID()).then().statusCode(404);
        Api.lenientAs("viewer").get("/api/v1/partners/not-a-uuid").then().statusCode(404);
        Api.lenientAs("editor").get("/api/v1/partners/" + UUID.randomUUID() + "/contacts").then().statusCode(404);
    }

    @Test
    void partnerUsersAreBoundToARealPartner() {
        Api.lenientAs("admin").body(Map.of("username", "p-" + UUID.randomUUID().toString().substring(0, 8), "displayName", "P",
                "password", "a-long-enough-secret", "roles", List.of("partner"), "partnerId", UUID.randomUUID().toString()))
                .post("/api/v1/users").then().statusCode(400).body("errors[0].code", equalTo("unknown-partner"));
        Api.as("admin").get("/api/v1/users?role=partner").then().statusCode(200)
                .body("items.partnerId", everyItem(notNullValue())).body("items.partnerId", not(hasItem(nullValue())));
    }
}
