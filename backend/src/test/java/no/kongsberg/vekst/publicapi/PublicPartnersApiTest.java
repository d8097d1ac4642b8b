package no.kongsberg.vekst.publicapi;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.financing.FinancingFixtures;
import no.kongsberg.vekst.financing.FinancingFixtures.PartnerSpec;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/** The anonymous partner list of 2092, with an agreement in 2088 (years no other test uses). */
@QuarkusTest
class PublicPartnersApiTest {

    static final int YEAR = 2092;

    @Test
    void listsActiveConsentingPartnersWithACommittedAgreementByTierThenName() {
        UUID bjork = FinancingFixtures.partner(new PartnerSpec("Fintest Bjørk AS", "retail", "active", true,
                "https://bjork.example.no/logo.svg", "https://bjork.example.no"));
        UUID ask = FinancingFixtures.partner(new PartnerSpec("Fintest Ask AS", "industry", "active", true, null, null));
        UUID alm = FinancingFixtures.partner(new PartnerSpec("Fintest Alm AS", "tourism", "active", true, null,
                "https://alm.example.no"));
        UUID noConsent = FinancingFixtures.partner(new PartnerSpec("Fintest Hemmelig AS", "industry", "active", false, null, null));
        UUID former = FinancingFixtures.partner(new PartnerSpec("Fintest Tidligere AS", "industry", "former", true, null, null));
        UUID prospect = FinancingFixtures.partner(new PartnerSpec("Fintest Kanskje AS", "industry", "prospect", true, null, null));
        UUID draftOnly = FinancingFixtures.partner(new PartnerSpec("Fintest Utkast AS", "other", "active", true, null, null));
        UUID cancelled = FinancingFixtures.partner(new PartnerSpec("Fintest Avlyst AS", "other", "active", true, null, null));
        UUID earlier = FinancingFixtures.partner(new PartnerSpec("Fintest Tidligere år AS", "other", "active", true, null, null));

        FinancingFixtures.agreement(bjork, YEAR, "main", "signed", 100_000, 0);
        FinancingFixtures.agreement(ask, YEAR, "main", "invoiced", 50_000, 10_000);
        FinancingFixtures.agreement(alm, YEAR, "partner", "paid", 20_000, 0);
        FinancingFixtures.agreement(noConsent, YEAR, "main", "paid", 100_000, 0);
        FinancingFixtures.agreement(former, YEAR, "main", "paid", 100_000, 0);
        FinancingFixtures.agreement(prospect, YEAR, "partner", "sent", 20_000, 0);
        FinancingFixtures.agreement(draftOnly, YEAR, "partner", "draft", 20_000, 0);
        FinancingFixtures.agreement(cancelled, YEAR, "partner", "cancelled", 20_000, 0);
        FinancingFixtures.agreement(earlier, 2088, "partner", "paid", 20_000, 0);

        var response = Api.anonymous().queryParam("year", YEAR).get("/api/v1/public/partners").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60, stale-while-revalidate=300"))
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .body("year", equalTo(YEAR))
                .body("items.name", contains("Fintest Ask AS", "Fintest Bjørk AS", "Fintest Alm AS"))
                .body("items.tierName", contains("Hovedpartner", "Hovedpartner", "Partner"))
                .body("items.sector", contains("industry", "retail", "tourism"))
                .body("items[1].logoUrl", equalTo("https://bjork.example.no/logo.svg"))
                .body("items[1].website", equalTo("https://bjork.example.no"))
                .body("items[0].logoUrl", equalTo(null))
                .extract();
        List<Map<String, Object>> items = response.path("items");
        for (Map<String, Object> item : items) {
            org.hamcrest.MatcherAssert.assertThat(item.keySet(),
                    containsInAnyOrder("name", "logoUrl", "website", "sector", "tierName"));
        }
        Api.anonymous().queryParam("year", YEAR + 1).get("/api/v1/public/partners").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Fintest Ask AS")));
    }

    @Test
    void aYearWithoutPartnersIsEmptyAndABadYearIs400() {
        Api.anonymous().queryParam("year", 2001).get("/api/v1/public/partners").then().statusCode(200)
                .body("year", equalTo(2001)).body("items", empty());
        Api.anonymous().get("/api/v1/public/partners").then().statusCode(200)
                .body("year", equalTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).getYear()));
        Api.lenient().queryParam("year", "next").get("/api/v1/public/partners").then().statusCode(400)
                .body("errors[0].field", equalTo("year")).body("errors[0].code", equalTo("invalid"));
        Api.lenient().queryParam("year", "1990").get("/api/v1/public/partners").then().statusCode(400)
                .body("errors[0].field", equalTo("year")).body("errors[0].code", equalTo("out-of-range"));
    }
}
