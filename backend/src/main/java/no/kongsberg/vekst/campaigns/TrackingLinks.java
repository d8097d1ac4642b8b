package no.kongsberg.vekst.campaigns;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import no.kongsberg.vekst.platform.Validation;

/** Slugs and the campaign's tracking links (utm_source, utm_medium, utm_campaign = the slug, utm_content). */
final class TrackingLinks {

    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final Pattern UTM_VALUE = Pattern.compile("^[a-z0-9._-]{1,50}$");
    static final int MAX_URL = 500;

    private TrackingLinks() {
    }

    /** A slug made from a name: "Velkommen hjem – Ålesund 2026" becomes "velkommen-hjem-alesund-2026". */
    static String slugOf(String name) {
        String folded = name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug;
    }

    /** Checks a link's parts, naming fields under {@code prefix}. */
    static void check(Validation validation, String prefix, Campaign.Link link) {
        validation.check(link.baseUrl() != null && usableBase(link.baseUrl()), prefix + "baseUrl", "invalid-url",
                "An absolute http or https address of at most " + MAX_URL + " characters, without utm_ parameters.");
        utm(validation, prefix + "source", link.source(), true);
        utm(validation, prefix + "medium", link.medium(), true);
        utm(validation, prefix + "content", link.content(), false);
    }

    /** The link with the campaign's parameters added before any fragment, after any query the page has. */
    static String build(Campaign.Link link, String slug) {
        String base = link.baseUrl();
        int hash = base.indexOf('#');
        String fragment = hash < 0 ? "" : base.substring(hash);
        String page = hash < 0 ? base : base.substring(0, hash);
        StringBuilder url = new StringBuilder(page).append(page.contains("?") ? (page.endsWith("?") || page.endsWith("&") ? "" : "&") : "?")
                .append("utm_source=").append(encode(link.source()))
                .append("&utm_medium=").append(encode(link.medium()))
                .append("&utm_campaign=").append(encode(slug));
        if (link.content() != null) {
            url.append("&utm_content=").append(encode(link.content()));
        }
        return url.append(fragment).toString();
    }

    private static void utm(Validation validation, String field, String value, boolean required) {
        if (value == null) {
            validation.check(!required, field, "required", "A value is required.");
        } else {
            validation.check(UTM_VALUE.matcher(value).matches(), field, "invalid-utm",
                    "1-50 lower-case letters, digits, '.', '_' or '-'.");
        }
    }

    private static boolean usableBase(String value) {
        if (value.length() > MAX_URL || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null
                    && (uri.getRawQuery() == null || !uri.getRawQuery().toLowerCase(Locale.ROOT).matches("(^|.*&)utm_.*"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
