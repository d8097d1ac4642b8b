package no.kongsberg.vekst.financing;

import no.kongsberg.vekst.partners.Agreements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.kongsberg.vekst.financing.FinancingArithmetic.AgreementFact;
import no.kongsberg.vekst.financing.FinancingArithmetic.Financing;
import no.kongsberg.vekst.financing.FinancingArithmetic.Input;
import no.kongsberg.vekst.financing.FinancingArithmetic.NotRenewed;
import no.kongsberg.vekst.financing.FinancingArithmetic.SeriesPoint;
import no.kongsberg.vekst.financing.FinancingArithmetic.TierFact;
import no.kongsberg.vekst.partners.Partner;

/**
 * Properties of the financing arithmetic over generated agreements, tiers and contributions. Named
 * *Test so that Surefire runs it with the rest of the suite (its default includes skip *Properties).
 */
class FinancingArithmeticPropertiesTest {

    static final int YEAR = 2030;
    static final List<String> STATUSES = List.of("draft", "sent", "signed", "invoiced", "paid", "cancelled");
    static final List<TierFact> TIERS = List.of(new TierFact("gold", "Gull", 100_000), new TierFact("bronze", "Bronse", 15_000),
            new TierFact("silver", "Sølv", 50_000));

    record PartnerFact(UUID id, String name, String sector) {
    }

