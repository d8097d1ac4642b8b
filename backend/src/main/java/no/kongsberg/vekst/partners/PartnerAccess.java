package no.kongsberg.vekst.partners;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import no.kongsberg.vekst.auth.ActiveUsers;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.platform.ApiProblem;

/**
 * Who may see which partner. Staff (viewer, editor, admin) see every partner; a user who is only a
 * partner user sees its own organisation, and any other partner's resources answer 404 (never
 * 403), so that ids cannot be probed.
 */
@RequestScoped
public class PartnerAccess {

    private final SecurityIdentity identity;

    public PartnerAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The partner a partner-only user is confined to; empty for staff. */
    public Optional<UUID> confinedTo() {
        boolean staff = identity.hasRole(Roles.VIEWER) || identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.ADMIN);
        if (staff || !identity.hasRole(Roles.PARTNER)) {
            return Optional.empty();
        }
        UUID own = identity.getAttribute(ActiveUsers.PARTNER_ID);
        // A partner user always has a partner (a database constraint); a missing one sees nothing.
        return Optional.of(own == null ? new UUID(0, 0) : own);
    }

    /** Staff see every partner with the staff's notes; partner users and API clients never see the notes. */
    public boolean isStaff() {
        return confinedTo().isEmpty() && !publicOnly();
    }

    /** An API client (scope read:partners-public) sees only the partners that agreed to be listed publicly. */
    public boolean publicOnly() {
        return Roles.isIntegrator(identity);
    }

    /** The partner, if this caller may see it; otherwise the same 404 as for an id that does not exist. */
    public Partner visible(UUID id) {
        Partner partner = Partner.findById(id);
        if (partner == null || confinedTo().map(own -> !own.equals(id)).orElse(false)
                || publicOnly() && !partner.publicListingConsent) {
            throw notFound(id);
        }
        return partner;
    }

    public static ApiProblem notFound(UUID id) {
        return ApiProblem.notFound("No partner has the id " + id + ".");
    }
}
