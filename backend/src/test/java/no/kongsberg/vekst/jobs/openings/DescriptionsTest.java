package no.kongsberg.vekst.jobs.openings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Descriptions are made safe on input: the small subset kept, everything that can run or restyle removed. */
class DescriptionsTest {

    @Test
    void scriptsStylesFramesAndEventHandlersAreRemoved() {
        String safe = Descriptions.sanitise("<p onclick=\"steal()\">Hei<script>alert('x')</script></p>"
                + "<style>body{display:none}</style><iframe src=\"https://evil.example\"></iframe>"
                + "<img src=x onerror=\"alert(1)\"><svg onload=\"alert(1)\"></svg>");
        assertEquals("<p>Hei</p>", safe);
    }

    @Test
    void linksKeepOnlyWebAndMailAddressesAndNeverOpenTheSiteToThePage() {
        assertEquals("<p><a href=\"https://example.org/jobb\" rel=\"nofollow noopener noreferrer\">Søk</a></p>",
                Descriptions.sanitise("<p><a href=\"https://example.org/jobb\" target=\"_blank\" style=\"color:red\">Søk</a></p>"));
        assertEquals("<a href=\"mailto:jobb@example.org\" rel=\"nofollow noopener noreferrer\">E-post</a>",
                Descriptions.sanitise("<a href=\"mailto:jobb@example.org\">E-post</a>"));
        String script = Descriptions.sanitise("<a href=\"javascript:alert(1)\">Klikk</a> og <a href=\"data:text/html,x\">her</a>");
        assertFalse(script.contains("javascript"), script);
        assertFalse(script.contains("data:"), script);
        assertTrue(script.contains("Klikk"), script);
    }

    @Test
    void theSmallSubsetIsKept() {
        String markup = "<h3>Om stillingen</h3><p>Vi tilbyr <strong>fast</strong> jobb, <em>fleksitid</em> og <b>gode</b> "
                + "<i>kolleger</i>.<br>Velkommen!</p><ul><li>Fagbrev</li><li><u>Førerkort</u></li></ul><ol><li>Søk</li></ol><h4>Kontakt</h4>";
        assertEquals(markup, Descriptions.sanitise(markup));
    }

    @Test
    void otherMarkupLeavesItsTextOnly() {
        assertEquals("<p>Stor tekst i en boks</p>", Descriptions.sanitise("<p><span style=\"font-size:40px\">Stor</span> "
                + "<font color=red>tekst</font> i <sub>en</sub> <code class=x>boks</code></p>"));
    }

    @Test
    void plainTextBecomesParagraphsWithItsLineBreaksAndIsEscaped() {
        assertEquals("<p>Første linje<br>andre linje</p><p>Nytt avsnitt: lønn &amp; pensjon</p>",
                Descriptions.sanitise("Første linje\r\nandre linje\n\n  Nytt avsnitt: lønn & pensjon  "));
        assertEquals("<p>5 &lt; 6 og 7 &gt; 3</p>", Descriptions.sanitise("5 < 6 og 7 > 3"));
    }

    @Test
    void nothingLeftIsNull() {
        assertNull(Descriptions.sanitise(null));
        assertNull(Descriptions.sanitise("   "));
        assertNull(Descriptions.sanitise("<script>alert(1)</script><p> </p>"));
    }
}
