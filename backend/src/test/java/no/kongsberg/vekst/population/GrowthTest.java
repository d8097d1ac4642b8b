package no.kongsberg.vekst.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GrowthTest {

    @ParameterizedTest(name = "{0} → {1}: growth {2}, {3} %")
    @CsvSource({
        // Kongsberg's corrected series (kongsberg.no)
        "27879, 28275, 396, 1.42",
        "27694, 27879, 185, 0.67",
        "27723, 27694, -29, -0.10",
        "26406, 26711, 305, 1.16",
        // rounding half up at the second decimal: 1/800 = 0.125 %, 1/3 = 33.333… %
        "800, 801, 1, 0.13",
        "3, 4, 1, 33.33",
        "200, 199, -1, -0.50",
        "1000, 1000, 0, 0.00",
    })
    void growthAndPercent(int start, int end, int growth, double percent) {
        assertEquals(growth, Growth.growth(start, end));
        assertEquals(percent, Growth.percent(growth, start), 1e-9);
    }

    @Test
    void missingEndsGiveNoGrowth() {
        assertNull(Growth.growth(null, 28275));
        assertNull(Growth.growth(28275, null));
        assertNull(Growth.percent(null, 28275));
        assertNull(Growth.percent(10, null));
        assertNull(Growth.percent(10, 0));
    }

    /** Properties over random populations: the percent has two decimals and is within half a hundredth of the exact value. */
    @Test
    void percentIsTheExactValueRoundedToTwoDecimals() {
        Random random = new Random(20261123);
        for (int i = 0; i < 10_000; i++) {
            int start = 1 + random.nextInt(1_000_000);
            int end = random.nextInt(1_000_000);
            Integer growth = Growth.growth(start, end);
            assertEquals(end - start, growth);
            double percent = Growth.percent(growth, start);
            double exact = 100.0 * growth / start;
            assertTrue(Math.abs(percent - exact) <= 0.005 + 1e-9, () -> start + "→" + end + ": " + percent + " vs " + exact);
            assertEquals(percent, Math.round(percent * 100) / 100.0, 1e-9);
        }
    }
}
