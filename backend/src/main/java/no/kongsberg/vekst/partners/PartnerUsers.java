package no.kongsberg.vekst.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import no.kongsberg.vekst.auth.AppUser;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.auth.UserService;
import no.kongsberg.vekst.platform.LocalSecrets;

/** An admin invites a partner's contact as a user: bound to the partner, with a temporary password. */
@ApplicationScoped
public class PartnerUsers {

    private final UserService users;
    private final PartnerAccess access;

    public PartnerUsers(UserService users, PartnerAccess access) {
        this.users = users;
        this.access = access;
    }

    public record Invitation(AppUser user, String temporaryPassword) {
    }

    @Transactional
    public Invitation invite(UUID partnerId, String username, String displayName) {
        Partner partner = access.visible(partnerId);
        String temporary = LocalSecrets.randomSecret(15);
        AppUser user = users.create(new UserService.NewUser(username, displayName, temporary, List.of(Roles.PARTNER), partner.id));
        user.passwordChangeRequired = true;
        return new Invitation(user, temporary);
    }
}
