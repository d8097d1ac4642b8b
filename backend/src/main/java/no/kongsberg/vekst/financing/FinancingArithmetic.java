package no.kongsberg.vekst.financing;

import static no.kongsberg.vekst.partners.Agreements.COMMITTED;
import static no.kongsberg.vekst.partners.Agreements.DRAFT;
import static no.kongsberg.vekst.partners.Agreements.FIRST_YEAR;
import static no.kongsberg.vekst.partners.Agreements.PAID;
import static no.kongsberg.vekst.partners.Agreements.SENT;
import static no.kongsberg.vekst.partners.Agreements.SIGNED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntToLongFunction;
import java.util.UUID;

/**
 * The financing overview's arithmetic, without a database: the service hands it the agreements,
 * tiers, contributions and target, and it answers with the figures the API returns.
 *
 * <p>Agreements that are signed, invoiced or paid count ("committed"); drafts and sent ones are the
 * pipeline; cancelled ones never count.
 */
public final class FinancingArithmetic {

    /** Names in Norwegian alphabetical order (æ, ø, å last), case-insensitive, then as written. */
    public static final Comparator<String> BY_NAME = nameOrder();

    /** The contract's maximum of progressPercent: reached only with a target of a few kroner. */
    private static final double MAX_PROGRESS_PERCENT = 1_000_000;

    private FinancingArithmetic() {
    }

    // ---- input ----

    /** One agreement, with what the overview needs of its partner and tier. */
    public record AgreementFact(UUID partnerId, String partnerName, String sector, int year, String tierKey, String status,
            long cashNok, long inKindNok) {
        boolean committed() {
            return COMMITTED.contains(status);
        }

        long totalNok() {
            return cashNok + inKindNok;
        }
    }

    public record TierFact(String key, String name, long minNok) {
    }

    /**
     * Everything the overview of {@code year} is computed from: the agreements of year − 1 and of
     * every year of the series (at least), all tiers, the contributions by year, each year's target,
     * the programme's start year and the first year any agreement has.
     */
    public record Input(int year, IntToLongFunction targetNokFor, int programmeStartYear, Integer firstAgreementYear,
            Map<Integer, Long> contributions, List<TierFact> tiers, List<String> sectors, List<AgreementFact> agreements) {
    }

    // ---- output (the API's Financing schema) ----

    public record Financing(int year, long targetNok, long municipalityContributionNok, Partners partners, long turnoverNok,
            long remainingNok, double progressPercent, Double partnersSharePercent, List<SectorBreakdown> bySector,
            List<TierBreakdown> byTier, Renewal renewal, List<NotRenewed> notRenewed, List<SeriesPoint> series) {
    }

    public record Partners(int agreements, long cashNok, long inKindNok, long totalNok, long invoicedNok, long paidNok,
            long outstandingNok, Pipeline pipeline) {
    }

    public record Pipeline(int draftCount, long draftNok, int sentCount, long sentNok) {
    }

    public record SectorBreakdown(String sector, int agreements, long cashNok, long inKindNok, long totalNok) {
    }

    public record TierBreakdown(String tierKey, String tierName, int agreements, long cashNok, long inKindNok, long totalNok) {
    }

    public record Renewal(int previousYearPartners, int renewedPartners, Double ratePercent) {
    }

    public record NotRenewed(UUID partnerId, String name, String sector, long previousYearTotalNok, String currentStatus) {
    }

    public record SeriesPoint(int year, long municipalityContributionNok, long partnersCashNok, long inKindNok,
            long turnoverNok, long targetNok) {
    }

    // ---- the arithmetic ----

