package no.kongsberg.vekst.analysis;

/**
 * Ordinary least squares with an intercept: y = b0 + b1·x1 + … + bk·xk + e. The coefficients come
 * from the normal equations (X'X)b = X'y, their standard errors from s²(X'X)⁻¹ with
 * s² = SSR / (n − k − 1). Small problems only (a few regressors, some hundred rows).
 */
public final class Ols {

    /** The fit: coefficients (intercept first) with standard errors, R², s, and each row's fitted value and residual. */
    public record Fit(double[] coefficients, double[] standardErrors, double rSquared, double residualStandardError,
            double[] fitted, double[] residuals) {
    }

    /** The regressors are singular (for example one is constant, or two move together exactly). */
    public static final class SingularException extends RuntimeException {
        SingularException() {
            super("The regressors are linearly dependent; the fit has no unique solution.");
        }
    }

    private Ols() {
    }

    /** Fits y on the columns of {@code x} (rows × regressors, without the intercept column). */
    public static Fit fit(double[][] x, double[] y) {
        int n = y.length;
        int k = (n == 0 ? 0 : x[0].length) + 1;
        if (n <= k) {
            throw new IllegalArgumentException("OLS with " + k + " coefficients needs more than " + k + " rows, not " + n + ".");
        }
        double[][] xtx = new double[k][k];
        double[] xty = new double[k];
        double[] row = new double[k];
        for (int i = 0; i < n; i++) {
            design(x[i], row);
            for (int a = 0; a < k; a++) {
                xty[a] += row[a] * y[i];
                for (int b = 0; b < k; b++) {
                    xtx[a][b] += row[a] * row[b];
                }
            }
        }
        double[][] inverse = invert(xtx);
        double[] beta = new double[k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                beta[a] += inverse[a][b] * xty[b];
            }
        }
        double mean = 0;
        for (double value : y) {
            mean += value / n;
        }
        double[] fitted = new double[n];
        double[] residuals = new double[n];
        double ssr = 0;
        double sst = 0;
        for (int i = 0; i < n; i++) {
            design(x[i], row);
            for (int a = 0; a < k; a++) {
                fitted[i] += row[a] * beta[a];
            }
            residuals[i] = y[i] - fitted[i];
            ssr += residuals[i] * residuals[i];
            sst += (y[i] - mean) * (y[i] - mean);
        }
        double s2 = ssr / (n - k);
        double[] se = new double[k];
        for (int a = 0; a < k; a++) {
            se[a] = Math.sqrt(s2 * inverse[a][a]);
        }
        double rSquared = sst == 0 ? 0 : Math.max(0, 1 - ssr / sst);
        return new Fit(beta, se, rSquared, Math.sqrt(s2), fitted, residuals);
    }

    private static void design(double[] regressors, double[] row) {
        row[0] = 1;
        System.arraycopy(regressors, 0, row, 1, regressors.length);
    }

    /** Gauss-Jordan elimination with partial pivoting; a pivot near zero relative to the matrix is singular. */
    static double[][] invert(double[][] matrix) {
        int k = matrix.length;
        double[][] a = new double[k][2 * k];
        double scale = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                a[i][j] = matrix[i][j];
                scale = Math.max(scale, Math.abs(matrix[i][j]));
            }
            a[i][k + i] = 1;
        }
        for (int column = 0; column < k; column++) {
            int pivot = column;
            for (int r = column + 1; r < k; r++) {
                if (Math.abs(a[r][column]) > Math.abs(a[pivot][column])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][column]) <= scale * 1e-12) {
                throw new SingularException();
            }
            double[] swap = a[column];
            a[column] = a[pivot];
            a[pivot] = swap;
            double divisor = a[column][column];
            for (int j = 0; j < 2 * k; j++) {
                a[column][j] /= divisor;
            }
            for (int r = 0; r < k; r++) {
                if (r != column && a[r][column] != 0) {
                    double factor = a[r][column];
                    for (int j = 0; j < 2 * k; j++) {
                        a[r][j] -= factor * a[column][j];
                    }
                }
            }
        }
        double[][] inverse = new double[k][k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(a[i], k, inverse[i], 0, k);
        }
        return inverse;
    }
}
