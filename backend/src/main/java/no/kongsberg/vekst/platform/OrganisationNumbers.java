package no.kongsberg.vekst.platform;

/**
 * Norwegian organisation numbers (Enhetsregisteret): nine digits, the last a mod-11 check digit
 * of the first eight with the weights 3 2 7 6 5 4 3 2. A remainder that would give the check
 * digit 10 means no valid number has those eight digits.
 */
public final class OrganisationNumbers {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganisationNumbers() {
    }

    public static boolean isWellFormed(String number) {
        return number != null && number.matches("[0-9]{9}");
    }

    public static boolean isValid(String number) {
        return isWellFormed(number) && checkDigit(number.substring(0, 8)) == number.charAt(8) - '0';
    }

    /** The check digit of eight digits, or -1 when no check digit makes them valid. */
    public static int checkDigit(String firstEight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (firstEight.charAt(i) - '0') * WEIGHTS[i];
        }
        int digit = 11 - sum % 11;
        if (digit == 11) {
            return 0;
        }
        return digit == 10 ? -1 : digit;
    }
}
