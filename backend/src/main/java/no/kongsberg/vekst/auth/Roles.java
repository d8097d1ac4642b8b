package no.kongsberg.vekst.auth;

import java.util.List;

/** The roles of DESIGN.md. They do not imply each other: an admin is listed wherever it is allowed. */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String EDITOR = "editor";
    public static final String PARTNER = "partner";
    public static final String ADMIN = "admin";
    /**
     * A machine client (auth/ApiClient) with a client-credentials token: read-only, never personal
     * data, and only the operations its scopes ({@link Scope}) cover.
     */
    public static final String INTEGRATOR = "integrator";
    /**
     * Not a role one can be given: the only one a user with a temporary password has until it is
     * changed, good for reading itself and changing the password.
     */
    public static final String PASSWORD_CHANGE_PENDING = "password-change-pending";

    public static final List<String> ALL = List.of(VIEWER, EDITOR, PARTNER, ADMIN);

    /** API clients never see personal data: views leave out names of people and staff notes for them. */
    public static boolean isIntegrator(io.quarkus.security.identity.SecurityIdentity identity) {
        return identity.hasRole(INTEGRATOR);
    }

    private Roles() {
    }
}
