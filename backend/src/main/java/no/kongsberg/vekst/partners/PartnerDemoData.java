package no.kongsberg.vekst.partners;

import no.kongsberg.vekst.platform.OrganisationNumbers;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.financing.MunicipalContribution;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data (with `vekst.demo-data`): about thirty clearly fictional partner organisations (invented
 * names marked "(demo)", organisation numbers valid by checksum only) across the sectors, with
 * agreements from 2023 to this year, contacts with invented names, and the municipality's yearly
 * contribution. Loaded once, into a database that has never had partners.
 */
@ApplicationScoped
public class PartnerDemoData {

    /** The demo partner user `partner` belongs to this organisation (the first one below). */
    public static final String PORTAL_PARTNER_NAME = "Fjellvik Presisjon AS (demo)";

    private static final String SOURCE = "Demodata: fiktiv organisasjon";

    /** name; sector; size band; tier of its agreements; first year; last year; status of this year's. */
    private static final List<String> PARTNERS = List.of(
            "Fjellvik Presisjon AS (demo);industry;medium;gold;2023;2026;signed",
            "Lågen Sveiseteknikk AS (demo);industry;small;partner;2023;2026;invoiced",
            "Numedal Maskin AS (demo);industry;large;main;2023;2026;paid",
            "Sølvbyen Automasjon AS (demo);industry;medium;gold;2024;2026;sent",
            "Kobberverket Engineering AS (demo);industry;large;main;2023;2026;signed",
            "Gruvedalen Komposittlab AS (demo);industry;small;partner;2025;2026;draft",
            "Jonsknuten Romfart AS (demo);industry;medium;gold;2023;2025;",
            "Myntgata Kafé AS (demo);retail;micro;partner;2023;2026;paid",
            "Kongsgården Interiør AS (demo);retail;small;partner;2024;2026;signed",
            "Stortorvet Sport AS (demo);retail;small;partner;2023;2025;",
            "Lågendalen Handelslag SA (demo);retail;medium;gold;2023;2026;invoiced",
            "Sølvsmia Gullsmed AS (demo);retail;micro;partner;2025;2026;sent",
            "Numedalsporten Hotell AS (demo);tourism;medium;main;2023;2026;paid",
            "Gruvetoget Opplevelser AS (demo);tourism;small;partner;2023;2026;signed",
            "Labrofossen Friluft AS (demo);tourism;micro;partner;2024;2025;",
            "Knutefjell Skisenter AS (demo);tourism;small;gold;2023;2026;draft",
            "Sølvfestivalen Arrangement AS (demo);tourism;micro;partner;2023;2026;invoiced",
            "Bolig i Sølvbyen AS (demo);residents;small;gold;2023;2026;signed",
            "Tinnåsen Eiendom AS (demo);residents;medium;main;2023;2026;paid",
            "Velkommen hjem Flyttehjelp AS (demo);residents;micro;partner;2024;2026;sent",
            "Heistadmoen Barnehager AS (demo);residents;small;partner;2023;2024;",
            "Kongsberg Demo Sparebank (demo);public;large;main;2023;2026;paid",
            "Sølvbyen Demo Energi AS (demo);public;medium;gold;2023;2026;signed",
            "Fagskolen Demo Numedal (demo);public;medium;partner;2024;2026;invoiced",
            "Demo Kulturhus Kongsberg KF (demo);public;small;partner;2023;2026;draft",
            "Regnskapshuset Lågen AS (demo);other;small;partner;2023;2026;paid",
            "Advokatfirmaet Demo & Co AS (demo);other;small;partner;2023;2026;signed",
            "Reklamebyrået Sølvgrå AS (demo);other;micro;partner;2025;2026;sent",
            "Konsulenthuset Numedal AS (demo);other;medium;gold;2023;2024;",
            "Gamle Sagbruket Snekkeri AS (demo);industry;micro;partner;2023;2023;");

    private static final Map<String, long[]> AMOUNTS = Map.of(
            "partner", new long[] {25_000, 0}, "gold", new long[] {50_000, 20_000}, "main", new long[] {150_000, 0});

    private final boolean demoData;

    public PartnerDemoData(@ConfigProperty(name = "vekst.demo-data") boolean demoData) {
        this.demoData = demoData;
    }

