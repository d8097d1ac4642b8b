package no.kongsberg.vekst.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.kongsberg.vekst.platform.FieldError;
import no.kongsberg.vekst.platform.Validation;
import org.junit.jupiter.api.Test;

/** The slug made from a name, and the tracking links' rules. */
class TrackingLinksTest {

    @Test
    void aSlugFromANameFoldsNorwegianLettersAndPunctuation() {
        assertEquals("velkommen-hjem-2026", TrackingLinks.slugOf("Velkommen hjem 2026"));
        assertEquals("sommer-i-solvbyen-aeoa", TrackingLinks.slugOf("  Sommer i Sølvbyen – ÆØÅ!  "));
        assertEquals("cafe-naive", TrackingLinks.slugOf("Café naïve"));
        assertEquals("a".repeat(60), TrackingLinks.slugOf("a".repeat(70)));
        assertEquals("ab", TrackingLinks.slugOf("ab---"));
        assertEquals("x".repeat(59), TrackingLinks.slugOf("x".repeat(59) + " y"), "no hyphen left at the cut");
    }

    @Test
    void theLinkKeepsThePagesQueryAndFragment() {
        assertEquals("https://kongsberg.no/a?utm_source=meta&utm_medium=paid&utm_campaign=vh-26",
                TrackingLinks.build(new Campaign.Link("https://kongsberg.no/a", "meta", "paid", null), "vh-26"));
        assertEquals("https://kongsberg.no/a?x=1&utm_source=meta&utm_medium=paid&utm_campaign=vh&utm_content=video.a#form",
                TrackingLinks.build(new Campaign.Link("https://kongsberg.no/a?x=1#form", "meta", "paid", "video.a"), "vh"));
        assertEquals("https://kongsberg.no/?utm_source=e&utm_medium=email&utm_campaign=vh",
                TrackingLinks.build(new Campaign.Link("https://kongsberg.no/?", "e", "email", null), "vh"));
    }

    @Test
    void linksAreCheckedPartByPart() {
        assertEquals(List.of(), errors(new Campaign.Link("https://www.kongsberg.no/velkommen", "meta", "paid_social", "v-1")));
        assertEquals(List.of("baseUrl"), fields(new Campaign.Link("ftp://kongsberg.no/a", "meta", "paid", null)));
        assertEquals(List.of("baseUrl"), fields(new Campaign.Link("/velkommen", "meta", "paid", null)));
        assertEquals(List.of("baseUrl"), fields(new Campaign.Link("https://kongsberg.no/a b", "meta", "paid", null)));
        assertEquals(List.of("baseUrl"), fields(new Campaign.Link("https://kongsberg.no/?UTM_source=x", "meta", "paid", null)));
        assertEquals(List.of("baseUrl"), fields(new Campaign.Link("https://kongsberg.no/" + "a".repeat(500), "meta", "paid", null)));
        assertEquals(List.of("source", "medium", "content"), fields(new Campaign.Link("https://kongsberg.no", "Meta", null, "")));
        assertEquals(List.of("content"), fields(new Campaign.Link("https://kongsberg.no", "meta", "paid", "x".repeat(51))));
        assertTrue(errors(new Campaign.Link("https://kongsberg.no", "meta", "paid", "x y")).get(0).code().equals("invalid-utm"));
    }

    private static List<FieldError> errors(Campaign.Link link) {
        Validation validation = new Validation();
        TrackingLinks.check(validation, "", link);
        return validation.errors();
    }

    private static List<String> fields(Campaign.Link link) {
        return errors(link).stream().map(FieldError::field).toList();
    }
}