    /** A generated agreement: which partner (by index), year offset from YEAR, tier, status and amounts. */
    record Draw(int partner, int yearsBack, int tier, String status, long cash, long inKind) {
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<Draw> draw = Combinators.combine(Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, TIERS.size() - 1), Arbitraries.of(STATUSES),
                Arbitraries.longs().between(0, 200_000), Arbitraries.longs().between(0, 200_000)).as(Draw::new);
        Arbitrary<Map<Integer, Long>> contributions = Arbitraries.maps(Arbitraries.integers().between(YEAR - 6, YEAR),
                Arbitraries.longs().between(0, 5_000_000)).ofMaxSize(7);
        return Combinators.combine(draw.list().ofMaxSize(60), contributions, Arbitraries.longs().between(0, 5_000_000),
                Arbitraries.integers().between(YEAR - 5, YEAR + 1)).as((draws, contribution, target, start) -> {
                    List<PartnerFact> partners = new ArrayList<>();
                    for (int i = 0; i < 12; i++) {
                        // Names in an order unlike the ids' or the input's.
                        partners.add(new PartnerFact(UUID.randomUUID(), "Partner " + (char) ('Z' - i) + " AS",
                                Partner.SECTORS.get(i % Partner.SECTORS.size())));
                    }
                    List<AgreementFact> agreements = draws.stream().map(d -> {
                        PartnerFact p = partners.get(d.partner());
                        return new AgreementFact(p.id(), p.name(), p.sector(), YEAR - d.yearsBack(), TIERS.get(d.tier()).key(),
                                d.status(), d.cash(), d.inKind());
                    }).toList();
                    Integer first = agreements.stream().map(AgreementFact::year).min(Integer::compare).orElse(null);
                    return new Input(YEAR, y -> target, start, first, contribution, TIERS, Partner.SECTORS, agreements);
                });
    }

    @Property
    void turnoverIsContributionPlusCashPlusInKind(@ForAll("inputs") Input input) {
        Financing f = FinancingArithmetic.overview(input);
        long contribution = input.contributions().getOrDefault(YEAR, 0L);
        assertEquals(contribution, f.municipalityContributionNok());
        assertEquals(contribution + f.partners().cashNok() + f.partners().inKindNok(), f.turnoverNok());
        assertEquals(f.partners().cashNok() + f.partners().inKindNok(), f.partners().totalNok());
        assertEquals(Math.max(0, input.targetNokFor().applyAsLong(input.year()) - f.turnoverNok()), f.remainingNok());
        if (f.turnoverNok() == 0) {
            assertNull(f.partnersSharePercent());
        } else {
            assertTrue(f.partnersSharePercent() >= 0 && f.partnersSharePercent() <= 100);
        }
        if (input.targetNokFor().applyAsLong(input.year()) == 0) {
            assertEquals(0.0, f.progressPercent());
        } else {
            // The contract caps progress at 1 000 000 % (a target of a few kroner).
            assertEquals(Math.min(1_000_000, FinancingArithmetic.percent(f.turnoverNok(), input.targetNokFor().applyAsLong(input.year()))), f.progressPercent());
        }
    }

    @Property
    void sectorAndTierBreakdownsAddUpToTheTotals(@ForAll("inputs") Input input) {
        Financing f = FinancingArithmetic.overview(input);
        assertEquals(Partner.SECTORS, f.bySector().stream().map(FinancingArithmetic.SectorBreakdown::sector).toList());
        assertEquals(List.of("bronze", "silver", "gold"), f.byTier().stream().map(FinancingArithmetic.TierBreakdown::tierKey).toList());
        assertEquals(f.partners().agreements(), f.bySector().stream().mapToInt(s -> s.agreements()).sum());
        assertEquals(f.partners().cashNok(), f.bySector().stream().mapToLong(s -> s.cashNok()).sum());
        assertEquals(f.partners().inKindNok(), f.bySector().stream().mapToLong(s -> s.inKindNok()).sum());
        assertEquals(f.partners().totalNok(), f.bySector().stream().mapToLong(s -> s.totalNok()).sum());
        assertEquals(f.partners().agreements(), f.byTier().stream().mapToInt(t -> t.agreements()).sum());
        assertEquals(f.partners().cashNok(), f.byTier().stream().mapToLong(t -> t.cashNok()).sum());
        assertEquals(f.partners().inKindNok(), f.byTier().stream().mapToLong(t -> t.inKindNok()).sum());
        assertEquals(f.partners().totalNok(), f.byTier().stream().mapToLong(t -> t.totalNok()).sum());
    }

    @Property
    void invoicedPaidAndOutstandingAreOrdered(@ForAll("inputs") Input input) {
        var p = FinancingArithmetic.overview(input).partners();
        assertTrue(p.paidNok() >= 0);
        assertTrue(p.invoicedNok() <= p.cashNok(), "invoiced ≤ cash");
        assertTrue(p.paidNok() <= p.invoicedNok(), "paid ≤ invoiced");
        assertEquals(p.cashNok() - p.paidNok(), p.outstandingNok());
    }

    @Property
    void thePipelineHoldsDraftsAndSentOnlyAndCancelledNeverCounts(@ForAll("inputs") Input input) {
        Financing f = FinancingArithmetic.overview(input);
        List<AgreementFact> thisYear = input.agreements().stream().filter(a -> a.year() == YEAR).toList();
        var pipeline = f.partners().pipeline();
        assertEquals(count(thisYear, "draft"), pipeline.draftCount());
        assertEquals(count(thisYear, "sent"), pipeline.sentCount());
        assertEquals(total(thisYear, "draft"), pipeline.draftNok());
        assertEquals(total(thisYear, "sent"), pipeline.sentNok());
        assertEquals(count(thisYear, "signed") + count(thisYear, "invoiced") + count(thisYear, "paid"), f.partners().agreements());
        assertEquals(total(thisYear, "signed") + total(thisYear, "invoiced") + total(thisYear, "paid"), f.partners().totalNok());
        // Every agreement of the year is counted, in the pipeline or cancelled: exactly one of them.
        assertEquals(thisYear.size(), f.partners().agreements() + pipeline.draftCount() + pipeline.sentCount()
                + count(thisYear, "cancelled"));
    }

    @Property
    void renewalCountsAgreeWithTheNotRenewedList(@ForAll("inputs") Input input) {
        Financing f = FinancingArithmetic.overview(input);
        var renewal = f.renewal();
        assertEquals(renewal.previousYearPartners(), renewal.renewedPartners() + f.notRenewed().size());
        if (renewal.previousYearPartners() == 0) {
            assertNull(renewal.ratePercent());
        } else {
            assertEquals(FinancingArithmetic.percent(renewal.renewedPartners(), renewal.previousYearPartners()), renewal.ratePercent());
        }
        for (NotRenewed n : f.notRenewed()) {
            List<AgreementFact> before = committedOf(input, n.partnerId(), YEAR - 1);
            assertFalse(before.isEmpty(), "had a committed agreement last year");
            assertEquals(before.stream().mapToLong(a -> a.cashNok() + a.inKindNok()).sum(), n.previousYearTotalNok());
            assertTrue(committedOf(input, n.partnerId(), YEAR).isEmpty(), "has none this year");
            List<String> now = input.agreements().stream().filter(a -> a.partnerId().equals(n.partnerId()) && a.year() == YEAR)
                    .map(AgreementFact::status).toList();
            String expected = now.contains("sent") ? "sent" : now.contains("draft") ? "draft" : null;
            assertEquals(expected, n.currentStatus());
        }
        List<String> names = f.notRenewed().stream().map(NotRenewed::name).toList();
        assertEquals(names.stream().sorted(FinancingArithmetic.BY_NAME).toList(), names, "sorted by name");
    }

    @Property
    void theSeriesEndsWithTheYearsOwnFigures(@ForAll("inputs") Input input) {
        Financing f = FinancingArithmetic.overview(input);
        List<SeriesPoint> series = f.series();
        SeriesPoint last = series.get(series.size() - 1);
        assertEquals(new SeriesPoint(YEAR, f.municipalityContributionNok(), f.partners().cashNok(), f.partners().inKindNok(),
                f.turnoverNok(), f.targetNok()), last);
        int first = Math.min(input.programmeStartYear(), YEAR);
        if (input.firstAgreementYear() != null) {
            first = Math.min(first, input.firstAgreementYear());
        }
        assertEquals(first, series.get(0).year());
        for (int i = 0; i < series.size(); i++) {
            SeriesPoint point = series.get(i);
            assertEquals(first + i, point.year());
            assertEquals(point.municipalityContributionNok() + point.partnersCashNok() + point.inKindNok(), point.turnoverNok());
            assertEquals(input.targetNokFor().applyAsLong(input.year()), point.targetNok());
        }
    }

    @Example
    void percentagesHaveOneDecimalRoundedHalfUp() {
        assertEquals(33.3, FinancingArithmetic.percent(1, 3));
        assertEquals(66.7, FinancingArithmetic.percent(2, 3));
        assertEquals(12.5, FinancingArithmetic.percent(1, 8));
        assertEquals(0.1, FinancingArithmetic.percent(1, 2000));
        assertEquals(0.0, FinancingArithmetic.percent(1, 2001));
        assertEquals(100.0, FinancingArithmetic.percent(7, 7));
    }

    @Example
    void namesSortTheNorwegianWay() {
        List<String> names = new ArrayList<>(List.of("Åsen AS", "ærlig AS", "Zeta AS", "Øst AS", "alfa AS"));
        names.sort(FinancingArithmetic.BY_NAME);
        assertEquals(List.of("alfa AS", "Zeta AS", "ærlig AS", "Øst AS", "Åsen AS"), names);
    }

    @Example
    void theSeriesNeverStartsBeforeTheContractsFirstYear() {
        Map<Integer, Long> none = new HashMap<>();
        Input input = new Input(2001, y -> 3_000_000L, 1990, null, none, TIERS, Partner.SECTORS, List.of());
        List<SeriesPoint> series = FinancingArithmetic.overview(input).series();
        assertEquals(2000, series.get(0).year());
        assertEquals(2, series.size());
    }

    private static long count(List<AgreementFact> agreements, String status) {
        return agreements.stream().filter(a -> a.status().equals(status)).count();
    }

    private static long total(List<AgreementFact> agreements, String status) {
        return agreements.stream().filter(a -> a.status().equals(status)).mapToLong(a -> a.cashNok() + a.inKindNok()).sum();
    }

    private static List<AgreementFact> committedOf(Input input, UUID partner, int year) {
        return input.agreements().stream().filter(a -> a.partnerId().equals(partner) && a.year() == year
                && Agreements.COMMITTED.contains(a.status())).toList();
    }
}
