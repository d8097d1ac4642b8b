package no.kongsberg.vekst.reports;

import java.util.Map;

/** A KPI's value, status and trend in words and numbers for the report's tables. */
final class KpiUnits {

    private static final Map<String, String> STATUSES = Map.of("on-track", "I rute", "at-risk", "I faresonen", "off-track",
            "Ikke i rute", "no-data", "Mangler data");
    private static final Map<String, String> TRENDS = Map.of("up", "Opp", "down", "Ned", "flat", "Flat");

    private KpiUnits() {
    }

    static String format(Double value, String unit) {
        if (value == null) {
            return NorwegianFormat.MISSING;
        }
        return switch (unit) {
            case "percent" -> NorwegianFormat.number(value, 2) + "\u00a0%";
            case "nok" -> NorwegianFormat.kroner(value);
            case "score" -> NorwegianFormat.number(value, 1);
            default -> NorwegianFormat.integer(value);
        };
    }

    /** A change with its sign; the minus sign (U+2212) comes with the Norwegian number format. */
    static String signed(double value, String unit) {
        return (value > 0 ? "+" : "") + format(value, unit);
    }

    static String status(String status) {
        return STATUSES.getOrDefault(status, status);
    }

    static String trend(String trend) {
        return trend == null ? NorwegianFormat.MISSING : TRENDS.getOrDefault(trend, trend);
    }
}
