package no.kongsberg.vekst.population;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.TreeMap;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;
import no.kongsberg.vekst.municipalities.MunicipalityService;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.settings.ProgrammeSettings;
import no.kongsberg.vekst.settings.SettingsService;

/**
 * Population series and summaries. Stocks are stored per municipality (not per code), so a series
 * asked for by any of a municipality's codes is the same continuous series.
 */
@ApplicationScoped
public class PopulationService {

    private final MunicipalityService municipalities;
    private final SettingsService settings;

    public PopulationService(MunicipalityService municipalities, SettingsService settings) {
        this.municipalities = municipalities;
        this.settings = settings;
    }

    /** The checked parameters of a series request. */
    public record SeriesQuery(String municipality, String from, String to, String variant, String granularity) {
    }

    public record Point(String period, Integer populationStart, Integer populationEnd, Integer growth, Double growthPercent,
            boolean seriesBreak, List<String> flags) {
    }

    public record Series(MunicipalityRef municipality, String variant, String granularity, List<Point> points) {
    }

    public record Summary(MunicipalityRef municipality, String variant, Integer population, LocalDate populationDate,
            String growthYear, Integer growth, Double growthPercent, double targetGrowthPercent, Boolean targetMet,
            String source) {
    }

    @Transactional
    public Series series(SeriesQuery query) {
        Checked checked = check(query, Set.of("year"));
        Municipality municipality = checked.municipality();
        String variant = checked.variant();
        Integer from = checked.from();
        Integer to = checked.to();

        TreeMap<Integer, Integer> startOfYear = startOfYearPopulations(municipality, variant);
        List<Point> points = new ArrayList<>();
        if (!startOfYear.isEmpty()) {
            int first = from != null ? from : startOfYear.firstKey();
            int last = to != null ? to : startOfYear.lastKey();
            for (int year = first; year <= last; year++) {
                Integer start = startOfYear.get(year);
                Integer end = startOfYear.get(year + 1);
                if (start == null && end == null) {
                    continue;
                }
                Integer growth = Growth.growth(start, end);
                points.add(new Point(Integer.toString(year), start, end, growth, Growth.percent(growth, start), false, List.of()));
            }
        }
        return new Series(MunicipalityRef.of(municipality), variant, "year", points);
    }

    public record FlowItem(String period, Integer births, Integer deaths, Integer inMigration, Integer outMigration,
            Integer immigration, Integer emigration, Integer netMigration, Integer growth, Map<String, String> missing,
            String source, UUID importRunId) {
    }

    public record Flows(MunicipalityRef municipality, String variant, String granularity, List<FlowItem> items) {
    }

