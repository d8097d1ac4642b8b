package no.kongsberg.vekst.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Parses query and path parameters taken as strings, so that a bad value is a 400 naming the
 * parameter (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class QueryParams {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private QueryParams() {
    }

    public static int integer(Validation validation, String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                validation.add(name, "out-of-range", name + " must be between " + min + " and " + max + ".");
                return fallback;
            }
            return parsed;
        } catch (NumberFormatException e) {
            validation.add(name, "invalid", name + " must be a whole number.");
            return fallback;
        }
    }

    public static Boolean bool(Validation validation, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                validation.add(name, "invalid", name + " must be true or false.");
                yield null;
            }
        };
    }

    public static String oneOf(Validation validation, String name, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            validation.add(name, "unknown-value", name + " must be one of " + String.join(", ", allowed.stream().sorted().toList()) + ".");
            return null;
        }
        return value;
    }

    /** Free text to search for: trimmed, null when blank; too long or with a NUL character is a 400. */
    public static String text(Validation validation, String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int errors = validation.count();
        validation.text(name, value, max, false);
        return validation.count() == errors ? value.trim() : null;
    }

    /** A four-digit municipality code, or null when absent; whether a place has it is the caller's question. */
    public static String municipalityCode(Validation validation, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        validation.check(value.matches("[0-9]{4}"), name, "invalid", name + " is a four-digit municipality code, like 3303.");
        return value.matches("[0-9]{4}") ? value : null;
    }

    /** An ISO date such as 2024-05-31, or null when absent. */
    public static LocalDate date(Validation validation, String name, String value) {
        // Exactly yyyy-MM-dd: the parser would also take years like +99999, which the database cannot hold.
        return parsed(validation, name, value, text -> LocalDate.parse(text.length() == 10 ? text : "invalid"),
                name + " must be an ISO-8601 date, like 2024-05-31.");
    }

    /** A four-digit year such as 2024. */
    public static Integer year(Validation validation, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("[0-9]{4}")) {
            validation.add(name, "invalid", name + " must be a year with four digits, like 2024.");
            return null;
        }
        return Integer.parseInt(value);
    }

    /** A year within [min, max], or null when absent. */
    public static Integer year(Validation validation, String name, String value, int min, int max) {
        Integer year = year(validation, name, value);
        if (year != null && (year < min || year > max)) {
            validation.add(name, "out-of-range", name + " must be between " + min + " and " + max + ".");
            return null;
        }
        return year;
    }

    /**
     * An instant from an ISO date or date-time. A date alone means the start of that day in Norway,
     * or with {@code endOfDay} the start of the next day.
     */
    public static Instant instant(Validation validation, String name, String value, boolean endOfDay) {
        return parsed(validation, name, value, text -> {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(OSLO).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        }, name + " must be an ISO-8601 date (2024-05-31) or date-time (2024-05-31T12:00:00Z).");
    }

    /** A UUID in a query parameter, or null when absent. */
    public static UUID uuid(Validation validation, String name, String value) {
        return parsed(validation, name, value, UUID::fromString, name + " must be a UUID.");
    }

    /** The trimmed value parsed, or null when absent; a value the parser refuses is a 400 with the message. */
    private static <T> T parsed(Validation validation, String name, String value, Function<String, T> parser, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            validation.add(name, "invalid", message);
            return null;
        }
    }

    /** A UUID path id; anything else cannot name a resource, so it is a 404. */
    public static UUID uuidOrNotFound(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiProblem.notFound("No " + what + " has the id " + shorten(value) + ".");
        }
    }

    /** Keeps echoed input short in messages. */
    public static String shorten(String value) {
        if (value == null) {
            return "";
        }
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
