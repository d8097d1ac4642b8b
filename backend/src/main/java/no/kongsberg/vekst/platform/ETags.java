package no.kongsberg.vekst.platform;

/**
 * Optimistic concurrency for updates: the ETag is the entity's version, and an update must send it
 * back in If-Match (428 when missing, 412 when stale). The entity's JPA @Version also guards the
 * race between the check and the commit.
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
        String wanted = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(wanted) || tag.equals("*")) {
                return;
            }
        }
        throw ApiProblem.stale();
    }
}
