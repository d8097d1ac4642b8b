package no.kongsberg.vekst.platform;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** Collects field errors so that a request hears about all its mistakes at once. */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    public Validation add(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
        return this;
    }

    public Validation check(boolean ok, String field, String code, String message) {
        if (!ok) {
            add(field, code, message);
        }
        return this;
    }

    /**
     * A free-text field: trimmed, at most {@code max} characters, and no NUL character (PostgreSQL
     * cannot store one, and it is never meant); a required one must not be blank.
     */
    public Validation text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            return check(!required, field, "required", "A value of 1-" + max + " characters is required.");
        }
        check(value.trim().length() <= max, field, "too-long", "At most " + max + " characters.");
        return check(value.indexOf('\0') < 0, field, "invalid", "The text contains a NUL character.");
    }

    /**
     * A date the programme can mean: years 1900-2200. One far outside is a typing error (and
     * PostgreSQL would refuse years beyond 294276 with an error, not a 400).
     */
    public Validation plausibleDate(String field, LocalDate value) {
        return check(value == null || value.getYear() >= 1900 && value.getYear() <= 2200, field, "out-of-range",
                "The date must lie in the years 1900-2200.");
    }

    /**
     * A list of references to other resources (KPI keys, partner ids): each item present, listed
     * once, and existing (else {@code unknownCode}, field `list[i]`), and at most {@code max} items.
     */
    public <T> Validation references(String field, List<T> values, int max, Predicate<T> exists, String unknownCode,
            Function<T, String> unknownMessage) {
        check(values.size() <= max, field, "too-long", "At most " + max + " items.");
        Set<T> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            String item = field + "[" + i + "]";
            if (value == null) {
                add(item, "required", "A value is required.");
            } else if (!seen.add(value)) {
                add(item, "duplicate", "Listed twice.");
            } else {
                check(exists.test(value), item, unknownCode, unknownMessage.apply(value));
            }
        }
        return this;
    }

    /** A free-text field's value as it is stored: trimmed, and null when blank. */
    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    int count() {
        return errors.size();
    }

    /** The errors found so far, for callers that report them in their own way (imports name rows). */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** Throws a 400 problem listing every error, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
    }
}
