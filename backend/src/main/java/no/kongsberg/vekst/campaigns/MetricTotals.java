package no.kongsberg.vekst.campaigns;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Summed results with the rates the programme reports: click-through rate (clicks per impression, in %),
 * cost per click and cost per lead. A rate whose divisor is 0 is null, never infinity or 0.
 */
public record MetricTotals(long impressions, long reach, long clicks, long sessions, long leads, BigDecimal costNok,
        BigDecimal ctr, BigDecimal costPerClick, BigDecimal costPerLead) {

    public static final MetricTotals NONE = of(0, 0, 0, 0, 0, BigDecimal.ZERO);

    public static MetricTotals of(long impressions, long reach, long clicks, long sessions, long leads, BigDecimal costNok) {
        BigDecimal cost = costNok.setScale(2, RoundingMode.HALF_UP);
        return new MetricTotals(impressions, reach, clicks, sessions, leads, cost,
                impressions == 0 ? null : BigDecimal.valueOf(clicks * 100L).divide(BigDecimal.valueOf(impressions), 2, RoundingMode.HALF_UP),
                per(cost, clicks), per(cost, leads));
    }

    /** The value of a metric by its name in the contract. */
    public long metric(String name) {
        return switch (name) {
            case "impressions" -> impressions;
            case "reach" -> reach;
            case "clicks" -> clicks;
            case "sessions" -> sessions;
            case "leads" -> leads;
            default -> throw new IllegalArgumentException(name);
        };
    }

    MetricTotals plus(MetricRow row) {
        return of(impressions + zero(row.impressions()), reach + zero(row.reach()), clicks + zero(row.clicks()),
                sessions + zero(row.sessions()), leads + zero(row.leads()),
                costNok.add(row.costNok() == null ? BigDecimal.ZERO : row.costNok()));
    }

    private static long zero(Long value) {
        return value == null ? 0 : value;
    }

    private static BigDecimal per(BigDecimal cost, long count) {
        return count == 0 ? null : cost.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