    @Transactional
    void load(@Observes @Priority(37) StartupEvent start) {
        if (!demoData || Partner.count() > 0 || PartnerTier.findById("main") == null) {
            return;
        }
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        for (int i = 0; i < PARTNERS.size(); i++) {
            String[] f = PARTNERS.get(i).split(";", -1);
            int first = Integer.parseInt(f[4]);
            int last = Math.min(Integer.parseInt(f[5]), thisYear);
            Partner partner = partner(i, f[0], f[1], f[2], last >= thisYear - 1 ? Partner.ACTIVE : Partner.FORMER, last);
            for (int year = first; year <= last; year++) {
                String status = year < thisYear ? Agreements.PAID : f[6].isEmpty() ? Agreements.DRAFT : f[6];
                agreement(partner, PartnerTier.findById(f[3]), year, status, i);
            }
            contact(partner, i);
        }
        for (int year = 2023; year <= thisYear; year++) {
            if (MunicipalContribution.findById(year) == null) {
                MunicipalContribution contribution = new MunicipalContribution();
                contribution.year = year;
                contribution.amountNok = 1_500_000;
                contribution.note = "Demo: kommunens årlige bidrag (fiktivt tall)";
                contribution.updatedAt = Instant.now();
                contribution.persist();
            }
        }
    }

    private static Partner partner(int i, String name, String sector, String size, String status, int lastYear) {
        Partner p = new Partner();
        p.id = UUID.randomUUID();
        p.organisationNumber = organisationNumber(i);
        p.name = name;
        p.sector = sector;
        p.sizeBand = size;
        p.address = "Demogata " + (i + 1);
        p.postalCode = "3616";
        p.postalPlace = "Kongsberg";
        p.municipality = "3303";
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("\\(demo\\)", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        p.website = "https://" + slug + ".example.no";
        p.logoUrl = i % 3 == 0 ? null : "https://" + slug + ".example.no/logo.svg";
        p.status = status;
        p.formerSince = Partner.FORMER.equals(status) ? LocalDate.of(lastYear, 6, 30) : null;
        p.publicListingConsent = i % 5 != 3;
        p.publicListingConsentDate = p.publicListingConsent ? LocalDate.of(2023, 1, 15) : null;
        p.notes = SOURCE;
        p.createdAt = Instant.now();
        p.updatedAt = p.createdAt;
        p.persist();
        return p;
    }

    private static void agreement(Partner partner, PartnerTier tier, int year, String status, int i) {
        long[] amounts = AMOUNTS.get(tier.key);
        Agreement a = new Agreement();
        a.id = UUID.randomUUID();
        a.partner = partner;
        a.year = year;
        a.tier = tier;
        a.cashNok = amounts[0] + (i % 4) * 5_000;
        a.inKindNok = amounts[1];
        a.inKindDescription = amounts[1] > 0 ? "Møterom og servering til programmets arrangementer (demo)" : null;
        a.benefits = "Logo på partnerlisten på kongsberg.no og på Vekst-konferansen (demo)";
        a.status = status;
        a.createdAt = LocalDate.of(year, 1, 10).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant at = a.createdAt;
        for (String step : Agreements.PATH) {
            a.steps.add(new AgreementStep(step, at, "Eva Editor (demo)"));
            if (step.equals(status)) {
                break;
            }
            at = at.plusSeconds(86_400L * 14);
        }
        if (Agreements.PATH.indexOf(status) >= Agreements.PATH.indexOf(Agreements.INVOICED)) {
            a.invoiceReference = "DEMO-" + year + "-" + (100 + i);
        }
        a.updatedAt = at;
        a.persist();
    }

    private static void contact(Partner partner, int i) {
        String[] first = {"Kari", "Ola", "Ingrid", "Per", "Sigrid", "Lars", "Astrid", "Nils"};
        String[] last = {"Demostad", "Prøvesen", "Eksempelrud", "Fiktivsen"};
        PartnerContact c = new PartnerContact();
        c.id = UUID.randomUUID();
        c.partnerId = partner.id;
        c.name = first[i % first.length] + " " + last[i % last.length] + " (demo)";
        c.role = i % 2 == 0 ? "Daglig leder" : "Markedsansvarlig";
        c.email = "kontakt" + (i + 1) + "@example.no";
        c.phone = "+47 400 00 " + String.format("%03d", i + 1);
        c.consentNote = "Demo: fiktiv person";
        c.createdAt = Instant.now();
        c.updatedAt = c.createdAt;
        c.persist();
    }

    /** The i-th nine-digit number from 991000000 up whose check digit exists (valid by mod 11 only). */
    static String organisationNumber(int i) {
        int found = -1;
        for (int base = 99_100_000; ; base += 7) {
            String firstEight = Integer.toString(base);
            int digit = OrganisationNumbers.checkDigit(firstEight);
            if (digit >= 0 && ++found == i) {
                return firstEight + digit;
            }
        }
    }
}
