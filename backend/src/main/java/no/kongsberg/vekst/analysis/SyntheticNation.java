package no.kongsberg.vekst.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A plausible, generated national dataset for the attractiveness analysis, with a known built-in
 * relationship: each municipality's yearly net migration rate (%) is
 * {@code INTERCEPT + JOB_GROWTH · jobGrowth + LOG_POPULATION · ln(population) + noise}. Sizes are
 * log-normal (median about 5,000), job growth normal around 0.5 % a year. Deterministic for a
 * seed. Never real figures: whatever loads them marks them as synthetic.
 */
public final class SyntheticNation {

    public static final double INTERCEPT = -1.2;
    public static final double JOB_GROWTH = 0.45;
    public static final double LOG_POPULATION = 0.15;
    /** Standard deviation of the noise, in percentage points a year. */
    public static final double NOISE = 0.35;

    /**
     * One municipality over the years {@code from}…{@code to}: population on 1 January of each year
     * from+1…to+1, net migration in each year from+1…to, and jobs by workplace in each year from…to.
     */
    public record Place(String code, int from, int to, int[] populationOnJanuaryFirst, int[] netMigration, int[] jobs) {

        /** Population on 1 January of {@code year} (from+1 … to+1). */
        public int populationOn(int year) {
            return populationOnJanuaryFirst[year - from - 1];
        }

        /** Net migration in {@code year} (from+1 … to). */
        public int netMigrationIn(int year) {
            return netMigration[year - from - 1];
        }

        /** Jobs by workplace in {@code year} (from … to). */
        public int jobsIn(int year) {
            return jobs[year - from];
        }
    }

    private SyntheticNation() {
    }

    /** A place for each code, over the span, from the seed. */
    public static List<Place> generate(List<String> codes, int from, int to, long seed) {
        Random random = new Random(seed);
        int years = to - from;
        List<Place> places = new ArrayList<>();
        for (String code : codes) {
            int population = (int) Math.round(Math.min(700_000, Math.max(200, Math.exp(8.5 + 1.1 * random.nextGaussian()))));
            double jobGrowth = 0.5 + 1.0 * random.nextGaussian();
            double rate = INTERCEPT + JOB_GROWTH * jobGrowth + LOG_POPULATION * Math.log(population) + NOISE * random.nextGaussian();
            int[] jobs = new int[years + 1];
            jobs[0] = Math.max(50, (int) Math.round(population * (0.35 + 0.25 * random.nextDouble())));
            for (int i = 1; i <= years; i++) {
                jobs[i] = Math.max(0, (int) Math.round(jobs[0] * (1 + jobGrowth / 100 * i)));
            }
            // The span's net migration, spread over its years with some wobble, summing to the total.
            int total = (int) Math.round(rate / 100 * population * years);
            int[] migration = new int[years];
            int spread = 0;
            for (int i = 0; i < years - 1; i++) {
                migration[i] = (int) Math.round(total / (double) years * (0.7 + 0.6 * random.nextDouble()));
                spread += migration[i];
            }
            migration[years - 1] = total - spread;
            int[] stocks = new int[years + 1];
            stocks[0] = population;
            for (int i = 1; i <= years; i++) {
                stocks[i] = Math.max(0, stocks[i - 1] + migration[i - 1]);
            }
            places.add(new Place(code, from, to, stocks, migration, jobs));
        }
        return places;
    }
}
