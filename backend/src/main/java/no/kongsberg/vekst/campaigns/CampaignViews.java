package no.kongsberg.vekst.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import no.kongsberg.vekst.kpis.Kpi;
import no.kongsberg.vekst.kpis.KpiViews;
import no.kongsberg.vekst.partners.Partner;
import no.kongsberg.vekst.platform.OsloTime;

/** The campaigns as the API shows them: with partner and KPI names, built links, totals, spend and progress. */
@ApplicationScoped
public class CampaignViews {

    private final CampaignMetricsService metrics;
    private final io.quarkus.security.identity.SecurityIdentity identity;

    public CampaignViews(CampaignMetricsService metrics, io.quarkus.security.identity.SecurityIdentity identity) {
        this.metrics = metrics;
        this.identity = identity;
    }

    public record KpiRef(String key, KpiViews.Text name, String feeds) {
    }

    public record PartnerShare(UUID partnerId, String name, long amountNok) {
    }

    public record LinkView(String baseUrl, String source, String medium, String content, String url) {
    }

    public record TargetProgress(String metric, long target, long actual, BigDecimal percent) {
    }

    public record Progress(List<TargetProgress> targets, BigDecimal budgetUsedPercent, BigDecimal elapsedPercent) {
    }

    public record View(UUID id, String name, String slug, String description, List<String> focusAreas, List<String> targetGroups,
            List<String> channels, LocalDate startDate, LocalDate endDate, long budgetNok, long otherSpendNok, BigDecimal spendNok,
            boolean overBudget, String owner, String status, List<KpiRef> kpis, List<PartnerShare> partners,
            Map<String, Long> targets, List<LinkView> links, MetricTotals totals, Progress progress, boolean demo, int version,
            Instant createdAt, Instant updatedAt) {
    }

    public record ChannelTotals(String channel, MetricTotals totals) {
    }

    public record DayTotals(LocalDate date, MetricTotals totals) {
    }

    public record Metrics(UUID campaignId, LocalDate from, LocalDate to, List<MetricRow> rows, MetricTotals totals,
            List<ChannelTotals> byChannel, List<DayTotals> daily) {

        /** Totals of the rows, by channel in the campaign's order, and by date. */
        static Metrics of(UUID campaignId, LocalDate from, LocalDate to, List<MetricRow> rows, List<String> channels) {
            MetricTotals total = MetricTotals.NONE;
            Map<String, MetricTotals> byChannel = new LinkedHashMap<>();
            channels.forEach(c -> byChannel.put(c, MetricTotals.NONE));
            TreeMap<LocalDate, MetricTotals> byDate = new TreeMap<>();
            for (MetricRow row : rows) {
                total = total.plus(row);
                byChannel.put(row.channel(), byChannel.getOrDefault(row.channel(), MetricTotals.NONE).plus(row));
                byDate.put(row.date(), byDate.getOrDefault(row.date(), MetricTotals.NONE).plus(row));
            }
            return new Metrics(campaignId, from, to, rows, total,
                    byChannel.entrySet().stream().map(e -> new ChannelTotals(e.getKey(), e.getValue())).toList(),
                    byDate.entrySet().stream().map(e -> new DayTotals(e.getKey(), e.getValue())).toList());
        }
    }

    public record ComparisonItem(UUID id, String name, String slug, String status, long budgetNok, BigDecimal spendNok,
            MetricTotals totals) {
    }

    public record Comparison(int year, List<ComparisonItem> items) {
    }

    public record PeriodResult(UUID id, String name, String status, LocalDate startDate, LocalDate endDate, long budgetNok,
            BigDecimal spendNok, MetricTotals totals, List<TargetProgress> targets) {
    }

