package no.kongsberg.vekst.population.importing;

import java.time.LocalDate;

/**
 * Vekst's periods and the stocks that bound them: a year `2024` runs from 1 January 2024 to
 * 1 January 2025; a quarter `2024-Q3` from 1 July to 1 October.
 */
public final class Periods {

    private Periods() {
    }

    public static boolean isValid(String period) {
        return period != null && period.matches("[0-9]{4}(-Q[1-4])?");
    }

    public static LocalDate start(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return LocalDate.of(year, 1, 1);
        }
        int quarter = period.charAt(6) - '0';
        return LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
    }

    /** The first day after the period: where its end-of-period population is dated. */
    public static LocalDate end(String period) {
        return period.length() == 4 ? start(period).plusYears(1) : start(period).plusMonths(3);
    }

    /** Statistics Norway writes quarters as `2024K3`; Vekst as `2024-Q3`. */
    public static String fromStatisticsNorway(String time) {
        if (time != null && time.matches("[0-9]{4}K[1-4]")) {
            return time.substring(0, 4) + "-Q" + time.charAt(5);
        }
        return time;
    }
}
