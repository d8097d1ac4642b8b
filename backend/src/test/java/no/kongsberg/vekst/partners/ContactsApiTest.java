package no.kongsberg.vekst.partners;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactsApiTest {

    private static Map<String, Object> contact(String name, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("role", "Daglig leder");
        body.put("email", email);
        body.put("phone", "+47 900 11 222");
        body.put("consentNote", "Agreed by e-mail");
        return body;
    }

    @Test
    void editorsManageContactsAndViewersNeverSeeThem() {
        String partner = PartnerFixtures.createPartner("Kontaktbedrift AS", "retail");
        String path = "/api/v1/partners/" + partner + "/contacts";
        var created = Api.as("editor").body(contact("Kari Kontakt", "kari@example.no")).post(path).then().statusCode(201)
                .header("Location", containsString(path + "/")).body("name", equalTo("Kari Kontakt")).extract();
        String id = created.path("id");
        Api.as("editor").header("If-Match", created.header("ETag")).body(contact("Kari K. Kontakt", "kari@example.no"))
                .put(path + "/" + id).then().statusCode(200).body("name", equalTo("Kari K. Kontakt"));
        Api.lenientAs("editor").header("If-Match", created.header("ETag")).body(contact("Stale", "kari@example.no"))
                .put(path + "/" + id).then().statusCode(412);
        Api.lenientAs("editor").body(contact("No etag", "kari@example.no")).put(path + "/" + id).then().statusCode(428);
        Api.lenientAs("editor").body(contact("", "not-an-email")).post(path).then().statusCode(400)
                .body("errors.field", hasItems("name", "email"));
        Api.as("admin").get(path).then().statusCode(200).body("items.name", hasItem("Kari K. Kontakt"));
        Api.lenientAs("viewer").get(path).then().statusCode(403);
        // Contacts never appear in partner answers.
        Api.as("viewer").get("/api/v1/partners/" + partner).then().statusCode(200).body(not(containsString("kari@example.no")));
    }

    @Test
    void thePartnerUserManagesItsOwnContacts() {
        String own = PartnerFixtures.demoPortalPartnerId();
        String path = "/api/v1/partners/" + own + "/contacts";
        String id = Api.as("partner").body(contact("Per Portal", "per@example.no")).post(path).then().statusCode(201)
                .extract().path("id");
        Api.as("partner").get(path).then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void exportHoldsTheRecordAndItsHistory() {
        String partner = PartnerFixtures.createPartner("Eksportbedrift AS", "industry");
        String path = "/api/v1/partners/" + partner + "/contacts";
        var created = Api.as("editor").body(contact("Eva Eksport", "eva@example.no")).post(path).then().statusCode(201).extract();
        String id = created.path("id");
        Api.as("editor").header("If-Match", created.header("ETag")).body(contact("Eva Eksport", "eva.e@example.no"))
                .put(path + "/" + id).then().statusCode(200);
        Api.as("editor").get(path + "/" + id + "/export").then().statusCode(200)
                .header("Content-Disposition", containsString(".json"))
                .body("contact.email", equalTo("eva.e@example.no")).body("partner.name", equalTo("Eksportbedrift AS"))
                .body("history.action", hasItems("create", "update"))
                .body("history.find { it.action == 'update' }.changes.email.before", equalTo("eva@example.no"));
    }

    @Test
    void erasureClearsTheRecordAndTheAuditLogButKeepsTheEntries() {
        String partner = PartnerFixtures.createPartner("Slettebedrift AS", "other");
        String path = "/api/v1/partners/" + partner + "/contacts";
        var created = Api.as("editor").body(contact("Siri Slett", "siri@example.no")).post(path).then().statusCode(201).extract();
        String id = created.path("id");
        Api.as("editor").header("If-Match", created.header("ETag")).body(contact("Siri Slett", "siri.s@example.no"))
                .put(path + "/" + id).then().statusCode(200);

        var erased = Api.as("editor").post(path + "/" + id + "/erasure").then().statusCode(200)
                .body("name", nullValue()).body("email", nullValue()).body("phone", nullValue())
                .body("consentNote", nullValue()).body("role", equalTo("Daglig leder")).extract();
        String audit = Api.as("admin").get("/api/v1/audit?entity=partner-contact&entityId=" + id + "&size=100").then()
                .statusCode(200).body("items.action", hasItems("create", "update", "erase"))
                .body("items.find { it.action == 'create' }.changes.name.after", nullValue())
                .body("items.find { it.action == 'create' }.changes.role.after", equalTo("Daglig leder"))
                .body("items.find { it.action == 'update' }.changes.email.before", nullValue())
                .extract().asString();
        assertFalse(audit.contains("Siri") || audit.contains("siri"), audit);
        // Erasing again changes nothing; an erased contact cannot be edited.
        Api.as("editor").post(path + "/" + id + "/erasure").then().statusCode(200).body("erasedAt", equalTo(erased.path("erasedAt")));
        Api.lenientAs("editor").header("If-Match", "*").body(contact("Back", "b@example.no")).put(path + "/" + id).then()
                .statusCode(409).body("errors[0].code", equalTo("erased"));
    }

    @Test
    void contactsOfLongFormerPartnersAreListedForErasure() {
        String partner = PartnerFixtures.createPartner("Tidligere Bedrift AS", "tourism");
        String contactId = Api.as("editor").body(contact("Gammel Kontakt", "g@example.no"))
                .post("/api/v1/partners/" + partner + "/contacts").then().statusCode(201).extract().path("id");
        Api.as("editor").get("/api/v1/contacts/due-for-erasure").then().statusCode(200)
                .body("retentionYears", equalTo(3)).body("items.contactId", not(hasItem(contactId)));
        QuarkusTransaction.requiringNew().run(() -> {
            Partner p = Partner.findById(UUID.fromString(partner));
            p.status = Partner.FORMER;
            p.formerSince = LocalDate.now().minusYears(3).minusDays(1);
        });
        Api.as("admin").get("/api/v1/contacts/due-for-erasure").then().statusCode(200)
                .body("items.find { it.contactId == '" + contactId + "' }.partnerName", equalTo("Tidligere Bedrift AS"));
        Api.as("editor").post("/api/v1/partners/" + partner + "/contacts/" + contactId + "/erasure").then().statusCode(200);
        Api.as("editor").get("/api/v1/contacts/due-for-erasure").then().statusCode(200).body("items.contactId", not(hasItem(contactId)));
    }
}
