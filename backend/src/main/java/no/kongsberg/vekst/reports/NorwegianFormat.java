package no.kongsberg.vekst.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import no.kongsberg.vekst.platform.OsloTime;

/**
 * Numbers, kroner and dates the Norwegian way: a non-breaking space between thousands, a decimal
 * comma, the minus sign (U+2212), "1. mai 2026". A missing value is an en dash.
 */
final class NorwegianFormat {

    static final String MISSING = "–";
    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", NB);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", NB).withZone(OsloTime.ZONE);

    private NorwegianFormat() {
    }

    static String number(Number value, int decimals) {
        if (value == null) {
            return MISSING;
        }
        NumberFormat format = NumberFormat.getNumberInstance(NB);
        format.setRoundingMode(RoundingMode.HALF_UP);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(decimals);
        return format.format(value instanceof BigDecimal big ? big : value.doubleValue());
    }

    static String integer(Number value) {
        return number(value, 0);
    }

    static String kroner(Number value) {
        return value == null ? MISSING : number(value, 0) + "\u00a0kr";
    }

    static String percent(Number value) {
        return value == null ? MISSING : number(value, 1) + "\u00a0%";
    }

    /** A change with its sign: "+12", "−3,5". */
    static String signed(Number value, int decimals) {
        if (value == null) {
            return MISSING;
        }
        return (value.doubleValue() > 0 ? "+" : "") + number(value, decimals);
    }

    static String date(LocalDate date) {
        return date == null ? MISSING : DATE.format(date);
    }

    static String time(Instant instant) {
        return instant == null ? MISSING : TIME.format(instant);
    }
}
