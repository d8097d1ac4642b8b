package no.kongsberg.vekst.population.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;
import org.junit.jupiter.api.Test;

/** The figures' rules on small constructed examples. */
class FiguresExamplesTest {

    private static final MunicipalityRef SMALL = new MunicipalityRef("1815", "Vega");
    private static final MunicipalityRef LARGE = new MunicipalityRef("1804", "Bodø");

    private static MunicipalityData stocks(MunicipalityRef place, Object... dateAndPopulation) {
        Map<LocalDate, Integer> stocks = new HashMap<>();
        for (int i = 0; i < dateAndPopulation.length; i += 2) {
            stocks.put(LocalDate.parse((String) dateAndPopulation[i]), (Integer) dateAndPopulation[i + 1]);
        }
        return new MunicipalityData(place, stocks, Map.of(), List.of(), List.of());
    }

    @Test
    void aStockOnTheLastDayOfAPeriodCountsAsTheFirstDayOfTheNext() {
        MunicipalityData data = stocks(SMALL, "2023-12-31", 1200, "2024-03-31", 1210, "2024-06-30", 1215, "2024-07-01", 1216);
        List<Point> quarters = SeriesArithmetic.points(data, Granularity.QUARTER);
        assertEquals(List.of("2024-Q1", "2024-Q2", "2024-Q3"), quarters.stream().map(Point::period).toList());
        assertEquals(1200, quarters.get(0).populationStart());
        assertEquals(10, quarters.get(0).growth());
        assertEquals(1216, quarters.get(1).populationEnd(), "a stock on 1 July wins over one on 30 June");
        List<Point> years = SeriesArithmetic.points(data, Granularity.YEAR);
        assertEquals("2024", years.get(0).period());
        assertEquals(1200, years.get(0).populationStart(), "31 December counts as 1 January");
    }

    @Test
    void aYearWithoutItsOwnFlowsSumsItsFourQuarters() {
        Map<String, MunicipalityData.Flows> flows = new HashMap<>();
        for (int q = 1; q <= 4; q++) {
            flows.put("2023-Q" + q, new MunicipalityData.Flows(Map.of("births", q, "deaths", 1), Map.of()));
        }
        flows.put("2023", new MunicipalityData.Flows(Map.of("deaths", 5), Map.of("births", "..")));
        Point year = SeriesArithmetic.points(new MunicipalityData(SMALL, Map.of(), flows, List.of(), List.of()), Granularity.YEAR)
                .get(0);
        assertEquals(10, year.births(), "1 + 2 + 3 + 4");
        assertEquals(5, year.deaths(), "the year's own figure wins");
        assertEquals(Map.of(), year.missing(), "the sum of the quarters replaces the missing value");
        assertEquals(5, year.naturalIncrease());
    }

    @Test
    void comparisonNormalisesPerThousandAndRanksWithTiesAndUnknownsLast() {
        List<Point> small = SeriesArithmetic.points(stocks(SMALL, "2022-01-01", 1000, "2023-01-01", 1010, "2024-01-01", 1030),
                Granularity.YEAR);
        List<Point> large = SeriesArithmetic.points(stocks(LARGE, "2022-01-01", 100000, "2023-01-01", 101000, "2024-01-01",
                102515), Granularity.YEAR);
        MunicipalityRef none = new MunicipalityRef("1816", "Vevelstad");
        List<Point> empty = SeriesArithmetic.points(stocks(none, "2022-01-01", 500), Granularity.YEAR);

        Comparison.Figures smallFigures = Comparison.figures(small, 2022, 2023);
        assertEquals(30, smallFigures.growth());
        assertEquals(15.0, smallFigures.growthPer1000(), "30 persons ÷ 2 years ÷ 1,000 residents × 1,000");
        assertEquals(1.49, smallFigures.growthPercent(), "√1.03 − 1");
        Comparison.Figures largeFigures = Comparison.figures(large, 2022, 2023);
        assertEquals(12.58, largeFigures.growthPer1000());
        assertEquals(List.of("2022", "2023"), Comparison.missingYears(empty, 2022, 2023), "a start alone is no growth");

        List<Comparison.Row> rows = List.of(
                new Comparison.Row(null, LARGE, false, true, largeFigures, List.of()),
                new Comparison.Row(null, none, false, true, Comparison.figures(empty, 2022, 2023), List.of("2022", "2023")),
                new Comparison.Row(null, SMALL, true, false, smallFigures, List.of()));
        List<Comparison.Row> byRate = Comparison.rank(rows, "growthPer1000");
        assertEquals(List.of("Vega", "Bodø", "Vevelstad"), byRate.stream().map(r -> r.municipality().name()).toList());
        assertEquals(1, byRate.get(0).rank());
        assertEquals(2, byRate.get(1).rank());
        assertNull(byRate.get(2).rank());
        List<Comparison.Row> bySize = Comparison.rank(rows, "growth");
        assertEquals("Bodø", bySize.get(0).municipality().name(), "in persons the large place ranks first");

        Comparison.Figures tie = new Comparison.Figures(1, 1, 1, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0, 0);
        List<Comparison.Row> tied = Comparison.rank(List.of(new Comparison.Row(null, SMALL, false, true, tie, List.of()),
                new Comparison.Row(null, LARGE, false, true, tie, List.of())), "growthPercent");
        assertEquals(List.of(1, 1), tied.stream().map(Comparison.Row::rank).toList());
    }

