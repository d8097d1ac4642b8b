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

    private final Duration lifetime;

    public TokenService(@ConfigProperty(name = "vekst.token.lifetime") long lifetimeSeconds) {
        this.lifetime = Duration.ofSeconds(lifetimeSeconds);
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
        return new Token(claims.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(), "Bearer",
                lifetime.toSeconds());
    }
}
