package no.kongsberg.vekst.population;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The growth arithmetic of the population figures, in one place. */
public final class Growth {

    private Growth() {
    }

    /** The change from start to end; null when either is missing. */
    public static Integer growth(Integer start, Integer end) {
        return start == null || end == null ? null : end - start;
    }

    /** {@code growth / start × 100}, rounded half up to 2 decimals; null when undefined. */
    public static Double percent(Integer growth, Integer start) {
        return ratio(growth, start, 100);
    }

    /** {@code growth / start × 1000}: growth per 1,000 residents, rounded half up to 2 decimals. */
    public static Double perThousand(Integer growth, Integer start) {
        return ratio(growth, start, 1000);
    }

    /** {@code amount / base × scale}, rounded half up to 2 decimals; null when undefined. */
    public static Double ratio(Number amount, Number base, int scale) {
        if (amount == null || base == null || base.doubleValue() == 0) {
            return null;
        }
        return BigDecimal.valueOf(amount.doubleValue()).multiply(BigDecimal.valueOf(scale))
                .divide(BigDecimal.valueOf(base.doubleValue()), 2, RoundingMode.HALF_UP).doubleValue();
    }

    /** A rate rounded half up to 2 decimals. */
    public static double round2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * The compound average growth per year, in %, of periods that grew by the given factors
     * ({@code 1 + growth / start} each) over {@code years} years; null without any.
     */
    public static Double compoundPercent(double product, double years) {
        if (years <= 0 || product <= 0) {
            return null;
        }
        return round2((Math.pow(product, 1 / years) - 1) * 100);
    }

    /** {@code start × (1 + percent/100)^years}, rounded to whole persons. */
    public static int compound(int start, double percent, int years) {
        return (int) Math.round(start * Math.pow(1 + percent / 100, years));
    }

    /** {@code start} grown by each year's percentage from {@code fromYear} for {@code years} years, rounded. */
    public static int compound(int start, int fromYear, int years, java.util.function.IntToDoubleFunction percentFor) {
        double value = start;
        for (int year = fromYear; year < fromYear + years; year++) {
            value *= 1 + percentFor.applyAsDouble(year) / 100;
        }
        return (int) Math.round(value);
    }

    /**
     * Whether a residual between stocks and flows breaks the series: more than 10 persons and more
     * than 0.1 % of the population (the import's series-break rule too).
     */
    public static boolean isSeriesBreak(Integer residual, Integer population) {
        return residual != null && Math.abs(residual) > Math.max(10, 0.001 * (population == null ? 0 : population));
    }
}
