package no.kongsberg.vekst.kpis;

import static no.kongsberg.vekst.kpis.KpiStatusRule.AT_RISK;
import static no.kongsberg.vekst.kpis.KpiStatusRule.HIGHER_IS_BETTER;
import static no.kongsberg.vekst.kpis.KpiStatusRule.LOWER_IS_BETTER;
import static no.kongsberg.vekst.kpis.KpiStatusRule.NO_DATA;
import static no.kongsberg.vekst.kpis.KpiStatusRule.OFF_TRACK;
import static no.kongsberg.vekst.kpis.KpiStatusRule.ON_TRACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each status reached on constructed cases, in both directions, for closed years and the current one. */
class KpiStatusRuleTest {

    @Test
    void higherIsBetterMeetsMissesALittleOrMissesALot() {
        assertEquals(ON_TRACK, KpiStatusRule.judge(350.0, 350.0, HIGHER_IS_BETTER).status());
        assertEquals(0.0, KpiStatusRule.judge(400.0, 350.0, HIGHER_IS_BETTER).missPercent());
        // 10 % of 350 is 35: a miss of exactly that is still only at risk.
        assertEquals(new KpiStatusRule.Verdict(AT_RISK, 10.0), KpiStatusRule.judge(315.0, 350.0, HIGHER_IS_BETTER));
        assertEquals(OFF_TRACK, KpiStatusRule.judge(314.0, 350.0, HIGHER_IS_BETTER).status());
        // Percent targets: 0.9 % against 1 % misses by 10 % of the target.
        assertEquals(AT_RISK, KpiStatusRule.judge(0.9, 1.0, HIGHER_IS_BETTER).status());
        assertEquals(OFF_TRACK, KpiStatusRule.judge(-0.2, 1.0, HIGHER_IS_BETTER).status());
    }

    @Test
    void lowerIsBetterTurnsTheComparisonAround() {
        assertEquals(ON_TRACK, KpiStatusRule.judge(1.0, 10.0, LOWER_IS_BETTER).status());
        assertEquals(ON_TRACK, KpiStatusRule.judge(10.0, 10.0, LOWER_IS_BETTER).status());
        assertEquals(new KpiStatusRule.Verdict(AT_RISK, 10.0), KpiStatusRule.judge(11.0, 10.0, LOWER_IS_BETTER));
        assertEquals(new KpiStatusRule.Verdict(OFF_TRACK, 20.0), KpiStatusRule.judge(12.0, 10.0, LOWER_IS_BETTER));
    }

    @Test
    void noValueOrNoTargetIsNoData() {
        assertEquals(NO_DATA, KpiStatusRule.judge(null, 10.0, HIGHER_IS_BETTER).status());
        assertEquals(NO_DATA, KpiStatusRule.judge(10.0, null, HIGHER_IS_BETTER).status());
        assertNull(KpiStatusRule.judge(10.0, null, HIGHER_IS_BETTER).missPercent());
        // A target of 0 has no percentage to miss by: any miss is off track.
        assertEquals(new KpiStatusRule.Verdict(OFF_TRACK, null), KpiStatusRule.judge(-1.0, 0.0, HIGHER_IS_BETTER));
        assertEquals(ON_TRACK, KpiStatusRule.judge(0.0, 0.0, HIGHER_IS_BETTER).status());
    }

    @Test
    void trendIsFlatWithinOnePercentOfThePreviousValue() {
        assertEquals("flat", KpiStatusRule.trend(300.0, 303.0));
        assertEquals("flat", KpiStatusRule.trend(300.0, 297.0));
        assertEquals("up", KpiStatusRule.trend(300.0, 303.5));
        assertEquals("down", KpiStatusRule.trend(300.0, 296.5));
        assertEquals("down", KpiStatusRule.trend(-100.0, -102.0));
        assertEquals("flat", KpiStatusRule.trend(0.0, 0.0));
        assertEquals("up", KpiStatusRule.trend(0.0, 0.5));
        assertNull(KpiStatusRule.trend(null, 5.0));
    }

    @Test
    void closedYearsAreJudgedByTheirOwnValueAndTarget() {
        TreeMap<Integer, Double> values = new TreeMap<>(Map.of(2021, 300.0, 2022, 340.0, 2024, 200.0));
        Map<Integer, Double> targets = Map.of(2021, 350.0, 2022, 350.0);
        List<KpiStatusRule.YearValue> years = KpiStatusRule.years(values, targets::get, HIGHER_IS_BETTER);
        assertEquals(List.of(OFF_TRACK, AT_RISK, NO_DATA), years.stream().map(y -> y.verdict().status()).toList());
        assertNull(years.get(0).trend(), "no year before 2021");
        assertEquals("up", years.get(1).trend());
        assertNull(years.get(2).trend(), "2023 is missing, so 2024 has no previous year");
    }

    @Test
    void theCurrentYearIsJudgedByItsProjection() {
        Map<Integer, Double> targets = Map.of(2026, 80.0);
        // Two years before: the trend carries on (70 + (70 - 60) = 80): on track.
        KpiStatusRule.Assessment trend = KpiStatusRule.assess(new TreeMap<>(Map.of(2024, 60.0, 2025, 70.0)), 2026, targets::get,
                HIGHER_IS_BETTER, null);
        assertEquals(new KpiStatusRule.Projection(80.0, "trend", List.of("2024", "2025")), trend.projection());
        assertEquals(ON_TRACK, trend.verdict().status());
        assertEquals("up", trend.trend());
        assertNull(trend.actual());
        // Only last year: it stands (70 misses 80 by 12.5 %): off track.
        KpiStatusRule.Assessment last = KpiStatusRule.assess(new TreeMap<>(Map.of(2025, 70.0)), 2026, targets::get,
                HIGHER_IS_BETTER, null);
        assertEquals("last-value", last.projection().method());
        assertEquals(new KpiStatusRule.Verdict(OFF_TRACK, 12.5), last.verdict());
        // The year's own value wins over the trend: 75 misses by 6.25 %: at risk.
        KpiStatusRule.Assessment own = KpiStatusRule.assess(new TreeMap<>(Map.of(2024, 60.0, 2025, 70.0, 2026, 75.0)), 2026,
                targets::get, HIGHER_IS_BETTER, null);
        assertEquals("current-value", own.projection().method());
        assertEquals(AT_RISK, own.verdict().status());
        assertEquals(75.0, own.actual());
        // Nothing recent to project from: no data.
        KpiStatusRule.Assessment none = KpiStatusRule.assess(new TreeMap<>(Map.of(2021, 1.0)), 2026, targets::get,
                HIGHER_IS_BETTER, null);
        assertNull(none.projection());
        assertEquals(NO_DATA, none.verdict().status());
    }

    @Test
    void aRankIsNeverProjectedAboveFirstPlace() {
        KpiStatusRule.Assessment rank = KpiStatusRule.assess(new TreeMap<>(Map.of(2024, 5.0, 2025, 2.0)), 2026,
                Map.of(2026, 3.0)::get, LOWER_IS_BETTER, 1.0);
        assertEquals(1.0, rank.projection().value());
        assertEquals(ON_TRACK, rank.verdict().status());
        assertEquals("down", rank.trend());
        KpiStatusRule.Assessment worse = KpiStatusRule.assess(new TreeMap<>(Map.of(2024, 8.0, 2025, 10.0)), 2026,
                Map.of(2026, 10.0)::get, LOWER_IS_BETTER, 1.0);
        assertEquals(new KpiStatusRule.Verdict(OFF_TRACK, 20.0), worse.verdict());
    }
}
