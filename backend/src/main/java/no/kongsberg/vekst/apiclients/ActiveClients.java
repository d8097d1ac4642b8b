package no.kongsberg.vekst.apiclients;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.auth.TokenService;
import no.kongsberg.vekst.platform.OsloTime;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every call with an API client's token checks the client as it is now: not revoked, not expired,
 * the secret not rotated since the token was issued (401 otherwise), and its current scopes, so
 * that an admin's change takes effect at once, not when the token expires. One primary-key read a
 * call, not cached: revocation must reach every instance at once.
 */
@ApplicationScoped
public class ActiveClients implements SecurityIdentityAugmentor {

    /** The attribute holding the client's row id (a UUID), for usage counting. */
    public static final String CLIENT = "vekst.apiClient";
    /** The attribute holding the scopes this call may use: the token's, narrowed to the client's current ones. */
    public static final String SCOPES = "vekst.scopes";

    record ActiveClient(UUID id, Set<String> scopes) {
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Roles.INTEGRATOR)
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String clientId = token.getSubject();
        Integer credentialsVersion = intClaim(token.getClaim(TokenService.CREDENTIALS_VERSION));
        Object scopeClaim = token.getClaim("scope");
        String scopes = scopeClaim instanceof jakarta.json.JsonString json ? json.getString() : String.valueOf(scopeClaim);
        Set<String> tokenScopes = scopeClaim == null ? Set.of()
                : Arrays.stream(scopes.trim().split("\\s+")).collect(Collectors.toSet());
        return context.runBlocking(() -> {
            Optional<ActiveClient> active = QuarkusTransaction.requiringNew().call(() -> ApiClient.findByClientId(clientId)
                    .filter(client -> client.usable(OsloTime.today()))
                    .filter(client -> credentialsVersion != null && client.credentialsVersion == credentialsVersion)
                    .map(client -> new ActiveClient(client.id, client.scopeList().stream()
                            .filter(tokenScopes::contains).collect(Collectors.toUnmodifiableSet()))));
            if (active.isEmpty()) {
                throw new AuthenticationFailedException("The API client is revoked or expired, or its secret was rotated");
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(identity.getPrincipal())
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .addAttribute(CLIENT, active.get().id())
                    .addAttribute(SCOPES, active.get().scopes())
                    .addRole(Roles.INTEGRATOR)
                    .setAnonymous(false)
                    .build();
        });
    }

    private static Integer intClaim(Object claim) {
        if (claim instanceof Number number) {
            return number.intValue();
        }
        if (claim instanceof jakarta.json.JsonNumber number) {
            return number.intValue();
        }
        return null;
    }
}
