package no.kongsberg.vekst.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One matching rule for If-Match (updates) and If-None-Match (the public answers). */
class ETagsTest {

    @Test
    void listsStarAndTheWeakComparison() {
        assertTrue(ETags.anyMatches("\"3\"", "\"3\""));
        assertTrue(ETags.anyMatches("W/\"3\"", "\"3\""));
        assertTrue(ETags.anyMatches("\"1\", \"3\"", "\"3\""));
        assertTrue(ETags.anyMatches("*", "\"3\""));
        assertFalse(ETags.anyMatches("\"2\"", "\"3\""));
        assertFalse(ETags.anyMatches("3", "\"3\""));
        assertFalse(ETags.anyMatches(null, "\"3\""));
        assertFalse(ETags.anyMatches(" ", "\"3\""));
    }

    @Test
    void anUpdateWithoutIfMatchIs428AndAStaleOne412() {
        assertEquals(428, assertThrows(ApiProblem.class, () -> ETags.requireMatch(null, 3)).status());
        assertEquals(412, assertThrows(ApiProblem.class, () -> ETags.requireMatch("\"2\"", 3)).status());
        ETags.requireMatch("W/\"3\"", 3);
    }
}
