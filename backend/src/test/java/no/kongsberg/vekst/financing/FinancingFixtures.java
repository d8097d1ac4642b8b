package no.kongsberg.vekst.financing;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.kongsberg.vekst.partners.Agreement;
import no.kongsberg.vekst.partners.AgreementStep;
import no.kongsberg.vekst.partners.Partner;
import no.kongsberg.vekst.partners.PartnerTier;
import no.kongsberg.vekst.platform.DataChanges;

/**
 * Partners, tiers and agreements written straight to the database for the financing tests (the
 * partners API is not theirs to depend on). Use years and tier keys no other test uses.
 */
public final class FinancingFixtures {

    private FinancingFixtures() {
    }

    public record PartnerSpec(String name, String sector, String status, boolean consent, String logoUrl, String website) {
        public static PartnerSpec active(String name, String sector) {
            return new PartnerSpec(name, sector, Partner.ACTIVE, true, null, null);
        }
    }

    public static UUID partner(PartnerSpec spec) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Partner p = new Partner();
            p.id = id;
            p.organisationNumber = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
            p.name = spec.name();
            p.sector = spec.sector();
            p.status = spec.status();
            p.formerSince = Partner.FORMER.equals(spec.status()) ? java.time.LocalDate.of(2020, 1, 1) : null;
            p.publicListingConsent = spec.consent();
            p.logoUrl = spec.logoUrl();
            p.website = spec.website();
            p.createdAt = Instant.now();
            p.updatedAt = p.createdAt;
            p.persist();
        });
        // Written beside the API, as another instance would: tell the public answers at once.
        Arc.container().instance(DataChanges.class).get().changed();
        return id;
    }

    /** An agreement that has reached {@code status}, with its steps. */
    public static void agreement(UUID partnerId, int year, String tierKey, String status, long cashNok, long inKindNok) {
        QuarkusTransaction.requiringNew().run(() -> {
            Agreement a = new Agreement();
            a.id = UUID.randomUUID();
            a.partner = Partner.findById(partnerId);
            a.year = year;
            a.tier = PartnerTier.findById(tierKey);
            a.cashNok = cashNok;
            a.inKindNok = inKindNok;
            a.status = status;
            a.cancelReason = "cancelled".equals(status) ? "Test" : null;
            a.createdAt = Instant.now();
            a.updatedAt = a.createdAt;
            a.steps = new ArrayList<>(steps(status, a.createdAt));
            a.persist();
        });
        Arc.container().instance(DataChanges.class).get().changed();
    }

    private static List<AgreementStep> steps(String status, Instant at) {
        List<String> order = List.of("draft", "sent", "signed", "invoiced", "paid");
        List<AgreementStep> steps = new ArrayList<>();
        if ("cancelled".equals(status)) {
            steps.add(new AgreementStep("draft", at, "Test"));
            steps.add(new AgreementStep("cancelled", at.plusSeconds(1), "Test"));
            return steps;
        }
        for (int i = 0; i <= order.indexOf(status); i++) {
            steps.add(new AgreementStep(order.get(i), at.plusSeconds(i), "Test"));
        }
        return steps;
    }
}
