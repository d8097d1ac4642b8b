package no.kongsberg.vekst.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import no.kongsberg.vekst.platform.ApiProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in throttling: after too many failures for one username, or from one address, within the
 * window, further attempts are refused (429 with Retry-After) until the oldest failure in the
 * window has aged out.
 */
@ApplicationScoped
public class LoginThrottle {

    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration window;

    public LoginThrottle(@ConfigProperty(name = "vekst.login.max-failures-per-user") int maxPerUser,
            @ConfigProperty(name = "vekst.login.max-failures-per-address") int maxPerAddress,
            @ConfigProperty(name = "vekst.login.window") Duration window) {
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /** Throws 429 when the username or the address has used up its failures. */
    @Transactional
    public void checkAllowed(String username, String address) {
        Instant now = Instant.now();
        Instant since = now.minus(window);
        Optional<Instant> userBlockedUntil = blockedUntil("username", username, maxPerUser, since);
        Optional<Instant> addressBlockedUntil = blockedUntil("address", address, maxPerAddress, since);
        Optional<Instant> until = userBlockedUntil.isPresent() && addressBlockedUntil.isPresent()
                ? Optional.of(max(userBlockedUntil.get(), addressBlockedUntil.get()))
                : userBlockedUntil.or(() -> addressBlockedUntil);
        if (until.isPresent()) {
            long seconds = Math.max(1, Duration.between(now, until.get()).toSeconds() + 1);
            throw ApiProblem.tooManyAttempts(seconds);
        }
    }

    @Transactional
    public void recordFailure(String username, String address) {
        LoginFailure failure = new LoginFailure();
        failure.username = username;
        failure.address = address;
        failure.at = Instant.now();
        failure.persist();
        // Old failures no longer count; keep the table small.
        LoginFailure.delete("at < ?1", Instant.now().minus(window.multipliedBy(2)));
    }

    /** A successful sign-in forgives the username's earlier failures (not the address's). */
    @Transactional
    public void clearUser(String username) {
        LoginFailure.delete("username", username);
    }

    /**
     * When the count in the window has reached the limit: the time the oldest failure that keeps it
     * there leaves the window.
     */
    private Optional<Instant> blockedUntil(String column, String value, int max, Instant since) {
        var failures = LoginFailure.<LoginFailure>find(column + " = ?1 and at > ?2 order by at desc", value, since)
                .page(0, max).list();
        if (failures.size() < max) {
            return Optional.empty();
        }
        return Optional.of(failures.get(max - 1).at.plus(window));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
