package no.kongsberg.vekst.population.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;
import no.kongsberg.vekst.population.Growth;

/**
 * The same figures for every member of a group over a span of years, normalised per 1,000
 * residents so that small and large places compare fairly, and ranked.
 */
public final class Comparison {

    private Comparison() {
    }

    public record Figures(Integer populationStart, Integer populationEnd, Integer growth, Double growthPercent,
            Double growthPer1000, Double naturalIncreasePer1000, Double domesticNetMigrationPer1000,
            Double internationalNetMigrationPer1000, Double netMigrationPer1000, Integer adjustment, int seriesBreaks) {

        public Number figure(String name) {
            return switch (name) {
                case "growthPer1000" -> growthPer1000;
                case "naturalIncreasePer1000" -> naturalIncreasePer1000;
                case "domesticNetMigrationPer1000" -> domesticNetMigrationPer1000;
                case "internationalNetMigrationPer1000" -> internationalNetMigrationPer1000;
                case "netMigrationPer1000" -> netMigrationPer1000;
                case "growth" -> growth;
                case "populationEnd" -> populationEnd;
                default -> growthPercent;
            };
        }
    }

    public static final Set<String> FIGURES = Set.of("growthPercent", "growthPer1000", "naturalIncreasePer1000",
            "domesticNetMigrationPer1000", "internationalNetMigrationPer1000", "netMigrationPer1000", "growth", "populationEnd");

    public record Row(Integer rank, MunicipalityRef municipality, boolean home, boolean member, Figures figures,
            List<String> missingPeriods) {
    }

    /** The years of the span in which a series lacks its start population or growth. */
    public static List<String> missingYears(List<Point> yearly, int from, int to) {
        Map<Integer, Point> byYear = byYear(yearly);
        List<String> missing = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            Point point = byYear.get(year);
            if (point == null || point.growth() == null || point.populationStart() == null) {
                missing.add(Integer.toString(year));
            }
        }
        return missing;
    }

    /**
     * The figures of one series over the years {@code from}–{@code to}. A component's per-1,000 figure
     * is its total ÷ years ÷ the population at the start × 1,000; it is unknown when any year lacks
     * it. Growth is organic: adjustments are counted apart.
     */
    public static Figures figures(List<Point> yearly, int from, int to) {
        Map<Integer, Point> byYear = byYear(yearly);
        List<Point> span = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            span.add(byYear.get(year));
        }
        int years = to - from + 1;
        Integer start = span.get(0) == null ? null : span.get(0).populationStart();
        Integer end = span.get(years - 1) == null ? null : span.get(years - 1).populationEnd();
        Integer growth = total(span, Point::growth);
        Double growthPercent = null;
        if (growth != null && missingYears(yearly, from, to).isEmpty()) {
            SeriesArithmetic.Average average = SeriesArithmetic.average(span, Granularity.YEAR);
            growthPercent = average == null ? null : average.compoundPercent();
        }
        Integer adjustment = null;
        int breaks = 0;
        for (Point point : span) {
            if (point != null && point.adjustment() != null) {
                adjustment = (adjustment == null ? 0 : adjustment) + point.adjustment();
            }
            breaks += point != null && point.seriesBreak() ? 1 : 0;
        }
        Integer personYears = start == null ? null : start * years;
        return new Figures(start, end, growth, growthPercent, Growth.ratio(growth, personYears, 1000),
                Growth.ratio(total(span, Point::naturalIncrease), personYears, 1000),
                Growth.ratio(total(span, Point::domesticNetMigration), personYears, 1000),
                Growth.ratio(total(span, Point::internationalNetMigration), personYears, 1000),
                Growth.ratio(total(span, Point::netMigration), personYears, 1000), adjustment, breaks);
    }

    /**
     * Ranks rows by a figure, highest first; equal figures share a rank, and rows without the figure
     * have none and come last (by name).
     */
    public static List<Row> rank(List<Row> rows, String figure) {
        Comparator<Row> byFigure = Comparator.comparing((Row r) -> r.figures().figure(figure) == null)
                .thenComparing(r -> r.figures().figure(figure) == null ? 0 : -r.figures().figure(figure).doubleValue())
                .thenComparing(r -> r.municipality().name());
        List<Row> sorted = rows.stream().sorted(byFigure).toList();
        List<Row> ranked = new ArrayList<>();
        Number previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Row row = sorted.get(i);
            Number value = row.figures().figure(figure);
            if (value != null && (previous == null || value.doubleValue() != previous.doubleValue())) {
                rank = i + 1;
            }
            previous = value;
            ranked.add(new Row(value == null ? null : rank, row.municipality(), row.home(), row.member(), row.figures(),
                    row.missingPeriods()));
        }
        return ranked;
    }

    private static Map<Integer, Point> byYear(List<Point> yearly) {
        Map<Integer, Point> byYear = new HashMap<>();
        yearly.forEach(p -> byYear.put(p.year(), p));
        return byYear;
    }

    private static Integer total(List<Point> span, Function<Point, Integer> field) {
        int total = 0;
        for (Point point : span) {
            Integer value = point == null ? null : field.apply(point);
            if (value == null) {
                return null;
            }
            total += value;
        }
        return total;
    }
}
