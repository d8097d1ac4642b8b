package no.kongsberg.vekst.auth;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Every authenticated request checks that its user still exists and is enabled, and takes the
 * user's current roles, so that disabling a user or changing roles takes effect at once rather
 * than when the token expires. The lookup is cached for a few seconds (cache "active-users").
 */
@ApplicationScoped
public class ActiveUsers implements SecurityIdentityAugmentor {

    private final Cache cache;

    public ActiveUsers(@CacheName("active-users") Cache cache) {
        this.cache = cache;
    }

    /** The attribute holding a partner user's partner id (a UUID), read by the partners feature. */
    public static final String PARTNER_ID = "vekst.partnerId";

    record ActiveUser(List<String> roles, java.util.UUID partnerId) {
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // An API client's token is checked by apiclients/ActiveClients: it names no user.
        if (identity.isAnonymous() || identity.hasRole(Roles.INTEGRATOR)) {
            return Uni.createFrom().item(identity);
        }
        String username = identity.getPrincipal().getName();
        return context.runBlocking(() -> {
            Optional<ActiveUser> active = cache.get(username, ActiveUsers::load).await().indefinitely();
            if (active.isEmpty()) {
                throw new AuthenticationFailedException("The user is disabled or no longer exists");
            }
            var builder = QuarkusSecurityIdentity.builder();
            if (active.get().partnerId() != null) {
                builder.addAttribute(PARTNER_ID, active.get().partnerId());
            }
            return builder
                    .setPrincipal(identity.getPrincipal())
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .addRoles(new java.util.HashSet<>(active.get().roles()))
                    .setAnonymous(false)
                    .build();
        });
    }

    /** Drops the cached state of a user whose roles or enabled state just changed. */
    public void forget(String username) {
        cache.invalidate(username).await().indefinitely();
    }

    private static Optional<ActiveUser> load(String username) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(username)
                .filter(user -> user.enabled)
                .map(user -> new ActiveUser(user.passwordChangeRequired ? List.of(Roles.PASSWORD_CHANGE_PENDING)
                        : List.copyOf(user.roleList()), user.partnerId)));
    }
}
