package no.kongsberg.vekst.jobs.openings;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * A job opening's description as it is stored and shown: safe HTML. Markup is reduced to a small
 * subset (paragraphs, line breaks, emphasis, lists, small headings, and links to http(s) and mailto
 * addresses); everything else, such as scripts, styles, frames and event-handler attributes, is
 * removed. Plain text (nothing that looks like a tag) becomes paragraphs, its single line breaks kept.
 */
public final class Descriptions {

    private static final Safelist SAFE = new Safelist()
            .addTags("p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "h3", "h4", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    /** Something that starts a tag or a comment: `<p`, `</p`, `<!--`. */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("<[a-zA-Z/!]");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private Descriptions() {
    }

    /** The safe HTML of a description given as text or markup; null when nothing is left. */
    public static String sanitise(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String safe = MARKUP.matcher(input).find() ? Jsoup.clean(input, "", SAFE, COMPACT) : fromPlainText(input);
        return Jsoup.parse(safe).text().isBlank() ? null : safe.trim();
    }

    private static String fromPlainText(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").strip().split("\n\\s*\n")) {
            String lines = String.join("<br>", paragraph.strip().lines().map(line -> Entities.escape(line.strip())).toList());
            paragraphs.add("<p>" + lines + "</p>");
        }
        return String.join("", paragraphs);
    }
}
