package no.kongsberg.vekst.kpis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The status rule's laws, over many values and targets. */
class KpiStatusRulePropertiesTest {

    private static final List<String> BEST_FIRST = List.of(KpiStatusRule.ON_TRACK, KpiStatusRule.AT_RISK, KpiStatusRule.OFF_TRACK);

    @Property
    void aBetterValueNeverGetsAWorseStatus(@ForAll @DoubleRange(min = -1e6, max = 1e6) double value,
            @ForAll @DoubleRange(min = 0, max = 1e6) double improvement, @ForAll @DoubleRange(min = -1e6, max = 1e6) double target) {
        int before = BEST_FIRST.indexOf(KpiStatusRule.judge(value, target, KpiStatusRule.HIGHER_IS_BETTER).status());
        int after = BEST_FIRST.indexOf(KpiStatusRule.judge(value + improvement, target, KpiStatusRule.HIGHER_IS_BETTER).status());
        assertTrue(after <= before, value + " → " + (value + improvement) + " against " + target);
        int lowerBefore = BEST_FIRST.indexOf(KpiStatusRule.judge(value, target, KpiStatusRule.LOWER_IS_BETTER).status());
        int lowerAfter = BEST_FIRST.indexOf(KpiStatusRule.judge(value - improvement, target, KpiStatusRule.LOWER_IS_BETTER).status());
        assertTrue(lowerAfter <= lowerBefore, "lower is better: " + value + " → " + (value - improvement));
    }

    @Property
    void theDirectionsMirrorEachOther(@ForAll @DoubleRange(min = -1e6, max = 1e6) double value,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double target) {
        assertEquals(KpiStatusRule.judge(value, target, KpiStatusRule.HIGHER_IS_BETTER),
                KpiStatusRule.judge(-value, -target, KpiStatusRule.LOWER_IS_BETTER));
    }

    @Property
    void missingByAWholePercentOfTheTargetGivesThatStatus(@ForAll @IntRange(min = 1, max = 100_000) int target,
            @ForAll @IntRange(min = 0, max = 30) int missPercent) {
        double value = target - target * missPercent / 100.0;
        String expected = missPercent == 0 ? KpiStatusRule.ON_TRACK : missPercent <= 10 ? KpiStatusRule.AT_RISK : KpiStatusRule.OFF_TRACK;
        KpiStatusRule.Verdict verdict = KpiStatusRule.judge(value, (double) target, KpiStatusRule.HIGHER_IS_BETTER);
        assertEquals(expected, verdict.status());
        assertEquals(missPercent, verdict.missPercent(), 0.05);
    }
}
