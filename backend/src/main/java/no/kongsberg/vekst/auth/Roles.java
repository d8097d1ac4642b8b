package no.kongsberg.vekst.auth;

import java.util.List;

/** The roles of DESIGN.md. They do not imply each other: an admin is listed wherever it is allowed. */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String EDITOR = "editor";
    public static final String PARTNER = "partner";
    public static final String ADMIN = "admin";
    public static final List<String> ALL = List.of(VIEWER, EDITOR, PARTNER, ADMIN);

    private Roles() {
    }
}
