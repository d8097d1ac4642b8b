package no.kongsberg.vekst.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kongsberg.vekst.kpis.KpiViews;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;

/** The report as the API shows it (see Report in openapi.yaml); also the frozen content of a published version. */
public final class ReportViews {

    private ReportViews() {
    }

    public record Commentary(String kpis, String population, String financing, String campaigns, String actionPlan) {
        static final Commentary EMPTY = new Commentary(null, null, null, null, null);
    }

    public record DraftCommentary(Commentary commentary, int version, Instant updatedAt, String updatedBy) {
    }

    public record Previous(String status, Double value) {
    }

    public record KpiRow(String key, KpiViews.Text name, String unit, String direction, String valuePeriod, Double value,
            Double target, String status, Double missPercent, String trend, Previous previous, boolean statusChanged,
            Double change) {
    }

    public record Population(MunicipalityRef municipality, Integer population, LocalDate populationDate, String growthYear,
            Integer growth, Double growthPercent, Double targetGrowthPercent, Boolean growthTargetMet, Integer netMigration,
            Integer targetNetInMigration, Boolean netMigrationTargetMet) {
    }

    public record Renewal(int previousYearPartners, int renewedPartners, Double ratePercent) {
    }

    public record Financing(int year, long targetNok, long turnoverNok, long remainingNok, double progressPercent,
            int agreements, long partnersNok, long invoicedNok, long paidNok, long outstandingNok, Renewal renewal) {
    }

    public record Results(long impressions, long reach, long clicks, long sessions, long leads) {
    }

    public record TargetResult(String metric, long target, long actual, BigDecimal percent) {
    }

    public record Campaign(UUID id, String name, String status, LocalDate startDate, LocalDate endDate, long budgetNok,
            BigDecimal spendNok, Results results, List<TargetResult> targets) {
    }

    public record ActivityCounts(int planned, int inProgress, int done, int postponed, int cancelled) {
    }

    public record Activity(String title, String owner, LocalDate dueDate, String status) {
    }

    public record Event(String name, LocalDate date, LocalDate endDate, String place, Integer attendees) {
    }

    public record ActionPlan(int year, ActivityCounts counts, int late, List<Activity> lateItems,
            List<Activity> postponedItems, List<Event> events) {
    }

    public record Report(String kind, String period, LocalDate from, LocalDate to, String title, String programmeName,
            String status, Integer version, Instant publishedAt, String publishedBy, Instant dataAsOf, String previousPeriod,
            String previousSource, Commentary commentary, List<KpiRow> kpis, Population population, Financing financing,
            List<Campaign> campaigns, ActionPlan actionPlan, Jobs jobs) {
    }

    /** The home municipality's latest employment year up to the period's, and the register units that came and went in it. */
    public record Jobs(MunicipalityRef municipality, String year, Integer jobs, Integer growth, Double growthPercent,
            Integer employedResidents, Double integrationShare, int enterprisesRegistered, int enterprisesDeleted, int enterprisesNet) {
    }

    public record Version(int version, Instant publishedAt, String publishedBy) {
    }

    public record VersionList(String kind, String period, List<Version> items) {
    }

    public record Published(String kind, String period, LocalDate from, LocalDate to, int latestVersion, Instant publishedAt,
            String publishedBy) {
    }

    public record PublishedList(List<Published> items) {
    }
}
