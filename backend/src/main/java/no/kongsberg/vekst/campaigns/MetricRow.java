package no.kongsberg.vekst.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import no.kongsberg.vekst.platform.Validation;

/** A campaign's results on one date in one channel; any value may be missing (null). */
public record MetricRow(LocalDate date, String channel, Long impressions, Long reach, Long clicks, Long sessions, Long leads,
        BigDecimal costNok) {

    static final long MAX_COUNT = 1_000_000_000L;
    static final BigDecimal MAX_COST = BigDecimal.valueOf(1_000_000_000L);
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** A row with no values: recording it removes what was recorded for the date and channel. */
    public boolean empty() {
        return impressions == null && reach == null && clicks == null && sessions == null && leads == null && costNok == null;
    }

    /** The same values, with the cost compared by amount (1500 equals 1500.00). */
    boolean sameValues(MetricRow other) {
        return Objects.equals(impressions, other.impressions) && Objects.equals(reach, other.reach)
                && Objects.equals(clicks, other.clicks) && Objects.equals(sessions, other.sessions)
                && Objects.equals(leads, other.leads) && (costNok == null ? other.costNok == null
                        : other.costNok != null && costNok.compareTo(other.costNok) == 0);
    }

    /** Checks the row's fields, naming them under {@code prefix} (for example {@code rows[3].}). */
    public void check(Validation validation, String prefix, Collection<String> channels) {
        validation.check(date != null, prefix + "date", "required", "The date is required.");
        validation.check(date == null || date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR, prefix + "date",
                "out-of-range", "The date must lie in the years " + FIRST_YEAR + "-" + LAST_YEAR + ".");
        if (channel == null || channel.isBlank()) {
            validation.add(prefix + "channel", "required", "The channel is required.");
        } else {
            validation.check(channels.contains(channel), prefix + "channel", "unknown-channel", "The campaign's channels are "
                    + (channels.isEmpty() ? "none yet; add the channel to the campaign first" : String.join(", ", channels)) + ".");
        }
        count(validation, prefix + "impressions", impressions);
        count(validation, prefix + "reach", reach);
        count(validation, prefix + "clicks", clicks);
        count(validation, prefix + "sessions", sessions);
        count(validation, prefix + "leads", leads);
        validation.check(costNok == null || costNok.signum() >= 0 && costNok.compareTo(MAX_COST) <= 0, prefix + "costNok",
                "out-of-range", "The cost is 0-1 000 000 000 kroner.");
        validation.check(costNok == null || costNok.stripTrailingZeros().scale() <= 2, prefix + "costNok", "too-precise",
                "The cost has at most two decimals (øre).");
    }

    private static void count(Validation validation, String field, Long value) {
        validation.check(value == null || value >= 0 && value <= MAX_COUNT, field, "out-of-range",
                "The value is a whole number 0-1 000 000 000.");
    }
}
