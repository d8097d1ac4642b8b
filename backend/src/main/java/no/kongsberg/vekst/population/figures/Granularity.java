package no.kongsberg.vekst.population.figures;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import no.kongsberg.vekst.population.importing.Periods;

/** Years or quarters: how periods are named, where they start, and how stocks are dated. */
public enum Granularity {
    YEAR(1), QUARTER(4);

    /** Periods in a year. */
    public final int perYear;

    Granularity(int perYear) {
        this.perYear = perYear;
    }

    public static Granularity of(String name) {
        return "quarter".equals(name) ? QUARTER : YEAR;
    }

    public String apiName() {
        return this == YEAR ? "year" : "quarter";
    }

    /** The period that starts on {@code start} (which must be the first day of a year or quarter). */
    public String periodStarting(LocalDate start) {
        return this == YEAR ? Integer.toString(start.getYear())
                : start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
    }

    public LocalDate start(String period) {
        return Periods.start(period);
    }

    /** The first day of the next period: where the period's end population is dated. */
    public LocalDate end(String period) {
        return Periods.end(period);
    }

    public String next(String period) {
        return periodStarting(end(period));
    }

    public String previous(String period) {
        LocalDate start = start(period);
        return periodStarting(this == YEAR ? start.minusYears(1) : start.minusMonths(3));
    }

    /** Whether a stored period name (`2024` or `2024-Q3`) is of this granularity. */
    public boolean names(String period) {
        return (this == YEAR) == (period.length() == 4);
    }

    /**
     * The period start a stock stands for: its own date when that is the first day of a period, the
     * next day when it is the last day of one (end-of-quarter and end-of-year figures), else none.
     */
    public LocalDate periodStartOf(LocalDate stockDate) {
        if (isPeriodStart(stockDate)) {
            return stockDate;
        }
        LocalDate next = stockDate.plusDays(1);
        return isPeriodStart(next) ? next : null;
    }

    private boolean isPeriodStart(LocalDate date) {
        return date.getDayOfMonth() == 1 && (this == YEAR ? date.getMonthValue() == 1 : (date.getMonthValue() - 1) % 3 == 0);
    }
}
