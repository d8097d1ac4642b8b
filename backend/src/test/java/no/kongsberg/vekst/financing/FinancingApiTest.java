package no.kongsberg.vekst.financing;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.financing.FinancingFixtures.PartnerSpec;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/**
 * The financing overview over a known set of agreements in 2090-2091 (years no other test uses),
 * with the municipality's 2091 contribution set through the API.
 */
@QuarkusTest
class FinancingApiTest {

    static final int YEAR = 2091;
    static final String TIER_A = "partner";
    static final String TIER_B = "main";
    private static UUID notRenewedWithDraft;
    private static UUID notRenewedCancelled;

    /**
     * 2090, committed: Alfa 20 000 (A), Beta 60 000 + 10 000 (B), Åsen 30 000 (A), Ærlig 25 000 (A);
     * Sending only a draft. 2091: Alfa paid 40 000 + 5 000 (A), Beta invoiced 100 000 + 20 000 (B),
     * Åsen a draft of 30 000, Ærlig cancelled, Sending sent 15 000 + 5 000, Ny signed 50 000 (B),
     * Omstart a cancelled 99 999 and then a signed 20 000 (A); contribution 1 500 000.
     */
    static synchronized void seed() {
        if (notRenewedWithDraft != null) {
            return;
        }
        UUID alfa = FinancingFixtures.partner(PartnerSpec.active("Fintest Alfa AS", "industry"));
        UUID beta = FinancingFixtures.partner(PartnerSpec.active("Fintest Beta AS", "tourism"));
        UUID asen = FinancingFixtures.partner(PartnerSpec.active("Fintest Åsen AS", "industry"));
        UUID aerlig = FinancingFixtures.partner(PartnerSpec.active("Fintest Ærlig AS", "tourism"));
        UUID sending = FinancingFixtures.partner(PartnerSpec.active("Fintest Sending AS", "tourism"));
        UUID ny = FinancingFixtures.partner(PartnerSpec.active("Fintest Ny AS", "industry"));
        UUID omstart = FinancingFixtures.partner(PartnerSpec.active("Fintest Omstart AS", "tourism"));

        FinancingFixtures.agreement(alfa, YEAR - 1, TIER_A, "signed", 20_000, 0);
        FinancingFixtures.agreement(beta, YEAR - 1, TIER_B, "paid", 60_000, 10_000);
        FinancingFixtures.agreement(asen, YEAR - 1, TIER_A, "invoiced", 30_000, 0);
        FinancingFixtures.agreement(aerlig, YEAR - 1, TIER_A, "signed", 25_000, 0);
        FinancingFixtures.agreement(sending, YEAR - 1, TIER_A, "draft", 15_000, 0);

        FinancingFixtures.agreement(alfa, YEAR, TIER_A, "paid", 40_000, 5_000);
        FinancingFixtures.agreement(beta, YEAR, TIER_B, "invoiced", 100_000, 20_000);
        FinancingFixtures.agreement(asen, YEAR, TIER_A, "draft", 30_000, 0);
        FinancingFixtures.agreement(aerlig, YEAR, TIER_A, "cancelled", 25_000, 0);
        FinancingFixtures.agreement(sending, YEAR, TIER_A, "sent", 15_000, 5_000);
        FinancingFixtures.agreement(ny, YEAR, TIER_B, "signed", 50_000, 0);
        FinancingFixtures.agreement(omstart, YEAR, TIER_A, "cancelled", 99_999, 0);
        FinancingFixtures.agreement(omstart, YEAR, TIER_A, "signed", 20_000, 0);

        Api.as("admin").body(Map.of("amountNok", 1_500_000, "note", "Budsjett " + YEAR))
                .put("/api/v1/financing/contributions/" + YEAR).then().statusCode(201);
        notRenewedCancelled = aerlig;
        notRenewedWithDraft = asen;
    }

    @Test
    void countsSignedInvoicedAndPaidAgreementsAgainstTheTarget() {
        seed();
        Api.as("viewer").queryParam("year", YEAR).get("/api/v1/financing").then().statusCode(200)
                .body("year", equalTo(YEAR))
                .body("targetNok", equalTo(3_000_000))
                .body("municipalityContributionNok", equalTo(1_500_000))
                .body("partners.agreements", equalTo(4))
                .body("partners.cashNok", equalTo(210_000))
                .body("partners.inKindNok", equalTo(25_000))
                .body("partners.totalNok", equalTo(235_000))
                .body("partners.invoicedNok", equalTo(140_000))
                .body("partners.paidNok", equalTo(40_000))
                .body("partners.outstandingNok", equalTo(170_000))
                .body("partners.pipeline.draftCount", equalTo(1))
                .body("partners.pipeline.draftNok", equalTo(30_000))
                .body("partners.pipeline.sentCount", equalTo(1))
                .body("partners.pipeline.sentNok", equalTo(20_000))
                .body("turnoverNok", equalTo(1_735_000))
                .body("remainingNok", equalTo(1_265_000))
                .body("progressPercent", equalTo(57.8f))
                .body("partnersSharePercent", equalTo(13.5f));
    }

