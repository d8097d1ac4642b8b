package no.kongsberg.vekst.population.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import no.kongsberg.vekst.municipalities.BoundaryChangesResource.BoundaryChangeView;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;
import no.kongsberg.vekst.population.Growth;

/**
 * Turns stored stocks and flows into series points, sums members into a group's series and
 * averages growth. Pure functions, so that the arithmetic can be tested by properties. The rule
 * that runs through all of it: growth is births, deaths and migration; what the stocks change by
 * beyond that (a boundary change) is an adjustment, never growth.
 */
public final class SeriesArithmetic {

    static final List<String> FLOW_FIELDS = List.of("births", "deaths", "inMigration", "outMigration", "immigration",
            "emigration", "netMigration", "growth");

    private SeriesArithmetic() {
    }

    /** One municipality's points, oldest first: every period with a start population or any flow. */
    public static List<Point> points(MunicipalityData data, Granularity granularity) {
        Map<LocalDate, Integer> atStart = populationAtPeriodStarts(data, granularity);
        SortedSet<String> periods = new TreeSet<>();
        // A period is shown from its start population or its flows; one with only an end is not.
        for (LocalDate start : atStart.keySet()) {
            periods.add(granularity.periodStarting(start));
        }
        for (String period : data.flows().keySet()) {
            periods.add(granularity == Granularity.YEAR ? period.substring(0, 4) : period);
        }
        periods.removeIf(p -> !granularity.names(p));
        List<Point> points = new ArrayList<>();
        for (String period : periods) {
            points.add(point(data, granularity, period, atStart.get(granularity.start(period)),
                    atStart.get(granularity.end(period))));
        }
        return points;
    }

    /**
     * Population on the first day of each period. A stock dated the last day of a period counts as
     * the first day of the next; a stock dated the first day wins over one dated the day before.
     */
    static Map<LocalDate, Integer> populationAtPeriodStarts(MunicipalityData data, Granularity granularity) {
        Map<LocalDate, Integer> atStart = new HashMap<>();
        Map<LocalDate, Integer> dayBefore = new HashMap<>();
        data.stocks().forEach((date, population) -> {
            LocalDate start = granularity.periodStartOf(date);
            if (start != null) {
                (start.equals(date) ? atStart : dayBefore).put(start, population);
            }
        });
        dayBefore.forEach(atStart::putIfAbsent);
        return atStart;
    }

    private static Point point(MunicipalityData data, Granularity granularity, String period, Integer start, Integer end) {
        Map<String, Integer> values = new HashMap<>();
        Map<String, String> missing = new TreeMap<>();
        flowsOf(data, granularity, period, values, missing);
        Integer births = values.get("births");
        Integer deaths = values.get("deaths");
        Integer naturalIncrease = difference(births, deaths);
        Integer domestic = difference(values.get("inMigration"), values.get("outMigration"));
        Integer international = difference(values.get("immigration"), values.get("emigration"));
        Integer netMigration = values.containsKey("netMigration") ? values.get("netMigration") : sum(domestic, international);
        Integer flowGrowth = values.containsKey("growth") ? values.get("growth") : sum(naturalIncrease, netMigration);

        // A value derived from the others is no longer missing.
        if (netMigration != null) {
            missing.remove("netMigration");
        }
        if (flowGrowth != null) {
            missing.remove("growth");
        }

        LocalDate from = granularity.start(period);
        LocalDate to = granularity.end(period);
        List<BoundaryChangeView> changes = data.changes().stream()
                .filter(c -> c.date().isAfter(from) && !c.date().isAfter(to)).toList();
        int personsMoved = changes.stream().mapToInt(BoundaryChangeView::personsMoved).sum();
        Integer stockChange = Growth.growth(start, end);

        Integer growth;
        Integer adjustment;
        if (flowGrowth != null) {
            growth = flowGrowth;
            adjustment = stockChange == null ? null : stockChange - flowGrowth;
        } else if (stockChange != null) {
            growth = stockChange - personsMoved;
            adjustment = personsMoved;
        } else {
            growth = null;
            adjustment = changes.isEmpty() ? null : personsMoved;
        }
        boolean seriesBreak = !changes.isEmpty() || (flowGrowth != null && Growth.isSeriesBreak(adjustment, start));
        return new Point(period, start, end, births, deaths, naturalIncrease, values.get("inMigration"),
                values.get("outMigration"), domestic, values.get("immigration"), values.get("emigration"), international,
                netMigration, growth, Growth.percent(growth, start), Growth.perThousand(growth, start), adjustment, seriesBreak,
                changes, flagsOf(data, granularity, period), missing);
    }

