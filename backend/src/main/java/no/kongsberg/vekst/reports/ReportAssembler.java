package no.kongsberg.vekst.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import no.kongsberg.vekst.actionplan.Activity;
import no.kongsberg.vekst.actionplan.ActivityService;
import no.kongsberg.vekst.campaigns.CampaignService;
import no.kongsberg.vekst.campaigns.MetricTotals;
import no.kongsberg.vekst.events.EventService;
import no.kongsberg.vekst.financing.FinancingArithmetic;
import no.kongsberg.vekst.financing.FinancingService;
import no.kongsberg.vekst.kpis.KpiService;
import no.kongsberg.vekst.kpis.KpiViews;
import no.kongsberg.vekst.jobs.commuting.CommutingService;
import no.kongsberg.vekst.jobs.employment.EmploymentService;
import no.kongsberg.vekst.jobs.enterprises.EnterpriseService;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;
import no.kongsberg.vekst.municipalities.Subjects;
import no.kongsberg.vekst.population.PopulationService;
import no.kongsberg.vekst.population.figures.Point;
import no.kongsberg.vekst.reports.ReportViews.Report;
import no.kongsberg.vekst.settings.SettingsService;

/**
 * Reads a report's figures live from the features that own them: KPIs, population, jobs, financing,
 * campaigns, the action plan and events. Each section reads what was known at the period's end
 * (or today, while the period runs), so that a draft for a past period does not borrow later data
 * where the data has dates.
 */
@ApplicationScoped
public class ReportAssembler {

    private final KpiService kpis;
    private final PopulationService population;
    private final EmploymentService employment;
    private final CommutingService commuting;
    private final EnterpriseService enterprises;
    private final Subjects subjects;
    private final FinancingService financing;
    private final CampaignService campaigns;
    private final ActivityService activities;
    private final EventService events;
    private final SettingsService settings;

    public ReportAssembler(KpiService kpis, PopulationService population, FinancingService financing, CampaignService campaigns,
            ActivityService activities, EventService events, SettingsService settings, EmploymentService employment,
            CommutingService commuting, EnterpriseService enterprises, Subjects subjects) {
        this.kpis = kpis;
        this.population = population;
        this.employment = employment;
        this.commuting = commuting;
        this.enterprises = enterprises;
        this.subjects = subjects;
        this.financing = financing;
        this.campaigns = campaigns;
        this.activities = activities;
        this.events = events;
        this.settings = settings;
    }

    /**
     * The draft as it stands now. {@code publishedPrevious} is the previous period's KPIs from its
     * latest published version; null when nothing was published for it, and then its live figures
     * are compared with (read once when both periods lie in one year, as T2 and T1 do).
     */
    @Transactional
    Report draft(ReportPeriod period, ReportViews.Commentary commentary, Map<String, ReportViews.Previous> publishedPrevious,
            LocalDate today) {
        String programme = settings.current().programmeName;
        LocalDate asOf = period.asOf(today);
        List<KpiViews.YearStanding> standing = kpis.standingIn(period.year());
        Map<String, ReportViews.Previous> previous = publishedPrevious;
        if (previous == null) {
            int previousYear = period.previous().year();
            previous = previousOf(previousYear == period.year() ? standing : kpis.standingIn(previousYear));
        }
        return new Report(period.kind().apiName, period.code(), period.from(), period.to(), title(period), programme, "draft",
                null, null, null, Instant.now().truncatedTo(ChronoUnit.SECONDS), period.previous().code(),
                publishedPrevious == null ? "live" : "published", commentary, kpiRows(standing, previous), population(asOf),
                financing(period.year()), campaigns(period), actionPlan(period, asOf), jobs(period, asOf));
    }

    /** Null without a home municipality. Employment is yearly (4th quarter): the latest year up to the period's. */
    private ReportViews.Jobs jobs(ReportPeriod period, LocalDate asOf) {
        return subjects.home().map(home -> {
            EmploymentService.YearItem year = employment.yearly(home).stream()
                    .filter(i -> i.jobs() != null && Integer.parseInt(i.year()) <= period.year()).reduce((a, b) -> b).orElse(null);
            Double share = year == null ? null : commuting.commuting(new CommutingService.Query(home.code, null, null, year.year(),
                    year.year(), null, null)).items().stream().map(CommutingService.YearItem::integrationShare).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            LocalDate until = asOf.isBefore(period.to()) ? asOf : period.to();
            int[] units = until.isBefore(period.from()) ? new int[2] : enterprises.registeredAndDeleted(home, period.from(), until);
            return new ReportViews.Jobs(MunicipalityRef.of(home), year == null ? null : year.year(), year == null ? null : year.jobs(),
                    year == null ? null : year.growth(), year == null ? null : year.growthPercent(),
                    year == null ? null : year.employedResidents(), share, units[0], units[1], units[0] - units[1]);
        }).orElse(null);
    }

