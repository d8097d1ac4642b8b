package no.kongsberg.vekst.population;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.municipalities.Subjects;
import no.kongsberg.vekst.municipalities.Subjects.Subject;
import no.kongsberg.vekst.municipalities.Subjects.SubjectView;
import no.kongsberg.vekst.platform.DataLicences;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.platform.YearSpan;
import no.kongsberg.vekst.population.figures.Comparison;
import no.kongsberg.vekst.population.figures.Granularity;
import no.kongsberg.vekst.population.figures.MunicipalityData;
import no.kongsberg.vekst.population.figures.Point;
import no.kongsberg.vekst.population.figures.PopulationData;
import no.kongsberg.vekst.population.figures.Projection;
import no.kongsberg.vekst.population.figures.SeriesArithmetic;
import no.kongsberg.vekst.population.figures.Targets;
import no.kongsberg.vekst.settings.ProgrammeSettings;
import no.kongsberg.vekst.settings.ProgrammeTargets;
import no.kongsberg.vekst.settings.SettingsService;

/**
 * The population figures: series, components, comparison, projection and the public summary, for
 * a municipality (through all its codes), a region or a peer group. It checks the request, reads
 * the data and leaves the arithmetic to {@code figures}.
 */
@ApplicationScoped
public class PopulationService {

    /** Projections run to 1 January of this year unless asked otherwise. */
    static final int DEFAULT_UNTIL = 2030;
    static final int DEFAULT_TREND_YEARS = 5;

    private final Subjects subjects;
    private final SettingsService settings;
    private final PopulationData data;
    private final ProgrammeTargets programmeTargets;

    public PopulationService(Subjects subjects, SettingsService settings, PopulationData data,
            ProgrammeTargets programmeTargets) {
        this.subjects = subjects;
        this.settings = settings;
        this.data = data;
        this.programmeTargets = programmeTargets;
    }

    /** The growth and net in-migration targets, each year its own (the KPIs' targets). */
    private record YearTargets(ProgrammeTargets.YearlyTargets growth, ProgrammeTargets.YearlyTargets net) {
        double growthPercent(int year) {
            return growth.nearest(year, 0);
        }

        int netInMigration(int year) {
            return (int) Math.round(net.nearest(year, 0));
        }
    }

    private YearTargets targets() {
        return new YearTargets(programmeTargets.of(ProgrammeTargets.POPULATION_GROWTH),
                programmeTargets.of(ProgrammeTargets.NET_IN_MIGRATION));
    }

    public record SeriesQuery(String municipality, String region, String peerGroup, String from, String to, String variant,
            String granularity) {
    }

    /** An answer of one variant: Statistics Norway's figures, with the municipality's corrections in the corrected one. */
    public interface OfVariant extends DataLicences.Attributed {
        String variant();

        @Override
        default String source() {
            return DataLicences.populationSource(variant());
        }
    }

    public record Series(SubjectView subject, String variant, String granularity, List<Point> points,
            SeriesArithmetic.Average average, Targets.TargetTrack targets, List<SeriesArithmetic.Note> notes) implements OfVariant {
    }

    public record ComponentItem(String period, Integer naturalIncrease, Integer domesticNetMigration,
            Integer internationalNetMigration, Integer netMigration, Integer growth, Integer adjustment, boolean seriesBreak) {
    }

    public record Components(SubjectView subject, String variant, String granularity, List<ComponentItem> items,
            List<SeriesArithmetic.Note> notes) implements OfVariant {
    }

    public record ComparisonQuery(String region, String peerGroup, String municipality, String from, String to, String variant,
            String rankBy) {
    }

    public record ComparisonResult(SubjectView group, String variant, String from, String to, int years, String rankBy,
            List<Comparison.Row> rows, Comparison.Figures aggregate, List<SeriesArithmetic.Note> notes) implements OfVariant {
    }

    public record ProjectionQuery(String municipality, String region, String peerGroup, String variant, String trendYears,
            String until) {
    }

