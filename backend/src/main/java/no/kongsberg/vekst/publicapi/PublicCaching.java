package no.kongsberg.vekst.publicapi;

/** How long browsers and proxies may keep the public figures (issue #13 makes it configurable, with ETags). */
final class PublicCaching {

    static final String CACHE_CONTROL = "public, max-age=60";

    private PublicCaching() {
    }
}
