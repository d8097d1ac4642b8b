package no.kongsberg.vekst.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The least-squares fit on data whose true coefficients are known. */
class OlsTest {

    @Test
    void anExactRelationshipIsRecoveredExactlyWithNoError() {
        double[][] x = new double[20][];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            double a = i * 0.7 - 3;
            double b = Math.log(100 + i * i * 37.0);
            x[i] = new double[] {a, b};
            y[i] = 1.5 - 0.8 * a + 2.25 * b;
        }
        Ols.Fit fit = Ols.fit(x, y);
        assertArrayEquals(new double[] {1.5, -0.8, 2.25}, fit.coefficients(), 1e-9);
        assertEquals(1.0, fit.rSquared(), 1e-12);
        assertEquals(0.0, fit.residualStandardError(), 1e-9);
        for (double residual : fit.residuals()) {
            assertEquals(0.0, residual, 1e-9);
        }
    }

    @Test
    void aSimpleRegressionMatchesTheTextbookFormulas() {
        double[] xs = {1, 2, 3, 4, 5};
        double[] y = {2, 4, 5, 4, 5};
        Ols.Fit fit = Ols.fit(IntStream.range(0, 5).mapToObj(i -> new double[] {xs[i]}).toArray(double[][]::new), y);
        // slope = Sxy/Sxx = 6/10, intercept = 4 - 0.6*3; SSR = 2.4, s² = 0.8, se(slope) = sqrt(0.8/10).
        assertArrayEquals(new double[] {2.2, 0.6}, fit.coefficients(), 1e-12);
        assertEquals(Math.sqrt(0.08), fit.standardErrors()[1], 1e-12);
        assertEquals(Math.sqrt(0.8 * (1.0 / 5 + 9.0 / 10)), fit.standardErrors()[0], 1e-12);
        assertEquals(1 - 2.4 / 6.0, fit.rSquared(), 1e-12);
        assertEquals(-0.8, fit.residuals()[0], 1e-12);
    }

    @Test
    void theSyntheticNationsBuiltInRelationshipIsRecoveredWithinItsStandardErrors() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 357; i++) {
            codes.add(String.format("%04d", 1000 + i));
        }
        List<SyntheticNation.Place> places = SyntheticNation.generate(codes, 2019, 2024, 42);
        double[][] x = new double[places.size()][];
        double[] y = new double[places.size()];
        for (int i = 0; i < places.size(); i++) {
            SyntheticNation.Place p = places.get(i);
            int migration = IntStream.rangeClosed(2020, 2024).map(p::netMigrationIn).sum();
            x[i] = new double[] {100.0 * (p.jobsIn(2024) - p.jobsIn(2019)) / p.jobsIn(2019) / 5, Math.log(p.populationOn(2020))};
            y[i] = 100.0 * migration / p.populationOn(2020) / 5;
        }
        Ols.Fit fit = Ols.fit(x, y);
        double[] truth = {SyntheticNation.INTERCEPT, SyntheticNation.JOB_GROWTH, SyntheticNation.LOG_POPULATION};
        for (int k = 0; k < 3; k++) {
            double error = Math.abs(fit.coefficients()[k] - truth[k]);
            assertTrue(error < 3 * fit.standardErrors()[k], "coefficient " + k + " " + fit.coefficients()[k] + " ± "
                    + fit.standardErrors()[k] + " vs " + truth[k]);
        }
        assertEquals(SyntheticNation.NOISE, fit.residualStandardError(), 0.05);
        assertTrue(fit.rSquared() > 0.5 && fit.rSquared() < 0.95, "R² " + fit.rSquared());
    }

    @Test
    void theSameSeedGivesTheSameNation() {
        List<String> codes = List.of("0301", "3303", "5601");
        var first = SyntheticNation.generate(codes, 2015, 2025, 7);
        var again = SyntheticNation.generate(codes, 2015, 2025, 7);
        for (int i = 0; i < codes.size(); i++) {
            assertArrayEquals(first.get(i).jobs(), again.get(i).jobs());
            assertArrayEquals(first.get(i).netMigration(), again.get(i).netMigration());
            assertEquals(first.get(i).populationOn(2016) + first.get(i).netMigrationIn(2016), first.get(i).populationOn(2017));
        }
    }

    @Test
    void dependentRegressorsAndTooFewRowsAreRefused() {
        double[][] x = IntStream.range(0, 10).mapToObj(i -> new double[] {i, 2.0 * i}).toArray(double[][]::new);
        double[] y = IntStream.range(0, 10).mapToDouble(i -> i).toArray();
        assertThrows(Ols.SingularException.class, () -> Ols.fit(x, y));
        assertThrows(IllegalArgumentException.class, () -> Ols.fit(new double[][] {{1, 2}, {2, 3}, {3, 5}}, new double[] {1, 2, 3}));
    }
}