    public record ProjectionResult(SubjectView subject, String variant, String label, String method, String methodDescription,
            String trendFrom, String trendTo, Double trendGrowthPercent, Projection.YearPopulation base,
            double targetGrowthPercent, Projection.YearPopulation targetStart, String until,
            List<Projection.ProjectionPoint> points, Integer projectedPopulation, Integer targetPopulation, String divergesIn,
            String verdict) implements DataLicences.Attributed {

        /** Vekst's projection of Statistics Norway's figures. */
        @Override
        public String source() {
            return DataLicences.STATISTICS_NORWAY_AND_VEKST;
        }
    }

    public record ProjectionSummary(String until, String verdict, Double trendGrowthPercent, Integer projectedPopulation,
            Integer targetPopulation, String divergesIn) {
    }

    public record Summary(MunicipalityRef municipality, String variant, Integer population, LocalDate populationDate,
            String growthYear, Integer growth, Double growthPercent, double targetGrowthPercent, Boolean targetMet,
            Integer netMigration, int targetNetInMigration, Boolean netInMigrationTargetMet, ProjectionSummary projection,
            String source) implements DataLicences.Attributed {
    }

    @Transactional
    public Series series(SeriesQuery query) {
        Validation validation = new Validation();
        Subject subject = subjects.subject(validation, query.municipality(), query.region(), query.peerGroup());
        String variant = variant(validation, query.variant());
        YearSpan span = YearSpan.of(validation, query.from(), query.to());
        Granularity granularity = Granularity.of(QueryParams.oneOf(validation, "granularity", query.granularity(),
                Set.of("year", "quarter")));
        validation.throwIfAny();

        SeriesArithmetic.Summed all = points(subject, variant, granularity);
        List<Point> shown = all.points().stream().filter(p -> span.contains(p.year())).toList();
        Targets.TargetTrack targets = null;
        if (granularity == Granularity.YEAR) {
            ProgrammeSettings programme = settings.current();
            int last = span.to() != null ? span.to() : shown.isEmpty() ? programme.programmeStartYear : shown.get(shown.size() - 1).year();
            YearTargets yearTargets = targets();
            targets = Targets.track(all.points(), programme.programmeStartYear, last, yearTargets::growthPercent,
                    subject.home() ? yearTargets::netInMigration : null);
        }
        return new Series(subject.view(), variant, granularity.apiName(), shown, SeriesArithmetic.average(shown, granularity),
                targets, notesWithin(all.notes(), span));
    }

    /**
     * The home municipality's full years (population known at both ends) in the preferred series:
     * what the KPIs population-growth and net-in-migration are computed from. Empty without a home.
     */
    @Transactional
    public List<Point> homeFullYears() {
        return subjects.home().map(m -> points(subjects.single(m), settings.preferredVariant(), Granularity.YEAR).points().stream()
                .filter(p -> p.populationStart() != null && p.populationEnd() != null).toList()).orElse(List.of());
    }

    @Transactional
    public Components components(SeriesQuery query) {
        Series series = series(query);
        return new Components(series.subject(), series.variant(), series.granularity(), series.points().stream()
                .map(p -> new ComponentItem(p.period(), p.naturalIncrease(), p.domesticNetMigration(),
                        p.internationalNetMigration(), p.netMigration(), p.growth(), p.adjustment(), p.seriesBreak()))
                .toList(), series.notes());
    }

