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
        if (growth == null || start == null || start == 0) {
            return null;
        }
        return BigDecimal.valueOf(growth).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(start), 2, RoundingMode.HALF_UP).doubleValue();
    }
}
