package no.kongsberg.vekst.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import no.kongsberg.vekst.platform.Validation;

/** Password hashing (bcrypt) and the password rule. */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    // Compared against when the username is unknown, so both cases take the same time.
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not-a-real-password-just-for-timing");

    private Passwords() {
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, 11);
    }

    public static boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash == null ? DUMMY_HASH : hash) && hash != null;
    }

    public static void checkRule(Validation validation, String field, String password) {
        if (password == null) {
            validation.add(field, "required", "A password is required.");
        } else if (password.length() < MIN_LENGTH) {
            validation.add(field, "too-short", "The password must have at least " + MIN_LENGTH + " characters.");
        } else if (password.length() > MAX_LENGTH) {
            validation.add(field, "too-long", "The password must have at most " + MAX_LENGTH + " characters.");
        }
    }
}
