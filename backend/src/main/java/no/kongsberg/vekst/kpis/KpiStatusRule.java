package no.kongsberg.vekst.kpis;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.IntFunction;

/**
 * The rule that gives a KPI its status and trend (docs/kpi-status.md), with no database in sight.
 * A year is closed once it has ended. A closed year is judged by its value; the current year by
 * the projection for its end: its own value when it already has one, else the trend of the two
 * latest years (last + (last − the one before)), else the last year's value. {@code on-track} when
 * the value meets the year's target in the KPI's direction, {@code at-risk} when it misses by at
 * most 10 % of the target, {@code off-track} beyond that, {@code no-data} without a value or a
 * target. Trend: the change against the previous year, {@code flat} within 1 % of it.
 */
public final class KpiStatusRule {

    public static final String ON_TRACK = "on-track";
    public static final String AT_RISK = "at-risk";
    public static final String OFF_TRACK = "off-track";
    public static final String NO_DATA = "no-data";
    public static final List<String> STATUSES = List.of(ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA);

    public static final String HIGHER_IS_BETTER = "higher-is-better";
    public static final String LOWER_IS_BETTER = "lower-is-better";

    /** How far a miss may go, in % of the target, and still be only at risk. */
    static final double AT_RISK_PERCENT = 10;
    /** A change within this % of the previous value is flat. */
    static final double FLAT_PERCENT = 1;
    /** Floating-point slack, so that a miss of exactly 10 % is at risk whatever the rounding. */
    private static final double EPSILON = 1e-9;

    private KpiStatusRule() {
    }

    /** A status and how far the value missed the target (% of the target; 0 when met, null when unknown). */
    public record Verdict(String status, Double missPercent) {
        static final Verdict NONE = new Verdict(NO_DATA, null);
    }

    public record Projection(double value, String method, List<String> basedOn) {
    }

    /** A year as the API shows it: value, that year's target, verdict and trend. */
    public record YearValue(int year, double value, Double target, Verdict verdict, String trend) {
    }

    /** The current year: its target, its value so far, the projection and the verdict on it. */
    public record Assessment(int year, boolean closed, Double target, Double actual, Projection projection, Verdict verdict,
            String trend) {
    }

    public static Verdict judge(Double value, Double target, String direction) {
        if (value == null || target == null) {
            return Verdict.NONE;
        }
        double miss = HIGHER_IS_BETTER.equals(direction) ? target - value : value - target;
        if (miss <= EPSILON * Math.max(1, Math.abs(target))) {
            return new Verdict(ON_TRACK, 0.0);
        }
        if (target == 0) {
            return new Verdict(OFF_TRACK, null);
        }
        double missPercent = miss / Math.abs(target) * 100;
        String status = missPercent <= AT_RISK_PERCENT + EPSILON ? AT_RISK : OFF_TRACK;
        return new Verdict(status, Math.round(missPercent * 10) / 10.0);
    }

    /** up, down or flat against the previous value; null without one. */
    public static String trend(Double previous, Double current) {
        if (previous == null || current == null) {
            return null;
        }
        double change = current - previous;
        if (Math.abs(change) <= Math.abs(previous) * FLAT_PERCENT / 100 + EPSILON) {
            return "flat";
        }
        return change > 0 ? "up" : "down";
    }

    /** Every year with a value, oldest first, each judged against its own target. */
    public static List<YearValue> years(NavigableMap<Integer, Double> values, IntFunction<Double> targetFor, String direction) {
        return values.entrySet().stream().map(e -> {
            Double target = targetFor.apply(e.getKey());
            Map.Entry<Integer, Double> before = values.lowerEntry(e.getKey());
            String trend = before != null && before.getKey() == e.getKey() - 1 ? trend(before.getValue(), e.getValue()) : null;
            return new YearValue(e.getKey(), e.getValue(), target, judge(e.getValue(), target, direction), trend);
        }).toList();
    }

    /**
     * The projection for the end of {@code year}, or null when there is nothing to project from.
     *
     * @param lowestValue the smallest value the KPI can take (1 for a rank), or null
     */
    public static Projection project(NavigableMap<Integer, Double> values, int year, Double lowestValue) {
        Double own = values.get(year);
        if (own != null) {
            return new Projection(own, "current-value", List.of(Integer.toString(year)));
        }
        Double last = values.get(year - 1);
        Double before = values.get(year - 2);
        if (last != null && before != null) {
            double projected = last + (last - before);
            if (lowestValue != null) {
                projected = Math.max(lowestValue, projected);
            }
            return new Projection(projected, "trend", List.of(Integer.toString(year - 2), Integer.toString(year - 1)));
        }
        if (last != null) {
            return new Projection(last, "last-value", List.of(Integer.toString(year - 1)));
        }
        return null;
    }

    /** The current year's assessment. */
    public static Assessment assess(NavigableMap<Integer, Double> values, int currentYear, IntFunction<Double> targetFor,
            String direction, Double lowestValue) {
        Double target = targetFor.apply(currentYear);
        Projection projection = project(values, currentYear, lowestValue);
        Verdict verdict = judge(projection == null ? null : projection.value(), target, direction);
        Double actual = values.get(currentYear);
        String trend = trend(values.get(currentYear - 1), projection == null ? null : projection.value());
        return new Assessment(currentYear, false, target, actual, projection, verdict, trend);
    }
}
