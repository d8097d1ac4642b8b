package no.kongsberg.vekst.population.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import no.kongsberg.vekst.municipalities.BoundaryChangesResource.BoundaryChangeView;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;

/** Properties of the population arithmetic, over generated series. */
class SeriesArithmeticPropertiesTest {

    static final MunicipalityRef PLACE = new MunicipalityRef("1811", "Bindal");
    static final int FIRST_YEAR = 2000;

    /** One year's made-up components. */
    record Year(int births, int deaths, int inMigration, int outMigration, int immigration, int emigration) {
        int growth() {
            return births - deaths + inMigration - outMigration + immigration - emigration;
        }
    }

    @Provide
    Arbitrary<Year> year() {
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 400);
        Arbitrary<Integer> migration = Arbitraries.integers().between(0, 2000);
        return Combinators.combine(small, small, migration, migration, small, small).as(Year::new);
    }

    @Provide
    Arbitrary<List<Year>> years() {
        return year().list().ofMinSize(2).ofMaxSize(15);
    }

    /**
     * Yearly stocks on 1 January and the flows of each year; in year {@code changeYear} the stocks
     * also jump by {@code jump} persons that no flow explains.
     */
    static MunicipalityData data(int startPopulation, List<Year> years, boolean withFlows, int changeYear, int jump,
            List<BoundaryChangeView> changes) {
        Map<LocalDate, Integer> stocks = new HashMap<>();
        Map<String, MunicipalityData.Flows> flows = new HashMap<>();
        int population = startPopulation;
        for (int i = 0; i < years.size(); i++) {
            int year = FIRST_YEAR + i;
            stocks.put(LocalDate.of(year, 1, 1), population);
            Year y = years.get(i);
            if (withFlows) {
                flows.put(Integer.toString(year), new MunicipalityData.Flows(Map.of("births", y.births(), "deaths", y.deaths(),
                        "inMigration", y.inMigration(), "outMigration", y.outMigration(), "immigration", y.immigration(),
                        "emigration", y.emigration()), Map.of()));
            }
            population += y.growth() + (year == changeYear ? jump : 0);
        }
        stocks.put(LocalDate.of(FIRST_YEAR + years.size(), 1, 1), population);
        return new MunicipalityData(PLACE, stocks, flows, changes, List.of());
    }

    static BoundaryChangeView change(int year, int persons) {
        return new BoundaryChangeView(UUID.randomUUID(), LocalDate.of(year, 1, 1).plusYears(1), "Nabo", null, persons, null,
                "admin", Instant.now());
    }

    @Property
    void stocksAndFlowsReconcileUpToTheAdjustment(@ForAll("years") List<Year> years,
            @ForAll @IntRange(min = 1000, max = 200000) int start, @ForAll @IntRange(min = -5000, max = 5000) int jump,
            @ForAll @IntRange(min = 0, max = 14) int changeIndex) {
        int changeYear = FIRST_YEAR + changeIndex % years.size();
        List<Point> points = SeriesArithmetic.points(data(start, years, true, changeYear, jump, List.of()), Granularity.YEAR);
        assertEquals(years.size() + 1, points.size(), "every year, and the last 1 January's own period");
        for (int i = 0; i < years.size(); i++) {
            Point point = points.get(i);
            assertEquals(years.get(i).growth(), point.growth(), "growth is the flows' figure");
            assertEquals(point.populationEnd() - point.populationStart(), point.growth() + point.adjustment(),
                    "end − start = growth + adjustment");
            assertEquals(point.naturalIncrease() + point.netMigration(), point.growth());
            assertEquals(point.domesticNetMigration() + point.internationalNetMigration(), point.netMigration());
            int expectedAdjustment = FIRST_YEAR + i == changeYear ? jump : 0;
            assertEquals(expectedAdjustment, point.adjustment());
            assertEquals(Math.abs(expectedAdjustment) > Math.max(10, 0.001 * point.populationStart()), point.seriesBreak());
        }
    }

    @Property
    void compoundGrowthOfConsecutiveYearsIsTheGeometricMean(@ForAll("years") List<Year> years,
            @ForAll @IntRange(min = 50000, max = 200000) int start) {
        List<Point> points = SeriesArithmetic.points(data(start, years, true, 0, 0, List.of()), Granularity.YEAR);
        SeriesArithmetic.Average average = SeriesArithmetic.average(points, Granularity.YEAR);
        Point last = points.get(points.size() - 1);
        double expected = (Math.pow((double) last.populationStart() / start, 1.0 / years.size()) - 1) * 100;
        assertEquals(years.size(), average.years(), 1e-9);
        assertEquals(expected, average.compoundPercent(), 0.005 + 1e-9, "rounded to 2 decimals");
        assertEquals(last.populationStart() - start, average.organicGrowth());
    }

    /**
     * With no births, deaths or migration at all, a boundary change (recorded, or seen as a
     * residual between stocks and flows) leaves every growth figure at zero.
     */
    @Property
    void aBoundaryChangeNeverBecomesGrowth(@ForAll @IntRange(min = 2, max = 15) int yearCount,
            @ForAll @IntRange(min = 5000, max = 100000) int start, @ForAll @IntRange(min = -3000, max = 3000) int jump,
            @ForAll @IntRange(min = 0, max = 14) int changeIndex, @ForAll boolean withFlows) {
        List<Year> still = new ArrayList<>();
        for (int i = 0; i < yearCount; i++) {
            still.add(new Year(0, 0, 0, 0, 0, 0));
        }
        int changeYear = FIRST_YEAR + changeIndex % yearCount;
        // Without flows only a recorded change tells the jump apart from growth.
        List<BoundaryChangeView> recorded = withFlows ? List.of() : List.of(change(changeYear, jump));
        List<Point> points = SeriesArithmetic.points(data(start, still, withFlows, changeYear, jump, recorded), Granularity.YEAR);
        for (Point point : points.subList(0, yearCount)) {
            assertEquals(0, point.growth(), point.period());
            assertEquals(0.0, point.growthPercent(), point.period());
            assertEquals(0.0, point.growthPer1000(), point.period());
        }
        Point changed = points.get(changeIndex % yearCount);
        assertEquals(jump, changed.adjustment());
        assertTrue(!withFlows || changed.seriesBreak() == Math.abs(jump) > Math.max(10, 0.001 * start));
        assertTrue(withFlows || changed.seriesBreak(), "a recorded change always breaks the series");

        SeriesArithmetic.Average average = SeriesArithmetic.average(points, Granularity.YEAR);
        assertEquals(0, average.organicGrowth());
        assertEquals(0.0, average.compoundPercent());
        assertEquals(jump, average.adjustments());

        Targets.TargetTrack track = Targets.track(points, FIRST_YEAR, FIRST_YEAR + yearCount - 1, year -> 1.0, year -> 350);
        assertEquals(0, track.years().get(yearCount - 1).cumulativeGrowth());

        Comparison.Figures figures = Comparison.figures(points, FIRST_YEAR, FIRST_YEAR + yearCount - 1);
        assertEquals(0, figures.growth());
        assertEquals(0.0, figures.growthPercent());
        assertEquals(0.0, figures.growthPer1000());

        Projection.Result projection = Projection.project(points, 5, FIRST_YEAR + yearCount + 5, FIRST_YEAR, year -> 1.0);
        assertEquals(0.0, projection.trendGrowthPercent());
        assertEquals(projection.base().population(), projection.projectedPopulation(), "a flat trend stays flat");
    }

    @Property
    void aGroupsSeriesIsTheSumOfItsMembers(@ForAll @Size(min = 1, max = 6) List<@IntRange(min = 500, max = 90000) Integer> starts,
            @ForAll("years") List<Year> years) {
        List<SeriesArithmetic.Member> members = new ArrayList<>();
        for (int m = 0; m < starts.size(); m++) {
            // Each member its own variation of the years: shifted by its index.
            List<Year> own = new ArrayList<>(years.subList(m % years.size(), years.size()));
            own.addAll(years.subList(0, m % years.size()));
            MunicipalityData data = data(starts.get(m), own, m % 2 == 0, 0, 0, List.of());
            MunicipalityRef ref = new MunicipalityRef(String.format("%04d", 1811 + m), "M" + m);
            members.add(new SeriesArithmetic.Member(ref, SeriesArithmetic.points(
                    new MunicipalityData(ref, data.stocks(), data.flows(), List.of(), List.of()), Granularity.YEAR)));
        }
        SeriesArithmetic.Summed summed = SeriesArithmetic.sum(members);
        assertEquals(years.size() + 1, summed.points().size());
        List<Function<Point, Integer>> fields = List.of(Point::populationStart, Point::populationEnd, Point::growth,
                Point::adjustment);
        for (int i = 0; i < summed.points().size(); i++) {
            Point total = summed.points().get(i);
            for (Function<Point, Integer> field : fields) {
                Integer expected = null;
                for (SeriesArithmetic.Member member : members) {
                    Integer value = field.apply(member.points().get(i));
                    if (value != null) {
                        expected = (expected == null ? 0 : expected) + value;
                    }
                }
                assertEquals(expected, field.apply(total), total.period());
            }
        }
        assertTrue(summed.notes().isEmpty(), "every member has every period: " + summed.notes());
        assertNotNull(summed.points().get(0).populationStart());
    }
}
