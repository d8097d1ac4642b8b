package no.kongsberg.vekst.support;

import java.util.concurrent.ThreadLocalRandom;
import no.kongsberg.vekst.platform.OrganisationNumbers;

/** Valid organisation numbers for tests: random, in a range a test class keeps to itself, with the right check digit. */
public final class FreshOrganisationNumbers {

    private FreshOrganisationNumbers() {
    }

    /** A valid number whose first eight digits lie in [{@code from}, {@code from} + 9,000,000). */
    public static String from(int from) {
        while (true) {
            String firstEight = Integer.toString(from + ThreadLocalRandom.current().nextInt(9_000_000));
            int check = OrganisationNumbers.checkDigit(firstEight);
            if (check >= 0) {
                return firstEight + check;
            }
        }
    }
}
