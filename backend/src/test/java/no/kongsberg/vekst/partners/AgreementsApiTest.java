package no.kongsberg.vekst.partners;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.kongsberg.vekst.support.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgreementsApiTest {

    private static String path(String partner) {
        return "/api/v1/partners/" + partner + "/agreements";
    }

    @Test
    void theBandAppliesToCashAndInKindTogetherUnlessAnAdminOverrides() {
        String partner = PartnerFixtures.createPartner("Båndbedrift AS", "industry");
        // 40,000 cash + 15,000 in kind = 55,000: outside "partner" (15,000-49,999), inside "gold".
        Api.lenientAs("editor").body(PartnerFixtures.agreementBody(2061, "partner", 40_000, 15_000)).post(path(partner)).then()
                .statusCode(400).body("errors[0].field", equalTo("cashNok")).body("errors[0].code", equalTo("outside-band"));
        Map<String, Object> overridden = PartnerFixtures.agreementBody(2061, "partner", 40_000, 15_000);
        overridden.put("bandOverrideReason", "Agreed by the steering group");
        Api.lenientAs("editor").body(overridden).post(path(partner)).then().statusCode(400)
                .body("errors[0].code", equalTo("admin-only"));
        String id = Api.as("admin").body(overridden).post(path(partner)).then().statusCode(201)
                .body("totalNok", equalTo(55_000)).body("bandOverride.reason", equalTo("Agreed by the steering group"))
                .body("bandOverride.by", equalTo("Administrator")).extract().path("id");
        Api.as("admin").get("/api/v1/audit?entity=agreement&entityId=" + id).then().statusCode(200)
                .body("items[0].changes.bandOverrideReason.after", equalTo("Agreed by the steering group"));
        Api.as("editor").body(PartnerFixtures.agreementBody(2062, "gold", 40_000, 15_000)).post(path(partner)).then()
                .statusCode(201).body("bandOverride", nullValue()).body("tier.name", equalTo("Gullpartner"));
        Api.lenientAs("editor").body(PartnerFixtures.agreementBody(2063, "gold", 0, 0)).post(path(partner)).then().statusCode(400);
        Map<String, Object> noDescription = PartnerFixtures.agreementBody(2063, "gold", 40_000, 15_000);
        noDescription.remove("inKindDescription");
        Api.lenientAs("editor").body(noDescription).post(path(partner)).then().statusCode(400)
                .body("errors[0].field", equalTo("inKindDescription"));
        Api.lenientAs("editor").body(PartnerFixtures.agreementBody(2063, "platinum", 40_000, 0)).post(path(partner)).then()
                .statusCode(400).body("errors[0].code", equalTo("unknown-tier"));
    }

    @Test
    void onePerPartnerAndYearUnlessCancelled() {
        String partner = PartnerFixtures.createPartner("Årsbedrift AS", "retail");
        String first = PartnerFixtures.createAgreement(partner, 2064, "partner", 20_000, 0);
        Api.lenientAs("editor").body(PartnerFixtures.agreementBody(2064, "partner", 30_000, 0)).post(path(partner)).then()
                .statusCode(409).body("errors[0].code", equalTo("duplicate-year"));
        PartnerFixtures.move(partner, first, Map.of("to", "cancelled", "reason", "Wrong amount"));
        Api.as("editor").body(PartnerFixtures.agreementBody(2064, "partner", 30_000, 0)).post(path(partner)).then().statusCode(201);
        Api.as("viewer").get(path(partner)).then().statusCode(200).body("items.status", hasItems("draft", "cancelled"));
    }

    @Test
    void statusMovesOnlyForwardOneStepOrToCancelled() {
        String partner = PartnerFixtures.createPartner("Flytbedrift AS", "tourism");
        String id = PartnerFixtures.createAgreement(partner, 2065, "gold", 60_000, 0);
        String one = path(partner) + "/" + id;
        refused(one, "signed");
        refused(one, "paid");
        Api.lenientAs("editor").body(Map.of("to", "sent")).post(one + "/transitions").then().statusCode(428);
        Api.lenientAs("editor").header("If-Match", "\"999\"").body(Map.of("to", "sent")).post(one + "/transitions").then()
                .statusCode(412);
        Api.lenientAs("editor").header("If-Match", "\"0\"").body(Map.of("to", "archived")).post(one + "/transitions").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        assertEquals("sent", PartnerFixtures.move(partner, id, Map.of("to", "sent")));
        refused(one, "sent");
        refused(one, "invoiced");
        assertEquals("signed", PartnerFixtures.move(partner, id, Map.of("to", "signed")));
        // Signed terms are locked.
        String etag = Api.as("editor").get(one).then().extract().header("ETag");
        Api.lenientAs("editor").header("If-Match", etag).body(PartnerFixtures.agreementBody(2065, "gold", 70_000, 0)).put(one)
                .then().statusCode(409).body("errors[0].code", equalTo("locked"));
        Api.lenientAs("editor").header("If-Match", etag).body(Map.of("to", "paid", "invoiceReference", "F-1")).post(one + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("invoiceReference"));
        assertEquals("invoiced", PartnerFixtures.move(partner, id, Map.of("to", "invoiced", "invoiceReference", "F-2065-1")));
        assertEquals("paid", PartnerFixtures.move(partner, id, Map.of("to", "paid")));
        refused(one, "cancelled");
        Api.as("viewer").get(one).then().statusCode(200).body("status", equalTo("paid"))
                .body("invoiceReference", equalTo("F-2065-1"))
                .body("steps.status", contains("draft", "sent", "signed", "invoiced", "paid"))
                .body("steps.by", contains("Eva Editor (demo)", "Eva Editor (demo)", "Eva Editor (demo)", "Eva Editor (demo)", "Eva Editor (demo)"));

        String other = PartnerFixtures.createAgreement(partner, 2066, "gold", 60_000, 0);
        String otherPath = path(partner) + "/" + other;
        String otherEtag = Api.as("editor").get(otherPath).then().extract().header("ETag");
        Api.lenientAs("editor").header("If-Match", otherEtag).body(Map.of("to", "cancelled")).post(otherPath + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        assertEquals("cancelled", PartnerFixtures.move(partner, other, Map.of("to", "cancelled", "reason", "Withdrew")));
        refused(otherPath, "sent");
        refused(otherPath, "cancelled");
    }

    private static void refused(String agreementPath, String to) {
        String etag = Api.as("editor").get(agreementPath).then().extract().header("ETag");
        Map<String, Object> body = "cancelled".equals(to) ? Map.of("to", to, "reason", "x") : Map.of("to", to);
        Api.lenientAs("editor").header("If-Match", etag).body(body).post(agreementPath + "/transitions").then()
                .statusCode(409).body("errors[0].code", equalTo("invalid-transition"));
        assertEquals(etag, Api.as("editor").get(agreementPath).then().extract().header("ETag"), "a refused move changes nothing");
    }

    @Test
    void ifMatchGuardsUpdatesAndOneOfTwoConcurrentSavesWins() throws Exception {
        String partner = PartnerFixtures.createPartner("Samtidig AS", "other");
        String id = PartnerFixtures.createAgreement(partner, 2069, "partner", 20_000, 0);
        String one = path(partner) + "/" + id;
        String etag = Api.as("editor").get(one).then().extract().header("ETag");
        Api.lenientAs("editor").body(PartnerFixtures.agreementBody(2069, "partner", 21_000, 0)).put(one).then().statusCode(428);
        Api.lenientAs("editor").header("If-Match", "\"999\"").body(PartnerFixtures.agreementBody(2069, "partner", 21_000, 0))
                .put(one).then().statusCode(412);
        Api.as("viewer").get(one).then().body("cashNok", equalTo(20_000));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> saves = new ArrayList<>();
        for (long cash : new long[] {22_000, 23_000}) {
            saves.add(() -> Api.lenientAs("editor").header("If-Match", etag)
                    .body(PartnerFixtures.agreementBody(2069, "partner", cash, 0)).put(one).then().extract().statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(saves)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        statuses.sort(Integer::compare);
        assertEquals(List.of(200, 412), statuses);
        int cash = Api.as("viewer").get(one).then().extract().path("cashNok");
        assertTrue(cash == 22_000 || cash == 23_000);
    }

    @Test
    void renewalCopiesToTheNextYearAsADraft() {
        String partner = PartnerFixtures.createPartner("Fornybar AS", "public");
        String id = PartnerFixtures.createAgreement(partner, 2070, "gold", 50_000, 20_000);
        PartnerFixtures.move(partner, id, Map.of("to", "sent"));
        PartnerFixtures.move(partner, id, Map.of("to", "signed"));
        var renewed = Api.as("editor").post(path(partner) + "/" + id + "/renewal").then().statusCode(201)
                .header("Location", containsString(path(partner) + "/")).body("year", equalTo(2071)).body("status", equalTo("draft"))
                .body("cashNok", equalTo(50_000)).body("inKindNok", equalTo(20_000)).body("tier.key", equalTo("gold"))
                .body("steps.status", contains("draft")).extract();
        assertTrue(!id.equals(renewed.path("id")));
        Api.lenientAs("editor").post(path(partner) + "/" + id + "/renewal").then().statusCode(409)
                .body("errors[0].code", equalTo("duplicate-year"));
    }

    @Test
    void thePdfHoldsThePartiesAndTheAmounts() throws Exception {
        String own = PartnerFixtures.demoPortalPartnerId();
        String id = Api.as("partner").get(path(own)).then().statusCode(200).extract().path("items[0].id");
        var agreement = Api.as("partner").get(path(own) + "/" + id).then().statusCode(200).extract();
        byte[] pdf = Api.as("partner").accept("application/pdf").get(path(own) + "/" + id + "/pdf").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString(".pdf")).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Partneravtale " + agreement.path("year")), text);
            assertTrue(text.contains("Vekst i Kongsberg"), text);
            assertTrue(text.contains("Kongsberg kommune"), text);
            assertTrue(text.contains((String) agreement.path("partnerName")), text);
            assertTrue(text.contains("Kontant bidrag: " + AgreementPdf.kroner(((Number) agreement.path("cashNok")).longValue())), text);
            assertTrue(text.contains("Samlet bidrag: " + AgreementPdf.kroner(((Number) agreement.path("totalNok")).longValue())), text);
        }
        assertEquals("kr 150 000", AgreementPdf.kroner(150_000));
    }

    @Test
    void tiersAreConfigurableByAdminsWithinTheBandsWithoutOverlap() {
        Api.as("partner").get("/api/v1/partner-tiers").then().statusCode(200)
                .body("items.key", hasItems("partner", "gold", "main"));
        Api.lenientAs("admin").body(Map.of("key", "overlap", "name", "Overlap", "minNok", 40_000, "maxNok", 60_000))
                .post("/api/v1/partner-tiers").then().statusCode(400).body("errors[0].code", equalTo("overlaps"));
        Api.lenientAs("admin").body(Map.of("key", "tiny", "name", "Tiny", "minNok", 1_000, "maxNok", 2_000))
                .post("/api/v1/partner-tiers").then().statusCode(400).body("errors.field", hasItems("minNok", "maxNok"));
        var gold = Api.as("admin").get("/api/v1/partner-tiers").then().extract();
        String partner = PartnerFixtures.createPartner("Nivåbedrift AS", "industry");
        PartnerFixtures.createAgreement(partner, 2072, "gold", 60_000, 0);
        Api.lenientAs("admin").delete("/api/v1/partner-tiers/gold").then().statusCode(409).body("errors[0].code", equalTo("in-use"));
        Api.lenientAs("admin").delete("/api/v1/partner-tiers/absent").then().statusCode(404);
        assertTrue(gold.path("items.find { it.key == 'gold' }.name").equals("Gullpartner"));
    }

    @Test
    void anAdminCreatesUpdatesAndDeletesATier() {
        // The seeded tiers fill NOK 15,000-200,000: narrow "main" to make room, and put it back at the end.
        setTier("main", "Hovedpartner", 100_000, 150_000);
        var created = Api.as("admin").body(Map.of("key", "platinum", "name", "Platina", "minNok", 150_001, "maxNok", 200_000))
                .post("/api/v1/partner-tiers").then().statusCode(201).header("Location", containsString("/api/v1/partner-tiers/platinum"))
                .body("version", equalTo(0)).extract();
        Api.lenientAs("admin").body(Map.of("key", "platinum", "name", "Again", "minNok", 150_001, "maxNok", 200_000))
                .post("/api/v1/partner-tiers").then().statusCode(409);
        Api.lenientAs("admin").body(Map.of("name", "Platina+", "minNok", 150_001, "maxNok", 200_000))
                .put("/api/v1/partner-tiers/platinum").then().statusCode(428);
        Api.as("admin").header("If-Match", created.header("ETag")).body(Map.of("name", "Platina+", "minNok", 150_001, "maxNok", 200_000))
                .put("/api/v1/partner-tiers/platinum").then().statusCode(200).body("name", equalTo("Platina+"));
        Api.lenientAs("admin").header("If-Match", created.header("ETag")).body(Map.of("name", "Stale", "minNok", 150_001, "maxNok", 200_000))
                .put("/api/v1/partner-tiers/platinum").then().statusCode(412);
        Api.as("admin").delete("/api/v1/partner-tiers/platinum").then().statusCode(204);
        setTier("main", "Hovedpartner", 100_000, 200_000);
        Api.as("viewer").get("/api/v1/partner-tiers").then().statusCode(200)
                .body("items.find { it.key == 'main' }.maxNok", equalTo(200_000)).body("items.key", not(hasItems("platinum")));
    }

    private static void setTier(String key, String name, long min, long max) {
        int version = Api.as("admin").get("/api/v1/partner-tiers").then().extract().path("items.find { it.key == '" + key + "' }.version");
        Api.as("admin").header("If-Match", "\"" + version + "\"").body(Map.of("name", name, "minNok", min, "maxNok", max))
                .put("/api/v1/partner-tiers/" + key).then().statusCode(200).body("maxNok", equalTo((int) max));
    }

    @Test
    void anAgreementMovedToPaidMovesTheFinancingProgress() {
        int year = 2073;
        var before = Api.as("viewer").get("/api/v1/financing?year=" + year).then().statusCode(200).extract();
        long turnover = ((Number) before.path("turnoverNok")).longValue();
        long paid = ((Number) before.path("partners.paidNok")).longValue();
        String partner = PartnerFixtures.createPartner("Framdrift AS", "tourism");
        String id = PartnerFixtures.createAgreement(partner, year, "gold", 60_000, 10_000);
        Api.as("viewer").get("/api/v1/financing?year=" + year).then().body("turnoverNok", equalTo((int) turnover))
                .body("partners.pipeline.draftNok", equalTo(((Number) before.path("partners.pipeline.draftNok")).intValue() + 70_000));
        PartnerFixtures.move(partner, id, Map.of("to", "sent"));
        PartnerFixtures.move(partner, id, Map.of("to", "signed"));
        Api.as("viewer").get("/api/v1/financing?year=" + year).then().body("turnoverNok", equalTo((int) turnover + 70_000))
                .body("partners.paidNok", equalTo((int) paid));
        PartnerFixtures.move(partner, id, Map.of("to", "invoiced"));
        PartnerFixtures.move(partner, id, Map.of("to", "paid"));
        Api.as("editor").get("/api/v1/financing?year=" + year).then().body("turnoverNok", equalTo((int) turnover + 70_000))
                .body("partners.paidNok", equalTo((int) paid + 60_000))
                .body("bySector.find { it.sector == 'tourism' }.totalNok", notNullValue());
    }
}
