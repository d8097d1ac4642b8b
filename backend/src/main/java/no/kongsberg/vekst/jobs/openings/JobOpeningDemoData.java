package no.kongsberg.vekst.jobs.openings;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.partners.Partner;
import no.kongsberg.vekst.partners.PartnerDemoData;
import no.kongsberg.vekst.platform.OsloTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data (with `vekst.demo-data`): a dozen fictional job openings, marked `demo` and "(demo)",
 * dated around the day the database is first started: most open, some from demo partners (two of
 * them the demo partner user's own organisation), a few from a made-up job feed, one draft, one
 * withdrawn and one past its deadline. Loaded once, into a database with no openings.
 */
@ApplicationScoped
public class JobOpeningDemoData {

    /** One demo opening; days are counted from today (negative: in the past). */
    private record Demo(String title, String employer, String municipality, String category, String employmentType,
            int positions, int publishedDaysAgo, int deadlineInDays, String source, String status, String description) {
    }

    private static final String PARTNER_EMPLOYER = PartnerDemoData.PORTAL_PARTNER_NAME;

    private static final List<Demo> DEMOS = List.of(
            new Demo("CNC-operatør, skift (demo)", PARTNER_EMPLOYER, "3303", "Industri og produksjon", "permanent", 2, 5, 21,
                    JobOpening.PARTNER, JobOpening.PUBLISHED,
                    "Vi søker to <strong>CNC-operatører</strong> til toskift.\n\nFagbrev som industrimekaniker er en fordel."),
            new Demo("Lærling i produksjonsteknikk (demo)", PARTNER_EMPLOYER, "3303", "Industri og produksjon", "apprenticeship", 1,
                    0, 45, JobOpening.PARTNER, JobOpening.DRAFT, "Læreplass fra august. Utkast, ikke publisert ennå."),
            new Demo("Prosjektingeniør mekanisk konstruksjon (demo)", "Kobberverket Engineering AS (demo)", "3303",
                    "Ingeniør og teknologi", "permanent", 1, 10, 14, JobOpening.MANUAL, JobOpening.PUBLISHED,
                    "Konstruksjon i 3D-CAD av utstyr for havvind og forsvar."),
            new Demo("Sveiser (demo)", "Lågen Sveiseteknikk AS (demo)", "3303", "Industri og produksjon", "temporary", 3, 3, 10,
                    JobOpening.MANUAL, JobOpening.PUBLISHED, "Vikariat i seks måneder med mulighet for fast ansettelse."),
            new Demo("Kokk (demo)", "Numedalsporten Hotell AS (demo)", "3303", "Reiseliv og mat", "permanent", 1, 7, 30,
                    JobOpening.MANUAL, JobOpening.PUBLISHED, "Kokk til hotellets restaurant. Kveld og helg."),
            new Demo("Sesongmedarbeider gruvetoget (demo)", "Gruvetoget Opplevelser AS (demo)", "3303", "Reiseliv og mat",
                    "seasonal", 6, 2, 60, JobOpening.MANUAL, JobOpening.PUBLISHED, "Guider og billettører til sommersesongen."),
            new Demo("Butikkmedarbeider (demo)", "Stortorvet Sport AS (demo)", "3303", "Butikk og salg", "permanent", 1, 20, -3,
                    JobOpening.MANUAL, JobOpening.PUBLISHED, "Deltid i sportsbutikk i sentrum."),
            new Demo("Kundeveileder bank (demo)", "Kongsberg Demo Sparebank (demo)", "3303", "Bank, finans og forsikring",
                    "permanent", 1, 12, 8, JobOpening.MANUAL, JobOpening.WITHDRAWN, "Stillingen er trukket tilbake."),
            new Demo("Sykepleier (demo)", "Fiktiv helsestasjon i Notodden (demo)", "4005", "Helse og omsorg", "permanent", 2, 4,
                    25, JobOpening.JOB_FEED, JobOpening.PUBLISHED, "Sykepleier til hjemmetjenesten."),
            new Demo("Lærer 1.–7. trinn (demo)", "Fiktiv skole i Flesberg (demo)", "3334", "Undervisning", "temporary", 1, 6, 16,
                    JobOpening.JOB_FEED, JobOpening.PUBLISHED, "Vikariat for skoleåret."),
            new Demo("Elektriker (demo)", "Fiktiv elektro i Kongsberg (demo)", "3303", "Bygg og anlegg", "permanent", 1, 1, 28,
                    JobOpening.JOB_FEED, JobOpening.PUBLISHED, "Elektriker med fagbrev til service og nybygg."));

    private final boolean demoData;

    public JobOpeningDemoData(@ConfigProperty(name = "vekst.demo-data") boolean demoData) {
        this.demoData = demoData;
    }

    @Transactional
    void load(@Observes @Priority(43) StartupEvent start) {
        if (!demoData || JobOpening.count() > 0) {
            return;
        }
        LocalDate today = OsloTime.today();
        int feedNumber = 0;
        for (Demo demo : DEMOS) {
            Municipality place = Municipality.<Municipality>find("code", demo.municipality()).firstResult();
            if (place == null) {
                continue;
            }
            Partner partner = Partner.<Partner>find("name", demo.employer()).firstResult();
            JobOpening o = new JobOpening();
            o.id = UUID.randomUUID();
            o.title = demo.title();
            o.employerName = demo.employer();
            o.employerOrgNumber = partner == null ? null : partner.organisationNumber;
            o.partner = partner;
            o.municipality = place;
            o.city = place.name;
            o.category = demo.category();
            o.employmentType = demo.employmentType();
            o.positions = demo.positions();
            o.applicationDeadline = today.plusDays(demo.deadlineInDays());
            o.link = "https://example.org/vekst-demo/stilling-" + (DEMOS.indexOf(demo) + 1);
            o.description = Descriptions.sanitise(demo.description());
            o.source = demo.source();
            o.sourceId = JobOpening.JOB_FEED.equals(demo.source()) ? "demo-feed-" + ++feedNumber : null;
            o.status = demo.status();
            o.createdAt = today.minusDays(demo.publishedDaysAgo()).atTime(9, 0).atZone(OsloTime.ZONE).toInstant();
            o.publishedAt = JobOpening.DRAFT.equals(demo.status()) ? null : o.createdAt;
            o.updatedAt = Instant.now();
            o.createdBy = JobOpening.JOB_FEED.equals(demo.source()) ? null : "editor";
            o.demo = true;
            o.persist();
        }
    }
}
