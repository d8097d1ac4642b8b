package no.kongsberg.vekst.auth;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues the RS256 access tokens: `sub`, `groups` (roles) and, for partner users, `partnerId`. */
@ApplicationScoped
public class TokenService {

    /** The claim holding an API client's credentials version: rotating the secret retires older tokens. */
    public static final String CREDENTIALS_VERSION = "cv";

    private final Duration lifetime;
    private final Duration clientLifetime;

    public TokenService(@ConfigProperty(name = "vekst.token.lifetime") long lifetimeSeconds,
            @ConfigProperty(name = "vekst.client-token.lifetime") long clientLifetimeSeconds) {
        this.lifetime = Duration.ofSeconds(lifetimeSeconds);
        this.clientLifetime = Duration.ofSeconds(clientLifetimeSeconds);
    }

    public record Token(String accessToken, String tokenType, long expiresIn) {
    }

    public Token issue(AppUser user) {
        JwtClaimsBuilder claims = Jwt.issuer("vekst")
                .subject(user.username)
                .upn(user.username)
                .groups(new HashSet<>(user.roleList()))
                .claim("name", user.displayName)
                .expiresIn(lifetime);
        if (user.partnerId != null) {
            claims.claim("partnerId", user.partnerId.toString());
        }
        return new Token(sign(claims), "Bearer", lifetime.toSeconds());
    }

    /**
     * A machine client's token: `sub` is its client id, `groups` only the integrator role, `scope`
     * the granted scopes (space-separated, as in OAuth), and `cv` its credentials version.
     */
    public Token issueForClient(String clientId, java.util.List<String> scopes, int credentialsVersion) {
        JwtClaimsBuilder claims = Jwt.issuer("vekst")
                .subject(clientId)
                .upn(clientId)
                .groups(Roles.INTEGRATOR)
                .claim("scope", String.join(" ", scopes))
                .claim(CREDENTIALS_VERSION, credentialsVersion)
                .expiresIn(clientLifetime);
        return new Token(sign(claims), "Bearer", clientLifetime.toSeconds());
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign();
    }
}