    /** The views of the campaigns, in their order; a partner ({@code confinedTo}) sees only its own share of the co-funding. */
    List<View> of(List<Campaign> campaigns, Optional<UUID> confinedTo) {
        List<UUID> ids = campaigns.stream().map(c -> c.id).toList();
        Map<UUID, MetricTotals> totals = metrics.totals(ids);
        Map<UUID, String> partnerNames = partnerNames(campaigns);
        Map<String, KpiViews.Text> kpiNames = kpiNames(campaigns);
        LocalDate today = OsloTime.today();
        List<View> views = new ArrayList<>();
        for (Campaign c : campaigns) {
            MetricTotals total = totals.getOrDefault(c.id, MetricTotals.NONE);
            BigDecimal spend = spend(c, total);
            List<PartnerShare> partners = c.partners.stream()
                    .filter(p -> confinedTo.map(p.partnerId::equals).orElse(true))
                    .map(p -> new PartnerShare(p.partnerId, partnerNames.get(p.partnerId), p.amountNok))
                    .sorted(java.util.Comparator.comparing(PartnerShare::name).thenComparing(PartnerShare::partnerId)).toList();
            List<KpiRef> kpis = c.kpis.stream().map(k -> new KpiRef(k.kpiKey, kpiNames.get(k.kpiKey), k.feeds))
                    .sorted(java.util.Comparator.comparing(KpiRef::key)).toList();
            List<LinkView> links = c.links().stream()
                    .map(l -> new LinkView(l.baseUrl(), l.source(), l.medium(), l.content(), TrackingLinks.build(l, c.slug))).toList();
            Progress progress = new Progress(targets(c, total), percent(spend, c.budgetNok), elapsedPercent(c, today));
            views.add(new View(c.id, c.name, c.slug, c.description, c.focusAreas(), c.targetGroups(), c.channels(), c.startDate,
                    c.endDate, c.budgetNok, c.otherSpendNok, spend, spend.compareTo(BigDecimal.valueOf(c.budgetNok)) > 0,
                    // The owner is a person: API clients never see personal data.
                    no.kongsberg.vekst.auth.Roles.isIntegrator(identity) ? null : c.owner,
                    c.status, kpis, partners, c.targets(), links, total, progress, c.demo, c.version, c.createdAt, c.updatedAt));
        }
        return views;
    }

    /** Each campaign's results in the year, with its spend over its whole run. */
    Comparison comparison(int year, List<Campaign> campaigns) {
        Map<UUID, MetricTotals> inYear = metrics.totals(campaigns.stream().map(c -> c.id).toList(), year);
        Map<UUID, MetricTotals> all = metrics.totals(campaigns.stream().map(c -> c.id).toList());
        return new Comparison(year, campaigns.stream().map(c -> new ComparisonItem(c.id, c.name, c.slug, c.status, c.budgetNok,
                spend(c, all.getOrDefault(c.id, MetricTotals.NONE)), inYear.getOrDefault(c.id, MetricTotals.NONE))).toList());
    }

    /** Each campaign's results dated up to {@code date} against its targets, with its spend up to then. */
    List<PeriodResult> upTo(LocalDate date, List<Campaign> campaigns) {
        Map<UUID, MetricTotals> totals = metrics.totals(campaigns.stream().map(c -> c.id).toList(), null, date);
        return campaigns.stream().map(c -> {
            MetricTotals total = totals.getOrDefault(c.id, MetricTotals.NONE);
            return new PeriodResult(c.id, c.name, c.status, c.startDate, c.endDate, c.budgetNok, spend(c, total), total,
                    targets(c, total));
        }).toList();
    }

    private static List<TargetProgress> targets(Campaign c, MetricTotals total) {
        return c.targets().entrySet().stream().map(e -> new TargetProgress(e.getKey(), e.getValue(), total.metric(e.getKey()),
                percent(BigDecimal.valueOf(total.metric(e.getKey())), e.getValue()))).toList();
    }

    /** Other spend plus the cost recorded with the results. */
    private static BigDecimal spend(Campaign c, MetricTotals totals) {
        return totals.costNok().add(BigDecimal.valueOf(c.otherSpendNok)).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(BigDecimal actual, long whole) {
        return whole == 0 ? null : actual.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The share of the campaign's days that have begun: 0 before the first day, 100 from the last. */
    static BigDecimal elapsedPercent(Campaign c, LocalDate today) {
        long days = ChronoUnit.DAYS.between(c.startDate, c.endDate) + 1;
        long begun = Math.max(0, Math.min(days, ChronoUnit.DAYS.between(c.startDate, today) + 1));
        return BigDecimal.valueOf(begun * 100).divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
    }

    private static Map<UUID, String> partnerNames(Collection<Campaign> campaigns) {
        Set<UUID> ids = new HashSet<>();
        campaigns.forEach(c -> c.partners.forEach(p -> ids.add(p.partnerId)));
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            Partner.<Partner>list("id in ?1", ids).forEach(p -> names.put(p.id, p.name));
        }
        return names;
    }

    private static Map<String, KpiViews.Text> kpiNames(Collection<Campaign> campaigns) {
        Set<String> keys = new HashSet<>();
        campaigns.forEach(c -> c.kpis.forEach(k -> keys.add(k.kpiKey)));
        Map<String, KpiViews.Text> names = new HashMap<>();
        if (!keys.isEmpty()) {
            Kpi.<Kpi>list("key in ?1", keys).forEach(k -> names.put(k.key, new KpiViews.Text(k.nameNb, k.nameEn)));
        }
        return names;
    }
}
