package no.kongsberg.vekst.population.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.TreeMap;
import no.kongsberg.vekst.population.Growth;

/**
 * A projection, not a forecast: the recent compound trend of organic growth carried forward,
 * beside the path the growth target requires.
 */
public final class Projection {

    public static final String METHOD = "compound-trend";

    private Projection() {
    }

    public record YearPopulation(String year, int population) {
    }

    public record ProjectionPoint(String year, Integer actual, Integer trend, Integer target) {
    }

    public record Result(String method, String methodDescription, String trendFrom, String trendTo, Double trendGrowthPercent,
            YearPopulation base, double targetGrowthPercent, YearPopulation targetStart, String until,
            List<ProjectionPoint> points, Integer projectedPopulation, Integer targetPopulation, String divergesIn,
            String verdict) {
    }

    /**
     * @param yearly the whole yearly series
     * @param trendYears how many full years before the base year the trend is taken over
     * @param until the year (1 January) the projection runs to
     * @param startYear the programme's first year: the target path starts from its 1 January
     * @param targetPercentFor each year's growth target in %; the result's target percentage is the base year's
     */
    public static Result project(List<Point> yearly, int trendYears, int until, int startYear, IntToDoubleFunction targetPercentFor) {
        TreeMap<Integer, Integer> onFirstJanuary = new TreeMap<>();
        for (Point point : yearly) {
            if (point.populationStart() != null) {
                onFirstJanuary.put(point.year(), point.populationStart());
            }
            if (point.populationEnd() != null) {
                onFirstJanuary.putIfAbsent(point.year() + 1, point.populationEnd());
            }
        }
        YearPopulation base = onFirstJanuary.isEmpty() ? null
                : new YearPopulation(onFirstJanuary.lastKey().toString(), onFirstJanuary.lastEntry().getValue());
        Integer startPopulation = onFirstJanuary.get(startYear);
        YearPopulation targetStart = startPopulation == null ? null : new YearPopulation(Integer.toString(startYear), startPopulation);

        List<Point> trendSpan = base == null ? List.of() : yearly.stream()
                .filter(p -> p.year() >= Integer.parseInt(base.year()) - trendYears && p.year() < Integer.parseInt(base.year()))
                .filter(p -> p.growth() != null && p.populationStart() != null && p.populationStart() > 0).toList();
        SeriesArithmetic.Average trend = trendSpan.size() < 2 ? null : SeriesArithmetic.average(trendSpan, Granularity.YEAR);
        Double trendPercent = trend == null ? null : trend.compoundPercent();

        List<ProjectionPoint> points = new ArrayList<>();
        int first = base == null ? startYear : Math.min(startYear, Integer.parseInt(base.year()));
        for (int year = first; year <= until; year++) {
            Integer actual = onFirstJanuary.get(year);
            Integer projected = trendPercent == null || year < Integer.parseInt(base.year()) ? null
                    : Growth.compound(base.population(), trendPercent, year - Integer.parseInt(base.year()));
            Integer target = startPopulation == null || year < startYear ? null
                    : Growth.compound(startPopulation, startYear, year - startYear, targetPercentFor);
            points.add(new ProjectionPoint(Integer.toString(year), actual, projected, target));
        }
        Integer projectedAtEnd = valueAt(points, until, base);
        Integer targetAtEnd = startPopulation == null ? null
                : Growth.compound(startPopulation, startYear, until - startYear, targetPercentFor);
        String verdict = trendPercent == null || targetAtEnd == null || projectedAtEnd == null ? "insufficient-data"
                : projectedAtEnd >= targetAtEnd ? "on-track" : "behind";
        String description = trend == null
                ? "Too few full years of organic growth before the latest population for a trend."
                : "Compound average of organic growth " + trend.from() + "–" + trend.to() + " (" + trendSpan.size()
                        + " years), carried forward from the population on 1 January " + base.year() + ".";
        return new Result(METHOD, description, trend == null ? null : trend.from(), trend == null ? null : trend.to(),
                trendPercent, base, targetPercentFor.applyAsDouble(base == null ? startYear : Integer.parseInt(base.year())), targetStart, Integer.toString(until), points, projectedAtEnd, targetAtEnd,
                "behind".equals(verdict) ? divergesIn(points, base, startYear) : null, verdict);
    }

    /** The population of a year: actual before the base year, the trend from it on. */
    private static Integer valueAt(List<ProjectionPoint> points, int year, YearPopulation base) {
        for (ProjectionPoint point : points) {
            if (Integer.parseInt(point.year()) == year) {
                return base != null && year < Integer.parseInt(base.year()) ? point.actual() : point.trend();
            }
        }
        return null;
    }

    /**
     * The first year from which the population (actual, then trend) stays below the target path
     * through the last point; years without a known population before the base year do not
     * interrupt the run.
     */
    private static String divergesIn(List<ProjectionPoint> points, YearPopulation base, int startYear) {
        String diverges = null;
        for (int i = points.size() - 1; i >= 0; i--) {
            ProjectionPoint point = points.get(i);
            int year = Integer.parseInt(point.year());
            if (year < startYear) {
                break;
            }
            Integer value = year < Integer.parseInt(base.year()) ? point.actual() : point.trend();
            if (value == null) {
                continue;
            }
            if (value >= point.target()) {
                break;
            }
            diverges = point.year();
        }
        return diverges;
    }
}
