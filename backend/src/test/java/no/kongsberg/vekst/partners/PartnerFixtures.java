package no.kongsberg.vekst.partners;

import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.FreshOrganisationNumbers;

/** Partners and agreements made through the API for tests, each with a fresh valid organisation number. */
final class PartnerFixtures {

    private PartnerFixtures() {
    }

    static String newOrganisationNumber() {
        return FreshOrganisationNumbers.from(80_000_000);
    }

    static Map<String, Object> partnerBody(String name, String sector) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationNumber", newOrganisationNumber());
        body.put("name", name);
        body.put("sector", sector);
        body.put("status", "active");
        body.put("publicListingConsent", true);
        body.put("municipality", "3303");
        body.put("website", "https://test.example.no");
        return body;
    }

    /** Creates a partner as an editor; returns its id. */
    static String createPartner(String name, String sector) {
        return Api.as("editor").body(partnerBody(name, sector)).post("/api/v1/partners").then().statusCode(201)
                .body("name", equalTo(name)).extract().path("id");
    }

    static Map<String, Object> agreementBody(int year, String tier, long cash, long inKind) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", year);
        body.put("tierKey", tier);
        body.put("cashNok", cash);
        body.put("inKindNok", inKind);
        if (inKind > 0) {
            body.put("inKindDescription", "Meeting rooms");
        }
        body.put("benefits", "Logo on kongsberg.no");
        return body;
    }

    /** Creates a draft agreement as an editor; returns its id. */
    static String createAgreement(String partnerId, int year, String tier, long cash, long inKind) {
        return Api.as("editor").body(agreementBody(year, tier, cash, inKind)).post("/api/v1/partners/" + partnerId + "/agreements")
                .then().statusCode(201).extract().path("id");
    }

    /** Moves an agreement one step with the current ETag; returns the new status. */
    static String move(String partnerId, String agreementId, Map<String, Object> body) {
        String path = "/api/v1/partners/" + partnerId + "/agreements/" + agreementId;
        String etag = Api.as("editor").get(path).then().statusCode(200).extract().header("ETag");
        return Api.as("editor").header("If-Match", etag).body(body).post(path + "/transitions").then().statusCode(200)
                .extract().path("status");
    }

    /** The id of the demo partner the demo user `partner` belongs to. */
    static String demoPortalPartnerId() {
        return Api.as("partner").get("/api/v1/auth/me").then().statusCode(200).extract().path("partnerId");
    }
}
