package no.kongsberg.vekst.reports;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.OsloTime;

/**
 * A report's period: a tertial ({@code 2025-T1}: T1 January–April, T2 May–August, T3
 * September–December) for the report to Formannskapet, or a quarter ({@code 2025-Q3}) for the
 * steering group's status.
 */
public record ReportPeriod(Kind kind, int year, int number) {

    static final int FIRST_YEAR = 2000;
    private static final Pattern SHAPE = Pattern.compile("^([0-9]{4})-([TQ])([1-4])$");

    public enum Kind {
        TERTIAL("tertial", 'T', 3, "tertialrapport"), QUARTERLY("quarterly", 'Q', 4, "kvartalsstatus");

        final String apiName;
        final char letter;
        final int perYear;
        final String norwegian;

        Kind(String apiName, char letter, int perYear, String norwegian) {
            this.apiName = apiName;
            this.letter = letter;
            this.perYear = perYear;
            this.norwegian = norwegian;
        }

        int months() {
            return 12 / perYear;
        }

        static Kind of(String apiName) {
            for (Kind kind : values()) {
                if (kind.apiName.equals(apiName)) {
                    return kind;
                }
            }
            throw ApiProblem.invalid("kind", "invalid", "The kind is tertial or quarterly.");
        }
    }

    /** Parses the path's kind and period; 400 naming the field when either is wrong or they don't match. */
    static ReportPeriod parse(String kindName, String period) {
        Kind kind = Kind.of(kindName);
        Matcher m = period == null ? null : SHAPE.matcher(period);
        if (m == null || !m.matches()) {
            throw ApiProblem.invalid("period", "invalid", "A period looks like 2025-T1 (a tertial) or 2025-Q3 (a quarter).");
        }
        int year = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(3));
        if (m.group(2).charAt(0) != kind.letter || number > kind.perYear) {
            throw ApiProblem.invalid("period", "invalid", kind == Kind.TERTIAL
                    ? "A tertial report's period is a tertial: 2025-T1, 2025-T2 or 2025-T3."
                    : "A quarterly status's period is a quarter: 2025-Q1 to 2025-Q4.");
        }
        int lastYear = OsloTime.currentYear() + 1;
        if (year < FIRST_YEAR || year > lastYear) {
            throw ApiProblem.invalid("period", "out-of-range", "The year must lie in " + FIRST_YEAR + "–" + lastYear + ".");
        }
        return new ReportPeriod(kind, year, number);
    }

    public String code() {
        return year + "-" + kind.letter + number;
    }

    public LocalDate from() {
        return LocalDate.of(year, (number - 1) * kind.months() + 1, 1);
    }

    public LocalDate to() {
        return from().plusMonths(kind.months()).minusDays(1);
    }

    public ReportPeriod previous() {
        return number == 1 ? new ReportPeriod(kind, year - 1, kind.perYear) : new ReportPeriod(kind, year, number - 1);
    }

    /** "2. tertial 2025" or "3. kvartal 2025". */
    public String norwegianName() {
        return number + ". " + (kind == Kind.TERTIAL ? "tertial" : "kvartal") + " " + year;
    }

    /** The last day whose data the report can speak of: the period's end, or today while it runs. */
    public LocalDate asOf(LocalDate today) {
        return today.isBefore(to()) ? today : to();
    }
}