    @Test
    void aGroupNotesTheMembersThatLackAPeriod() {
        List<Point> small = SeriesArithmetic.points(stocks(SMALL, "2022-01-01", 1000, "2023-01-01", 1010, "2024-01-01", 1030),
                Granularity.YEAR);
        List<Point> large = SeriesArithmetic.points(stocks(LARGE, "2023-01-01", 101000, "2024-01-01", 102515), Granularity.YEAR);
        SeriesArithmetic.Summed summed = SeriesArithmetic.sum(List.of(new SeriesArithmetic.Member(SMALL, small),
                new SeriesArithmetic.Member(LARGE, large)));
        assertEquals(1000, summed.points().get(0).populationStart(), "2022: only Vega");
        assertEquals(102010, summed.points().get(1).populationStart());
        assertEquals(1535, summed.points().get(1).growth());
        assertEquals(1, summed.notes().size());
        assertEquals(LARGE, summed.notes().get(0).municipality());
        assertEquals(List.of("2022"), summed.notes().get(0).periods());
    }

    @Test
    void theProjectionSaysWhenThePopulationFallsBehindTheTargetPath() {
        List<Point> yearly = SeriesArithmetic.points(stocks(LARGE, "2019-01-01", 10000, "2020-01-01", 10100, "2021-01-01", 10201,
                "2022-01-01", 10250, "2023-01-01", 10300, "2024-01-01", 10350), Granularity.YEAR);
        Projection.Result result = Projection.project(yearly, 5, 2030, 2019, year -> 1.0);
        assertEquals("2024", result.base().year());
        assertEquals("2019", result.trendFrom());
        assertEquals("2023", result.trendTo());
        assertEquals(0.69, result.trendGrowthPercent(), "(10350 / 10000)^(1/5) − 1");
        assertEquals(11157, result.targetPopulation(), "10000 × 1.01^11");
        assertEquals(10786, result.projectedPopulation(), "10350 × 1.0069^6");
        assertEquals("behind", result.verdict());
        assertEquals("2022", result.divergesIn(), "on the path in 2021, below it from 2022 on");

        Projection.Result fast = Projection.project(SeriesArithmetic.points(stocks(LARGE, "2019-01-01", 10000, "2020-01-01",
                10200, "2021-01-01", 10400), Granularity.YEAR), 5, 2030, 2019, year -> 1.0);
        assertEquals("on-track", fast.verdict());
        assertNull(fast.divergesIn());

        Projection.Result tooShort = Projection.project(SeriesArithmetic.points(stocks(LARGE, "2023-01-01", 10000, "2024-01-01",
                10200), Granularity.YEAR), 5, 2030, 2019, year -> 1.0);
        assertEquals("insufficient-data", tooShort.verdict());
    }

    @Test
    void eachYearIsMeasuredAgainstItsOwnTarget() {
        List<Point> yearly = SeriesArithmetic.points(stocks(LARGE, "2019-01-01", 10000, "2020-01-01", 10100, "2021-01-01", 10201),
                Granularity.YEAR);
        Targets.TargetTrack track = Targets.track(yearly, 2019, 2020, year -> year == 2019 ? 1.0 : 2.0,
                year -> year == 2019 ? 350 : 400);
        assertEquals(2.0, track.growthPercent(), "the last year's target");
        assertEquals(400, track.netInMigration());
        assertEquals(List.of(100, 202), track.years().stream().map(Targets.TargetYear::targetGrowth).toList(), "1 % of 10000, 2 % of 10100");
        assertEquals(List.of(10100, 10302), track.years().stream().map(Targets.TargetYear::targetPopulationEnd).toList(),
                "10000 × 1.01, then × 1.02");
        assertEquals(302, track.years().get(1).cumulativeTargetGrowth());
        assertEquals(List.of(350, 400), track.years().stream().map(Targets.TargetYear::netMigrationTarget).toList());
        assertEquals(-101, track.years().get(1).growthGap(), "grew 101 against a target of 202");
    }
}
