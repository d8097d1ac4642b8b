package no.kongsberg.vekst.campaigns;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import no.kongsberg.vekst.partners.Partner;
import no.kongsberg.vekst.platform.OsloTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data (with `vekst.demo-data`): three fictional campaigns marked `demo` and "(demo)" in the name,
 * among them Velkommen hjem, co-funded by demo partners, with daily results per channel up to today
 * (made from a fixed seed, so every start shows the same figures). Loaded once, into a database that
 * has no campaigns, after the partners' demo data.
 */
@ApplicationScoped
public class CampaignDemoData {

    /** Daily averages per channel: impressions, reach, clicks, sessions, leads, cost in kroner. */
    private record Channel(String key, int impressions, int reach, int clicks, int sessions, int leads, int cost) {
    }

    private record Plan(String name, String slug, String focusArea, List<String> groups, LocalDate start, LocalDate end, long budget,
            long otherSpend, String owner, Map<String, Long> targets, List<Channel> channels, Map<String, Long> partners,
            String landingPage, String description) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("Velkommen hjem 2026 (demo)", "velkommen-hjem-2026", "residents",
                    List.of("Utflyttede kongsbergensere 25-40 år", "Ingeniører og fagarbeidere"),
                    LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), 600_000, 80_000, "Kongsberg Næringsforum",
                    Map.of("sessions", 20_000L, "leads", 300L, "reach", 3_000_000L),
                    List.of(new Channel("meta", 9000, 6000, 110, 25, 1, 900), new Channel("google", 2500, 1800, 60, 15, 0, 600),
                            new Channel("web", 0, 0, 0, 8, 0, 0), new Channel("newsletter", 700, 650, 20, 4, 0, 50)),
                    Map.of("Velkommen hjem Flyttehjelp AS (demo)", 100_000L, "Kongsberg Demo Sparebank (demo)", 50_000L),
                    "https://www.kongsberg.no/velkommen-hjem",
                    "Rekrutterer utflyttede kongsbergensere og fagfolk bedriftene trenger, med historier om å komme hjem."),
            new Plan("Sommer i Sølvbyen 2026 (demo)", "sommer-i-solvbyen-2026", "tourism", List.of("Barnefamilier i Viken"),
                    LocalDate.of(2026, 5, 15), LocalDate.of(2026, 8, 31), 250_000, 20_000, "Visit Kongsberg",
                    Map.of("sessions", 12_000L, "leads", 150L),
                    List.of(new Channel("meta", 12000, 8000, 140, 100, 1, 1200), new Channel("web", 0, 0, 0, 30, 0, 0)),
                    Map.of("Numedalsporten Hotell AS (demo)", 40_000L), "https://www.visitkongsberg.no/sommer",
                    "Sommerkampanje for Sølvgruvene, Lågen og sentrum."),
            new Plan("Teknologikarriere 2027 (demo)", "teknologikarriere-2027", "industry", List.of("Studenter i teknologifag"),
                    LocalDate.of(2027, 1, 10), LocalDate.of(2027, 6, 30), 300_000, 0, "Kongsberg Næringsforum",
                    Map.of("leads", 200L), List.of(new Channel("linkedin", 4000, 3000, 50, 40, 1, 700)),
                    Map.of("Fjellvik Presisjon AS (demo)", 75_000L), "https://www.kongsberg.no/karriere",
                    "Viser studenter karrieremulighetene i teknologibedriftene."));

    private final boolean demoData;
    private final CampaignMetricsService metrics;

    public CampaignDemoData(@ConfigProperty(name = "vekst.demo-data") boolean demoData, CampaignMetricsService metrics) {
        this.demoData = demoData;
        this.metrics = metrics;
    }

    @Transactional
    void load(@Observes @Priority(40) StartupEvent start) {
        if (!demoData || Campaign.count() > 0) {
            return;
        }
        LocalDate today = OsloTime.today();
        Random random = new Random(2026);
        for (Plan plan : PLANS) {
            Campaign c = new Campaign();
            c.id = UUID.randomUUID();
            c.name = plan.name();
            c.slug = plan.slug();
            c.description = plan.description();
            c.focusAreas(List.of(plan.focusArea()));
            c.targetGroups(plan.groups());
            c.channels(plan.channels().stream().map(Channel::key).toList());
            c.startDate = plan.start();
            c.endDate = plan.end();
            c.budgetNok = plan.budget();
            c.otherSpendNok = plan.otherSpend();
            c.owner = plan.owner();
            c.status = today.isBefore(plan.start()) ? "planned" : today.isAfter(plan.end()) ? "completed" : "active";
            c.targets(plan.targets());
            c.links(plan.channels().stream().filter(ch -> !ch.key().equals("web"))
                    .map(ch -> new Campaign.Link(plan.landingPage(), ch.key(), ch.key().equals("newsletter") ? "email" : "paid",
                            null)).toList());
            plan.partners().forEach((name, amount) -> Partner.<Partner>find("name", name).firstResultOptional()
                    .ifPresent(p -> c.partners.add(new Campaign.CoFunding(p.id, amount))));
            c.kpis.add(new Campaign.KpiLink("visibility-reach", null));
            c.demo = true;
            c.createdAt = Instant.now();
            c.updatedAt = c.createdAt;
            c.persist();
            List<MetricRow> rows = new ArrayList<>();
            for (LocalDate day = plan.start(); !day.isAfter(plan.end()) && day.isBefore(today); day = day.plusDays(1)) {
                for (Channel ch : plan.channels()) {
                    long impressions = vary(random, ch.impressions());
                    // Reach counts people, impressions views: never more people than views.
                    rows.add(new MetricRow(day, ch.key(), impressions, Math.min(impressions, vary(random, ch.reach())),
                            vary(random, ch.clicks()), vary(random, ch.sessions()), vary(random, ch.leads()),
                            BigDecimal.valueOf(vary(random, ch.cost()))));
                }
            }
            c.persistAndFlush();
            metrics.record(c.id, rows, false);
        }
    }

    /** The average give or take 40 %, at least 0; a small average gives 0, 1 or 2. */
    private static long vary(Random random, int average) {
        if (average <= 2) {
            return random.nextInt(average * 2 + 1);
        }
        return Math.max(0, Math.round(average * (0.6 + 0.8 * random.nextDouble())));
    }
}