    @Transactional
    public ComparisonResult comparison(ComparisonQuery query) {
        Validation validation = new Validation();
        boolean groupGiven = !blank(query.region()) || !blank(query.peerGroup());
        validation.check(groupGiven, "region", "required", "Give a region or a peerGroup to compare.");
        Subject group = groupGiven ? subjects.subject(validation, null, query.region(), query.peerGroup()) : null;
        Municipality home = subjects.municipality(validation, "municipality", query.municipality());
        String variant = variant(validation, query.variant());
        YearSpan span = YearSpan.of(validation, query.from(), query.to());
        String rankBy = QueryParams.oneOf(validation, "rankBy", query.rankBy(), Comparison.FIGURES);
        validation.throwIfAny();
        rankBy = rankBy == null ? "growthPercent" : rankBy;

        List<Municipality> compared = new ArrayList<>(group.members());
        boolean homeIsMember = compared.stream().anyMatch(m -> m.id.equals(home.id));
        if (!homeIsMember) {
            compared.add(home);
        }
        Map<Long, List<Point>> yearly = new HashMap<>();
        List<MunicipalityData> loaded = data.load(compared, variant);
        for (int i = 0; i < compared.size(); i++) {
            yearly.put(compared.get(i).id, SeriesArithmetic.points(loaded.get(i), Granularity.YEAR));
        }
        List<SeriesArithmetic.Member> members = group.members().stream()
                .map(m -> new SeriesArithmetic.Member(MunicipalityRef.of(m), yearly.get(m.id))).toList();
        int to = span.to() != null ? span.to() : latestCommonYear(group.members().stream().map(m -> yearly.get(m.id)).toList(),
                span.from());
        int from = span.from() != null ? Math.min(span.from(), to) : to;
        List<Comparison.Row> rows = new ArrayList<>();
        for (Municipality m : compared) {
            List<Point> points = yearly.get(m.id);
            boolean member = group.members().stream().anyMatch(g -> g.id.equals(m.id));
            rows.add(new Comparison.Row(null, MunicipalityRef.of(m), m.id.equals(home.id), member,
                    Comparison.figures(points, from, to), Comparison.missingYears(points, from, to)));
        }
        SeriesArithmetic.Summed summed = SeriesArithmetic.sum(members);
        return new ComparisonResult(group.view(), variant, Integer.toString(from), Integer.toString(to), to - from + 1, rankBy,
                Comparison.rank(rows, rankBy), Comparison.figures(summed.points(), from, to),
                notesWithin(summed.notes(), new YearSpan(from, to)));
    }

    @Transactional
    public ProjectionResult projection(ProjectionQuery query) {
        Validation validation = new Validation();
        Subject subject = subjects.subject(validation, query.municipality(), query.region(), query.peerGroup());
        String variant = variant(validation, query.variant());
        int trendYears = QueryParams.integer(validation, "trendYears", query.trendYears(), DEFAULT_TREND_YEARS, 2, 30);
        Integer until = QueryParams.year(validation, "until", query.until());
        ProgrammeSettings programme = settings.current();
        validation.check(until == null || (until > programme.programmeStartYear && until <= 2100), "until", "out-of-range",
                "until must be after the programme's start year (" + programme.programmeStartYear + ") and at most 2100.");
        validation.throwIfAny();
        return project(subject, variant, points(subject, variant, Granularity.YEAR).points(), trendYears,
                until == null ? DEFAULT_UNTIL : until, programme);
    }

    private ProjectionResult project(Subject subject, String variant, List<Point> yearly, int trendYears, int until,
            ProgrammeSettings programme) {
        YearTargets targets = targets();
        Projection.Result result = Projection.project(yearly, trendYears, until, programme.programmeStartYear,
                targets::growthPercent);
        return new ProjectionResult(subject.view(), variant, "projection", result.method(), result.methodDescription(),
                result.trendFrom(), result.trendTo(), result.trendGrowthPercent(), result.base(), result.targetGrowthPercent(),
                result.targetStart(), result.until(), result.points(), result.projectedPopulation(), result.targetPopulation(),
                result.divergesIn(), result.verdict());
    }