    private static Map<String, ReportViews.Previous> previousOf(List<KpiViews.YearStanding> standing) {
        Map<String, ReportViews.Previous> byKey = new HashMap<>();
        standing.forEach(k -> byKey.put(k.key(), new ReportViews.Previous(k.status(), k.latest() == null ? null : k.latest().value())));
        return byKey;
    }

    static String title(ReportPeriod period) {
        return (period.kind() == ReportPeriod.Kind.TERTIAL ? "Tertialrapport" : "Kvartalsstatus") + " for "
                + period.norwegianName();
    }

    private static List<ReportViews.KpiRow> kpiRows(List<KpiViews.YearStanding> standing,
            Map<String, ReportViews.Previous> previous) {
        return standing.stream().map(k -> {
            Double value = k.latest() == null ? null : k.latest().value();
            ReportViews.Previous before = previous.get(k.key());
            boolean changed = before != null && !before.status().equals(k.status());
            Double change = before == null || before.value() == null || value == null ? null : value - before.value();
            return new ReportViews.KpiRow(k.key(), k.name(), k.unit(), k.direction(),
                    k.latest() == null ? null : k.latest().period(), value, k.target(), k.status(), k.missPercent(), k.trend(),
                    before, changed, change);
        }).toList();
    }

    private ReportViews.Population population(LocalDate asOf) {
        return population.homeFiguresAsOf(asOf).map(h -> {
            Point year = h.fullYear();
            Double percent = year == null ? null : year.growthPercent();
            Integer net = year == null ? null : year.netMigration();
            return new ReportViews.Population(h.municipality(), h.population(), h.populationDate(),
                    year == null ? null : year.period(), year == null ? null : year.growth(), percent, h.targetGrowthPercent(),
                    percent == null ? null : percent >= h.targetGrowthPercent(), net, h.targetNetInMigration(),
                    net == null ? null : net >= h.targetNetInMigration());
        }).orElse(new ReportViews.Population(null, null, null, null, null, null, null, null, null, null, null));
    }

    private ReportViews.Financing financing(int year) {
        FinancingArithmetic.Financing f = financing.overview(Integer.toString(year));
        FinancingArithmetic.Partners p = f.partners();
        return new ReportViews.Financing(f.year(), f.targetNok(), f.turnoverNok(), f.remainingNok(), f.progressPercent(),
                p.agreements(), p.totalNok(), p.invoicedNok(), p.paidNok(), p.outstandingNok(),
                new ReportViews.Renewal(f.renewal().previousYearPartners(), f.renewal().renewedPartners(), f.renewal().ratePercent()));
    }

    private List<ReportViews.Campaign> campaigns(ReportPeriod period) {
        return campaigns.ranDuring(period.from(), period.to()).stream().map(c -> {
            MetricTotals t = c.totals();
            return new ReportViews.Campaign(c.id(), c.name(), c.status(), c.startDate(), c.endDate(), c.budgetNok(), c.spendNok(),
                    new ReportViews.Results(t.impressions(), t.reach(), t.clicks(), t.sessions(), t.leads()),
                    c.targets().stream().map(g -> new ReportViews.TargetResult(g.metric(), g.target(), g.actual(), g.percent()))
                            .toList());
        }).toList();
    }

    private ReportViews.ActionPlan actionPlan(ReportPeriod period, LocalDate asOf) {
        ActivityService.Progress progress = activities.progress(period.year(), asOf);
        Map<String, Long> counts = progress.countsByStatus();
        Function<String, Integer> count = status -> counts.getOrDefault(status, 0L).intValue();
        Function<Activity, ReportViews.Activity> item = a -> new ReportViews.Activity(a.title, a.owner, a.dueDate, a.status);
        LocalDate heldUntil = asOf.isBefore(period.from()) ? period.from().minusDays(1) : asOf;
        return new ReportViews.ActionPlan(period.year(),
                new ReportViews.ActivityCounts(count.apply(Activity.PLANNED), count.apply(Activity.IN_PROGRESS),
                        count.apply(Activity.DONE), count.apply(Activity.POSTPONED), count.apply(Activity.CANCELLED)),
                progress.late().size(), progress.late().stream().map(item).toList(),
                progress.postponed().stream().map(item).toList(),
                events.heldBetween(period.from(), heldUntil).stream()
                        .map(e -> new ReportViews.Event(e.name, e.date, e.endDate, e.place, e.attendees)).toList());
    }
}