    /**
     * The stored flows of a period. A year without a component of its own takes the sum of its four
     * quarters when all four have it.
     */
    private static void flowsOf(MunicipalityData data, Granularity granularity, String period, Map<String, Integer> values,
            Map<String, String> missing) {
        MunicipalityData.Flows own = data.flows().get(period);
        if (own != null) {
            values.putAll(own.values());
            missing.putAll(own.missing());
        }
        if (granularity != Granularity.YEAR) {
            return;
        }
        for (String field : FLOW_FIELDS) {
            if (values.containsKey(field)) {
                continue;
            }
            int total = 0;
            boolean complete = true;
            for (int quarter = 1; quarter <= 4 && complete; quarter++) {
                MunicipalityData.Flows flows = data.flows().get(period + "-Q" + quarter);
                Integer value = flows == null ? null : flows.values().get(field);
                complete = value != null;
                total += complete ? value : 0;
            }
            if (complete) {
                values.put(field, total);
                missing.remove(field);
            }
        }
    }

    private static List<String> flagsOf(MunicipalityData data, Granularity granularity, String period) {
        TreeSet<String> rules = new TreeSet<>();
        for (MunicipalityData.FlagMark flag : data.flags()) {
            String flagged;
            if ("stock".equals(flag.kind())) {
                // A doubtful stock is the end of the change into it.
                LocalDate start = granularity.periodStartOf(LocalDate.parse(flag.at()));
                flagged = start == null ? null : granularity.previous(granularity.periodStarting(start));
            } else {
                flagged = granularity == Granularity.YEAR ? flag.at().substring(0, 4) : flag.at();
            }
            if (period.equals(flagged)) {
                rules.add(flag.rule());
            }
        }
        return List.copyOf(rules);
    }

    static Integer difference(Integer a, Integer b) {
        return a == null || b == null ? null : a - b;
    }

    static Integer sum(Integer a, Integer b) {
        return a == null || b == null ? null : a + b;
    }

    /** A note that a group member lacks figures in some periods. */
    public record Note(String code, MunicipalityRef municipality, List<String> periods, String message) {
    }

    /** A member's points, for summing into a group. */
    public record Member(MunicipalityRef municipality, List<Point> points) {
    }

    public record Summed(List<Point> points, List<Note> notes) {
    }

    private static final List<Function<Point, Integer>> SUMMED = List.of(Point::populationStart, Point::populationEnd,
            Point::births, Point::deaths, Point::naturalIncrease, Point::inMigration, Point::outMigration,
            Point::domesticNetMigration, Point::immigration, Point::emigration, Point::internationalNetMigration,
            Point::netMigration, Point::growth, Point::adjustment);