    @Test
    void breaksTheCommittedAgreementsDownBySectorAndTier() {
        seed();
        Api.as("editor").queryParam("year", YEAR).get("/api/v1/financing").then().statusCode(200)
                .body("bySector.sector", contains("residents", "industry", "tourism", "retail", "public", "other"))
                .body("bySector.agreements", contains(0, 2, 2, 0, 0, 0))
                .body("bySector.cashNok", contains(0, 90_000, 120_000, 0, 0, 0))
                .body("bySector.inKindNok", contains(0, 5_000, 20_000, 0, 0, 0))
                .body("bySector.totalNok", contains(0, 95_000, 140_000, 0, 0, 0))
                .body("byTier.find { it.tierKey == 'partner' }.tierName", equalTo("Partner"))
                .body("byTier.find { it.tierKey == 'partner' }.agreements", equalTo(2))
                .body("byTier.find { it.tierKey == 'partner' }.cashNok", equalTo(60_000))
                .body("byTier.find { it.tierKey == 'partner' }.inKindNok", equalTo(5_000))
                .body("byTier.find { it.tierKey == 'partner' }.totalNok", equalTo(65_000))
                .body("byTier.find { it.tierKey == 'main' }.agreements", equalTo(2))
                .body("byTier.find { it.tierKey == 'main' }.cashNok", equalTo(150_000))
                .body("byTier.find { it.tierKey == 'main' }.inKindNok", equalTo(20_000))
                .body("byTier.find { it.tierKey == 'main' }.totalNok", equalTo(170_000))
                .body("byTier.totalNok.sum()", equalTo(235_000));
    }

    @Test
    void renewalComparesWithThePreviousYearsCommittedPartners() {
        seed();
        Api.as("admin").queryParam("year", YEAR).get("/api/v1/financing").then().statusCode(200)
                .body("renewal.previousYearPartners", equalTo(4))
                .body("renewal.renewedPartners", equalTo(2))
                .body("renewal.ratePercent", equalTo(50.0f))
                // Norwegian order: Æ before Å.
                .body("notRenewed.name", contains("Fintest Ærlig AS", "Fintest Åsen AS"))
                .body("notRenewed.partnerId", contains(notRenewedCancelled.toString(), notRenewedWithDraft.toString()))
                .body("notRenewed.sector", contains("tourism", "industry"))
                .body("notRenewed.previousYearTotalNok", contains(25_000, 30_000))
                .body("notRenewed.currentStatus", contains(null, "draft"));
        Api.as("admin").queryParam("year", YEAR - 1).get("/api/v1/financing").then().statusCode(200)
                .body("renewal.previousYearPartners", equalTo(0))
                .body("renewal.renewedPartners", equalTo(0))
                .body("renewal.ratePercent", nullValue())
                .body("notRenewed", empty())
                .body("municipalityContributionNok", equalTo(0))
                .body("partners.agreements", equalTo(4))
                .body("partners.totalNok", equalTo(145_000))
                .body("partners.pipeline.draftCount", equalTo(1));
    }

    @Test
    void theSeriesRunsFromTheProgrammeStartToTheYear() {
        seed();
        Api.as("viewer").queryParam("year", YEAR).get("/api/v1/financing").then().statusCode(200)
                .body("series.size()", equalTo(YEAR - 2019 + 1))
                .body("series[0].year", equalTo(2019))
                .body("series[-2].year", equalTo(YEAR - 1))
                .body("series[-2].municipalityContributionNok", equalTo(0))
                .body("series[-2].partnersCashNok", equalTo(135_000))
                .body("series[-2].inKindNok", equalTo(10_000))
                .body("series[-2].turnoverNok", equalTo(145_000))
                .body("series[-2].targetNok", equalTo(3_000_000))
                .body("series[-1].year", equalTo(YEAR))
                .body("series[-1].municipalityContributionNok", equalTo(1_500_000))
                .body("series[-1].partnersCashNok", equalTo(210_000))
                .body("series[-1].inKindNok", equalTo(25_000))
                .body("series[-1].turnoverNok", equalTo(1_735_000))
                .body("series[-1].targetNok", equalTo(3_000_000));
    }

    @Test
    void aYearWithNothingHasZerosAndNoShare() {
        seed();
        Api.as("viewer").queryParam("year", 2100).get("/api/v1/financing").then().statusCode(200)
                .body("turnoverNok", equalTo(0))
                .body("remainingNok", equalTo(3_000_000))
                .body("progressPercent", equalTo(0.0f))
                .body("partnersSharePercent", nullValue())
                .body("bySector.totalNok", contains(0, 0, 0, 0, 0, 0))
                .body("byTier.tierKey", hasItem(TIER_A));
    }

    @Test
    void theYearDefaultsToTheCurrentOneAndABadYearIs400() {
        int now = LocalDate.now(ZoneId.of("Europe/Oslo")).getYear();
        Api.as("viewer").get("/api/v1/financing").then().statusCode(200).body("year", equalTo(now))
                .body("series[-1].year", equalTo(now));
        for (String bad : new String[] {"abc", "1999", "2101", "20255", "-2025"}) {
            Api.lenientAs("viewer").queryParam("year", bad).get("/api/v1/financing").then().statusCode(400)
                    .body("errors[0].field", equalTo("year"));
        }
    }
}
