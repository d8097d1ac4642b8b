package no.kongsberg.vekst.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class OrganisationNumbersTest {

    @Test
    void publishedNumbersAreValid() {
        // Brønnøysundregistrene and two other organisations as published in Enhetsregisteret.
        assertTrue(OrganisationNumbers.isValid("974760673"));
        assertTrue(OrganisationNumbers.isValid("923609016"));
        assertTrue(OrganisationNumbers.isValid("971526920"));
    }

    @Test
    void aWrongCheckDigitOrShapeIsInvalid() {
        assertFalse(OrganisationNumbers.isValid("974760674"));
        assertFalse(OrganisationNumbers.isValid("97476067"));
        assertFalse(OrganisationNumbers.isValid("9747606733"));
        assertFalse(OrganisationNumbers.isValid("97476067a"));
        assertFalse(OrganisationNumbers.isValid(null));
        // A remainder of 1 would need the check digit 10: no number with these eight digits is valid.
        assertEquals(-1, OrganisationNumbers.checkDigit("10000013"));
    }

    @Property
    void changingOneDigitBreaksTheCheck(@ForAll @IntRange(min = 10_000_000, max = 99_999_999) int firstEight,
            @ForAll @IntRange(min = 0, max = 8) int position, @ForAll @IntRange(min = 1, max = 9) int delta) {
        int check = OrganisationNumbers.checkDigit(Integer.toString(firstEight));
        if (check < 0) {
            return;
        }
        String valid = firstEight + Integer.toString(check);
        assertTrue(OrganisationNumbers.isValid(valid));
        char[] digits = valid.toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + delta) % 10);
        // Mod 11 with these weights catches every single-digit error.
        assertFalse(OrganisationNumbers.isValid(new String(digits)), valid + " → " + new String(digits));
    }
}