    /**
     * A group's series: each field of each period is the sum of the members that have it. A member
     * that lacks the population at either end or the growth of a period that another member has is
     * named in a note.
     */
    public static Summed sum(List<Member> members) {
        TreeMap<String, List<Point>> byPeriod = new TreeMap<>();
        Map<String, Map<MunicipalityRef, Point>> index = new HashMap<>();
        for (Member member : members) {
            for (Point point : member.points()) {
                byPeriod.computeIfAbsent(point.period(), p -> new ArrayList<>()).add(point);
                index.computeIfAbsent(point.period(), p -> new HashMap<>()).put(member.municipality(), point);
            }
        }
        List<Point> points = new ArrayList<>();
        Map<MunicipalityRef, List<String>> lacking = new LinkedHashMap<>();
        byPeriod.forEach((period, memberPoints) -> {
            Integer[] totals = new Integer[SUMMED.size()];
            for (int i = 0; i < SUMMED.size(); i++) {
                for (Point point : memberPoints) {
                    Integer value = SUMMED.get(i).apply(point);
                    if (value != null) {
                        totals[i] = (totals[i] == null ? 0 : totals[i]) + value;
                    }
                }
            }
            for (Member member : members) {
                Point own = index.get(period).get(member.municipality());
                if (lacks(own, Point::populationStart, totals[0]) || lacks(own, Point::populationEnd, totals[1])
                        || lacks(own, Point::growth, totals[12])) {
                    lacking.computeIfAbsent(member.municipality(), m -> new ArrayList<>()).add(period);
                }
            }
            List<BoundaryChangeView> changes = memberPoints.stream().flatMap(p -> p.boundaryChanges().stream()).toList();
            List<String> flags = memberPoints.stream().flatMap(p -> p.flags().stream()).distinct().sorted().toList();
            Map<String, String> missing = new TreeMap<>();
            memberPoints.forEach(p -> p.missing().forEach(missing::putIfAbsent));
            boolean seriesBreak = memberPoints.stream().anyMatch(Point::seriesBreak);
            points.add(new Point(period, totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], totals[6], totals[7],
                    totals[8], totals[9], totals[10], totals[11], totals[12], Growth.percent(totals[12], totals[0]),
                    Growth.perThousand(totals[12], totals[0]), totals[13], seriesBreak, changes, flags, missing));
        });
        List<Note> notes = new ArrayList<>();
        lacking.forEach((municipality, periods) -> notes.add(note(municipality, periods)));
        return new Summed(points, notes);
    }

    /** The note that a member lacks figures in the given periods. */
    public static Note note(MunicipalityRef municipality, List<String> periods) {
        return new Note("member-missing", municipality, List.copyOf(periods), municipality.name() + " (" + municipality.code()
                + ") lacks figures for " + describe(periods) + "; the group's sums leave it out there.");
    }

    private static boolean lacks(Point own, Function<Point, Integer> field, Integer groupTotal) {
        return groupTotal != null && (own == null || field.apply(own) == null);
    }

    private static String describe(List<String> periods) {
        if (periods.size() == 1) {
            return periods.get(0);
        }
        if (periods.size() <= 5) {
            return String.join(", ", periods);
        }
        return periods.size() + " periods between " + periods.get(0) + " and " + periods.get(periods.size() - 1);
    }

    /** Average growth over a span: compound, over organic growth only. */
    public record Average(String from, String to, double years, int organicGrowth, int adjustments, Double compoundPercent) {
    }

    /**
     * The compound average growth per year over the points that have organic growth and a start
     * population; adjustments are counted beside it, never in it. Null when no point has growth.
     */
    public static Average average(List<Point> points, Granularity granularity) {
        double product = 1;
        int count = 0;
        int organic = 0;
        int adjustments = 0;
        String first = null;
        String last = null;
        for (Point point : points) {
            if (point.adjustment() != null) {
                adjustments += point.adjustment();
            }
            if (point.growth() == null || point.populationStart() == null || point.populationStart() == 0) {
                continue;
            }
            product *= 1 + (double) point.growth() / point.populationStart();
            organic += point.growth();
            count++;
            first = first == null ? point.period() : first;
            last = point.period();
        }
        if (count == 0) {
            return null;
        }
        double years = (double) count / granularity.perYear;
        return new Average(first, last, years, organic, adjustments, Growth.compoundPercent(product, years));
    }
}
