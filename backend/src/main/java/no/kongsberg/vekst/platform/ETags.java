package no.kongsberg.vekst.platform;

/**
 * Optimistic concurrency for updates: the ETag is the entity's version, and an update must send it
 * back in If-Match (428 when missing, 412 when stale). The entity's JPA @Version also guards the
 * race between the check and the commit. The matching rule also serves If-None-Match of the
 * public answers (publicapi/PublicAnswers).
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The ETag header of a representation at this version. */
    public static jakarta.ws.rs.core.EntityTag tag(long version) {
        return new jakarta.ws.rs.core.EntityTag(Long.toString(version));
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired();
        }
        if (!anyMatches(ifMatch, of(currentVersion))) {
            throw ApiProblem.stale();
        }
    }

    /**
     * Whether an If-Match or If-None-Match header names this entity tag (quoted, as sent): a list,
     * `*`, and the weak comparison (RFC 9110 8.8.3.2: W/"x" matches "x"). Absent or blank: no.
     */
    public static boolean anyMatches(String header, String quotedTag) {
        if (header == null || header.isBlank()) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(quotedTag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