    /** The latest population, last full year's growth and net migration against the targets, and the projection's verdict. */
    @Transactional
    public Summary summary(String municipalityCode, String variantName) {
        Validation validation = new Validation();
        Municipality municipality = subjects.municipality(validation, "municipality", municipalityCode);
        String variant = variant(validation, variantName);
        validation.throwIfAny();

        ProgrammeSettings programme = settings.current();
        YearTargets targets = targets();
        PopulationStock latest = PopulationStock.<PopulationStock>find(
                "municipality = ?1 and variant = ?2 and population is not null order by date desc", municipality, variant).firstResult();
        Subject subject = subjects.single(municipality);
        List<Point> yearly = points(subject, variant, Granularity.YEAR).points();
        Point full = lastFullYear(yearly, Integer.MAX_VALUE);
        ProjectionResult projection = project(subject, variant, yearly, DEFAULT_TREND_YEARS, DEFAULT_UNTIL, programme);
        Double percent = full == null ? null : full.growthPercent();
        Integer net = full == null ? null : full.netMigration();
        int targetYear = full == null ? no.kongsberg.vekst.platform.OsloTime.currentYear() : full.year();
        double target = targets.growthPercent(targetYear);
        int netTarget = targets.netInMigration(targetYear);
        return new Summary(MunicipalityRef.of(municipality), variant, latest == null ? null : latest.population,
                latest == null ? null : latest.date, full == null ? null : full.period(), full == null ? null : full.growth(),
                percent, target, percent == null ? null : percent >= target, net, netTarget,
                net == null ? null : net >= netTarget,
                new ProjectionSummary(projection.until(), projection.verdict(), projection.trendGrowthPercent(),
                        projection.projectedPopulation(), projection.targetPopulation(), projection.divergesIn()),
                DataLicences.populationSource(variant));
    }

    /** The home municipality's figures as they were known at a date (a report's period end). */
    public record HomeFigures(MunicipalityRef municipality, Integer population, LocalDate populationDate, Point fullYear,
            double targetGrowthPercent, int targetNetInMigration) {
    }

    /**
     * The home municipality's latest population on or before {@code date} and its latest full year
     * up to the date's year, in the preferred series, with that year's targets; empty without a home.
     */
    @Transactional
    public java.util.Optional<HomeFigures> homeFiguresAsOf(LocalDate date) {
        return subjects.home().map(m -> {
            String variant = settings.preferredVariant();
            PopulationStock latest = PopulationStock.<PopulationStock>find(
                    "municipality = ?1 and variant = ?2 and population is not null and date <= ?3 order by date desc", m, variant,
                    date).firstResult();
            Point full = lastFullYear(points(subjects.single(m), variant, Granularity.YEAR).points(), date.getYear());
            YearTargets targets = targets();
            int year = full == null ? date.getYear() : full.year();
            return new HomeFigures(MunicipalityRef.of(m), latest == null ? null : latest.population,
                    latest == null ? null : latest.date, full, targets.growthPercent(year), targets.netInMigration(year));
        });
    }

    /** The latest year up to {@code lastYear} whose population is known at both ends, or null. */
    private static Point lastFullYear(List<Point> yearly, int lastYear) {
        Point full = null;
        for (Point point : yearly) {
            if (point.year() <= lastYear && point.populationStart() != null && point.populationEnd() != null) {
                full = point;
            }
        }
        return full;
    }

    public record FlowItem(String period, Integer births, Integer deaths, Integer inMigration, Integer outMigration,
            Integer immigration, Integer emigration, Integer netMigration, Integer growth, Map<String, String> missing,
            String source, UUID importRunId) {
    }

    public record Flows(MunicipalityRef municipality, String variant, String granularity, List<FlowItem> items) implements OfVariant {
    }

