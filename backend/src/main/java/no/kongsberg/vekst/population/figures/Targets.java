package no.kongsberg.vekst.population.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import no.kongsberg.vekst.population.Growth;

/** Each year since the programme started against its growth and net in-migration targets (each year its own). */
public final class Targets {

    private Targets() {
    }

    public record TargetYear(String year, Integer populationStart, Integer growth, Integer targetGrowth, Integer growthGap,
            Integer cumulativeGrowth, Integer cumulativeTargetGrowth, Integer cumulativeGrowthGap, Integer targetPopulationEnd,
            Integer netMigration, Integer netMigrationTarget, Integer netMigrationGap, Integer cumulativeNetMigration,
            Integer cumulativeNetMigrationGap) {
    }

    public record TargetTrack(String startYear, double growthPercent, Integer netInMigration, List<TargetYear> years) {
    }

    /**
     * @param yearly the whole yearly series (targets count from the start year whatever span is shown)
     * @param targetPercentFor each year's growth target in % (the KPIs' yearly targets)
     * @param netInMigrationTargetFor persons in a year, or null where the target does not apply
     */
    public static TargetTrack track(List<Point> yearly, int startYear, int lastYear, IntToDoubleFunction targetPercentFor,
            IntUnaryOperator netInMigrationTargetFor) {
        List<TargetYear> years = new ArrayList<>();
        Integer pathStart = yearly.stream().filter(p -> p.year() == startYear).findFirst().map(Point::populationStart).orElse(null);
        Running growth = new Running();
        Running targetGrowth = new Running();
        Running net = new Running();
        Running netTargets = new Running();
        for (Point point : yearly) {
            int year = point.year();
            if (year < startYear || year > lastYear) {
                continue;
            }
            double targetPercent = targetPercentFor.applyAsDouble(year);
            Integer target = point.populationStart() == null ? null
                    : (int) Math.round(point.populationStart() * targetPercent / 100);
            growth.add(point.growth());
            targetGrowth.add(target);
            net.add(point.netMigration());
            Integer targetPath = pathStart == null ? null : Growth.compound(pathStart, startYear, year - startYear + 1, targetPercentFor);
            Integer netTarget = netInMigrationTargetFor == null ? null : netInMigrationTargetFor.applyAsInt(year);
            netTargets.add(netTarget);
            Integer cumulativeNetTarget = netTargets.total;
            years.add(new TargetYear(Integer.toString(year), point.populationStart(), point.growth(), target,
                    SeriesArithmetic.difference(point.growth(), target), growth.total, targetGrowth.total,
                    SeriesArithmetic.difference(growth.total, targetGrowth.total), targetPath, point.netMigration(), netTarget,
                    SeriesArithmetic.difference(point.netMigration(), netTarget), net.total,
                    SeriesArithmetic.difference(net.total, cumulativeNetTarget)));
        }
        return new TargetTrack(Integer.toString(startYear), targetPercentFor.applyAsDouble(lastYear),
                netInMigrationTargetFor == null ? null : netInMigrationTargetFor.applyAsInt(lastYear), years);
    }

    /** A running total that stays unknown from the first unknown value on. */
    private static final class Running {
        Integer total = 0;
        boolean broken;

        void add(Integer value) {
            broken |= value == null;
            total = broken ? null : total + value;
        }
    }
}
