package no.kongsberg.vekst.platform;

import java.util.ArrayList;
import java.util.List;

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