    /** The stored flows per period, oldest first; missing values null with their reason. */
    @Transactional
    public Flows flows(String municipalityCode, String from, String to, String variantName, String granularityName) {
        Validation validation = new Validation();
        Municipality municipality = subjects.municipality(validation, "municipality", municipalityCode);
        String variant = variant(validation, variantName);
        YearSpan span = YearSpan.of(validation, from, to);
        boolean quarters = "quarter".equals(QueryParams.oneOf(validation, "granularity", granularityName, Set.of("year", "quarter")));
        validation.throwIfAny();
        List<PopulationFlow> rows = PopulationFlow.list("municipality = ?1 and variant = ?2 and field <> 'adjustment' "
                + "and length(period) = ?3 order by period", municipality, variant, quarters ? 7 : 4);
        Map<String, List<PopulationFlow>> byPeriod = new TreeMap<>();
        for (PopulationFlow row : rows) {
            if (span.contains(Integer.parseInt(row.period.substring(0, 4)))) {
                byPeriod.computeIfAbsent(row.period, p -> new ArrayList<>()).add(row);
            }
        }
        List<FlowItem> items = new ArrayList<>();
        byPeriod.forEach((period, values) -> {
            Map<String, Integer> numbers = new HashMap<>();
            Map<String, String> missing = new TreeMap<>();
            for (PopulationFlow value : values) {
                numbers.put(value.field, value.value);
                if (value.missing != null) {
                    missing.put(value.field, value.missing);
                }
            }
            PopulationFlow first = values.get(0);
            items.add(new FlowItem(period, numbers.get("births"), numbers.get("deaths"), numbers.get("inMigration"),
                    numbers.get("outMigration"), numbers.get("immigration"), numbers.get("emigration"),
                    numbers.get("netMigration"), numbers.get("growth"), missing, first.source, first.importRunId));
        });
        return new Flows(MunicipalityRef.of(municipality), variant, quarters ? "quarter" : "year", items);
    }

    /** The municipality of a code given as a query parameter: 400 naming the parameter when unknown. */
    @Transactional
    public Municipality municipalityParameter(String code) {
        Validation validation = new Validation();
        Municipality municipality = subjects.municipality(validation, "municipality", code);
        validation.throwIfAny();
        return municipality;
    }

    /** The series of a subject: a municipality's own points, or a group's sums with notes. */
    private SeriesArithmetic.Summed points(Subject subject, String variant, Granularity granularity) {
        List<MunicipalityData> loaded = data.load(subject.members(), variant);
        if (!subject.group()) {
            return new SeriesArithmetic.Summed(SeriesArithmetic.points(loaded.get(0), granularity), List.of());
        }
        return SeriesArithmetic.sum(loaded.stream()
                .map(d -> new SeriesArithmetic.Member(d.municipality(), SeriesArithmetic.points(d, granularity))).toList());
    }

    /** The latest year in which the most members have organic growth (at or after {@code from}). */
    private static int latestCommonYear(List<List<Point>> members, Integer from) {
        TreeMap<Integer, Integer> withGrowth = new TreeMap<>();
        for (List<Point> points : members) {
            points.stream().filter(p -> p.growth() != null && p.populationStart() != null)
                    .forEach(p -> withGrowth.merge(p.year(), 1, Integer::sum));
        }
        if (from != null) {
            withGrowth.headMap(from).clear();
        }
        int most = withGrowth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return withGrowth.descendingMap().entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                .findFirst().orElse(from != null ? from : LocalDate.now().getYear() - 1);
    }

    private static List<SeriesArithmetic.Note> notesWithin(List<SeriesArithmetic.Note> notes, YearSpan span) {
        List<SeriesArithmetic.Note> kept = new ArrayList<>();
        for (SeriesArithmetic.Note note : notes) {
            List<String> periods = note.periods().stream().filter(p -> span.contains(Integer.parseInt(p.substring(0, 4)))).toList();
            if (!periods.isEmpty()) {
                kept.add(periods.size() == note.periods().size() ? note
                        : SeriesArithmetic.note(note.municipality(), periods));
            }
        }
        return kept;
    }

    private String variant(Validation validation, String variant) {
        if (blank(variant)) {
            return settings.preferredVariant();
        }
        return QueryParams.oneOf(validation, "variant", variant, SettingsService.VARIANTS);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