    public static Financing overview(Input input) {
        int year = input.year();
        List<AgreementFact> thisYear = input.agreements().stream().filter(a -> a.year() == year).toList();
        List<AgreementFact> committed = thisYear.stream().filter(AgreementFact::committed).toList();

        Sum all = Sum.of(committed);
        long invoiced = committed.stream().filter(a -> !a.status().equals(SIGNED)).mapToLong(AgreementFact::cashNok).sum();
        long paid = committed.stream().filter(a -> a.status().equals(PAID)).mapToLong(AgreementFact::cashNok).sum();
        List<AgreementFact> drafts = thisYear.stream().filter(a -> a.status().equals(DRAFT)).toList();
        List<AgreementFact> sent = thisYear.stream().filter(a -> a.status().equals(SENT)).toList();
        Partners partners = new Partners(all.count, all.cash, all.inKind, all.total(), invoiced, paid, all.cash - paid,
                new Pipeline(drafts.size(), Sum.of(drafts).total(), sent.size(), Sum.of(sent).total()));

        long contribution = contribution(input, year);
        long turnover = contribution + all.cash + all.inKind;
        long target = input.targetNokFor().applyAsLong(year);
        double progress = target == 0 ? 0 : Math.min(MAX_PROGRESS_PERCENT, percent(turnover, target));
        Double share = turnover == 0 ? null : percent(all.total(), turnover);

        List<SectorBreakdown> bySector = input.sectors().stream().map(sector -> {
            Sum s = Sum.of(committed.stream().filter(a -> a.sector().equals(sector)).toList());
            return new SectorBreakdown(sector, s.count, s.cash, s.inKind, s.total());
        }).toList();
        List<TierBreakdown> byTier = input.tiers().stream()
                .sorted(Comparator.comparingLong(TierFact::minNok).thenComparing(TierFact::key))
                .map(tier -> {
                    Sum s = Sum.of(committed.stream().filter(a -> a.tierKey().equals(tier.key())).toList());
                    return new TierBreakdown(tier.key(), tier.name(), s.count, s.cash, s.inKind, s.total());
                }).toList();

        List<NotRenewed> notRenewed = new ArrayList<>();
        int previous = 0;
        int renewed = 0;
        Map<UUID, List<AgreementFact>> previousYear = byPartner(input.agreements().stream()
                .filter(a -> a.year() == year - 1 && a.committed()).toList());
        Map<UUID, List<AgreementFact>> currentYear = byPartner(thisYear);
        for (var entry : previousYear.entrySet()) {
            previous++;
            List<AgreementFact> now = currentYear.getOrDefault(entry.getKey(), List.of());
            if (now.stream().anyMatch(AgreementFact::committed)) {
                renewed++;
                continue;
            }
            AgreementFact last = entry.getValue().get(0);
            notRenewed.add(new NotRenewed(entry.getKey(), last.partnerName(), last.sector(), Sum.of(entry.getValue()).total(),
                    pipelineStatus(now)));
        }
        notRenewed.sort(Comparator.comparing(NotRenewed::name, BY_NAME).thenComparing(NotRenewed::partnerId));
        Renewal renewal = new Renewal(previous, renewed, previous == 0 ? null : percent(renewed, previous));

        return new Financing(year, target, contribution, partners, turnover, Math.max(0, target - turnover), progress, share,
                bySector, byTier, renewal, notRenewed, series(input));
    }

    /**
     * From the programme's start year, or the first agreement's year if earlier (never before the
     * contract's first year), to the year asked for: each year's contribution and committed cash and in-kind.
     */
    static List<SeriesPoint> series(Input input) {
        int from = Math.min(input.programmeStartYear(), input.year());
        if (input.firstAgreementYear() != null) {
            from = Math.min(from, input.firstAgreementYear());
        }
        from = Math.max(FIRST_YEAR, from);
        Map<Integer, Sum> committedByYear = new TreeMap<>();
        for (AgreementFact a : input.agreements()) {
            if (a.committed()) {
                committedByYear.computeIfAbsent(a.year(), y -> new Sum()).add(a);
            }
        }
        List<SeriesPoint> points = new ArrayList<>();
        for (int y = from; y <= input.year(); y++) {
            Sum s = committedByYear.getOrDefault(y, new Sum());
            long contribution = contribution(input, y);
            points.add(new SeriesPoint(y, contribution, s.cash, s.inKind, contribution + s.cash + s.inKind,
                    input.targetNokFor().applyAsLong(y)));
        }
        return points;
    }

    /** part / whole × 100, to one decimal (half up); whole must not be 0. */
    public static double percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
    }

    private static long contribution(Input input, int year) {
        Long amount = input.contributions().get(year);
        return amount == null ? 0 : amount;
    }

    /** The status of a partner's agreement for the year when it is in the pipeline (sent before draft), else null. */
    private static String pipelineStatus(List<AgreementFact> agreements) {
        if (agreements.stream().anyMatch(a -> a.status().equals(SENT))) {
            return SENT;
        }
        return agreements.stream().anyMatch(a -> a.status().equals(DRAFT)) ? DRAFT : null;
    }

    private static Map<UUID, List<AgreementFact>> byPartner(List<AgreementFact> agreements) {
        Map<UUID, List<AgreementFact>> map = new LinkedHashMap<>();
        for (AgreementFact a : agreements) {
            map.computeIfAbsent(a.partnerId(), id -> new ArrayList<>()).add(a);
        }
        return map;
    }

    private static Comparator<String> nameOrder() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("nb-NO"));
        collator.setStrength(Collator.SECONDARY);
        Comparator<String> norwegian = collator::compare;
        return norwegian.thenComparing(Comparator.naturalOrder());
    }

    /** Count, cash and in-kind of some agreements. */
    private static final class Sum {
        int count;
        long cash;
        long inKind;

        static Sum of(List<AgreementFact> agreements) {
            Sum sum = new Sum();
            agreements.forEach(sum::add);
            return sum;
        }

        void add(AgreementFact a) {
            count++;
            cash += a.cashNok();
            inKind += a.inKindNok();
        }

        long total() {
            return cash + inKind;
        }
    }
}