    /** The stored flows per period, oldest first; missing values null with their reason. */
    @Transactional
    public Flows flows(SeriesQuery query) {
        Checked checked = check(query, Set.of("year", "quarter"));
        Municipality municipality = checked.municipality();
        String variant = checked.variant();
        Integer from = checked.from();
        Integer to = checked.to();
        boolean quarters = "quarter".equals(checked.granularity());
        List<PopulationFlow> rows = PopulationFlow.list("municipality = ?1 and variant = ?2 and field <> 'adjustment' "
                + "and length(period) = ?3 order by period", municipality, variant, quarters ? 7 : 4);
        Map<String, List<PopulationFlow>> byPeriod = new java.util.TreeMap<>();
        for (PopulationFlow row : rows) {
            int year = Integer.parseInt(row.period.substring(0, 4));
            if ((from == null || year >= from) && (to == null || year <= to)) {
                byPeriod.computeIfAbsent(row.period, p -> new ArrayList<>()).add(row);
            }
        }
        List<FlowItem> items = new ArrayList<>();
        byPeriod.forEach((period, values) -> {
            Map<String, Integer> numbers = new java.util.HashMap<>();
            Map<String, String> missing = new java.util.TreeMap<>();
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

    /** A series or flows request with its parameters checked: 400 naming each bad one. */
    private record Checked(Municipality municipality, String variant, Integer from, Integer to, String granularity) {
    }

    private Checked check(SeriesQuery query, Set<String> granularities) {
        Validation validation = new Validation();
        Municipality municipality = municipality(validation, query.municipality());
        String variant = variant(validation, query.variant());
        Integer from = QueryParams.year(validation, "from", query.from());
        Integer to = QueryParams.year(validation, "to", query.to());
        String granularity = QueryParams.oneOf(validation, "granularity", query.granularity(), granularities);
        if (from != null && to != null && from > to) {
            validation.add("from", "after-to", "from (" + from + ") must not be after to (" + to + ").");
        }
        validation.throwIfAny();
        return new Checked(municipality, variant, from, to, granularity == null ? "year" : granularity);
    }

    /** The municipality of a code given as a query parameter: 400 naming the parameter when unknown. */
    @Transactional
    public Municipality municipalityParameter(String code) {
        Validation validation = new Validation();
        Municipality municipality = municipality(validation, code);
        validation.throwIfAny();
        return municipality;
    }

    @Transactional
    public Summary summary(String municipalityCode, String variantName) {
        Validation validation = new Validation();
        Municipality municipality = municipality(validation, municipalityCode);
        String variant = variant(validation, variantName);
        validation.throwIfAny();

        ProgrammeSettings programme = settings.current();
        double target = programme.targetGrowthPercent.doubleValue();
        PopulationStock latest = PopulationStock.<PopulationStock>find(
                "municipality = ?1 and variant = ?2 and population is not null order by date desc", municipality, variant).firstResult();
        TreeMap<Integer, Integer> startOfYear = startOfYearPopulations(municipality, variant);
        Integer growthYear = startOfYear.descendingKeySet().stream()
                .filter(year -> startOfYear.containsKey(year + 1)).findFirst().orElse(null);
        Integer growth = growthYear == null ? null : Growth.growth(startOfYear.get(growthYear), startOfYear.get(growthYear + 1));
        Double percent = growthYear == null ? null : Growth.percent(growth, startOfYear.get(growthYear));
        return new Summary(MunicipalityRef.of(municipality), variant, latest == null ? null : latest.population,
                latest == null ? null : latest.date, growthYear == null ? null : growthYear.toString(), growth, percent,
                target, percent == null ? null : percent >= target, latest == null ? null : latest.source);
    }

    /**
     * The population at the start of each year: a stock on 1 January, or on 31 December of the year
     * before (Statistics Norway and the municipality publish end-of-year figures).
     */
    private static TreeMap<Integer, Integer> startOfYearPopulations(Municipality municipality, String variant) {
        TreeMap<Integer, Integer> byYear = new TreeMap<>();
        for (PopulationStock stock : PopulationStock.<PopulationStock>list(
                "municipality = ?1 and variant = ?2 and ((month(date) = 1 and day(date) = 1) or (month(date) = 12 and day(date) = 31)) order by date",
                municipality, variant)) {
            int year = stock.date.getMonth() == Month.JANUARY ? stock.date.getYear() : stock.date.getYear() + 1;
            byYear.putIfAbsent(year, stock.population);
        }
        return byYear;
    }

    private Municipality municipality(Validation validation, String code) {
        String wanted = code == null || code.isBlank() ? settings.current().homeMunicipality : code.trim();
        if (!wanted.matches("[0-9]{4}")) {
            validation.add("municipality", "invalid", "municipality must be a four-digit municipality code, like 3303.");
            return null;
        }
        return municipalities.findByAnyCode(wanted).orElseGet(() -> {
            validation.add("municipality", "unknown-municipality", "No municipality has or had the code " + wanted + ".");
            return null;
        });
    }

    private String variant(Validation validation, String variant) {
        if (variant == null || variant.isBlank()) {
            return settings.preferredVariant();
        }
        return QueryParams.oneOf(validation, "variant", variant, SettingsService.VARIANTS);
    }
}
