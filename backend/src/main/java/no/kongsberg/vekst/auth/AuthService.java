package no.kongsberg.vekst.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.Validation;

/** Sign-in and one's own password. */
@ApplicationScoped
public class AuthService {

    private final LoginThrottle throttle;
    private final TokenService tokens;
    private final AuditService audit;
    private final ActiveUsers activeUsers;

    public AuthService(LoginThrottle throttle, TokenService tokens, AuditService audit, ActiveUsers activeUsers) {
        this.throttle = throttle;
        this.tokens = tokens;
        this.audit = audit;
        this.activeUsers = activeUsers;
    }

    /**
     * Checks the credentials and issues a token. A failure is recorded (for throttling and the
     * audit log) in a transaction of its own, so that refusing the caller does not undo it.
     */
    public TokenService.Token signIn(String username, String password, String address) {
        String name = username.trim().toLowerCase(java.util.Locale.ROOT);
        throttle.checkAllowed(name, address);
        Optional<AppUser> found = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(name));
        boolean valid = Passwords.matches(password, found.map(u -> u.passwordHash).orElse(null))
                && found.get().enabled;
        if (!valid) {
            QuarkusTransaction.requiringNew().run(() -> {
                throttle.recordFailure(name, address);
                audit.recordAs(null, "login-failed", "session", name, Map.of());
            });
            throw ApiProblem.unauthorized("invalid-credentials", "Wrong username or password, or the user is disabled.");
        }
        AppUser user = found.get();
        QuarkusTransaction.requiringNew().run(() -> {
            throttle.clearUser(name);
            audit.recordAs(name, "login", "session", name, Map.of());
        });
        return tokens.issue(user);
    }

    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        AppUser user = AppUser.findByUsername(username).orElseThrow(
                () -> ApiProblem.unauthorized("unauthorized", "The user no longer exists."));
        Validation validation = new Validation();
        validation.check(Passwords.matches(currentPassword, user.passwordHash), "currentPassword", "incorrect",
                "The current password is not correct.");
        Passwords.checkRule(validation, "newPassword", newPassword);
        validation.check(newPassword == null || !newPassword.equals(currentPassword), "newPassword", "unchanged",
                "The new password must differ from the current one.");
        validation.throwIfAny();
        user.passwordHash = Passwords.hash(newPassword);
        user.passwordChangeRequired = false;
        user.updatedAt = java.time.Instant.now();
        audit.record("password-change", "user", user.id, Changes.between(Map.of("password", "********"),
                Map.of("password", "******** (changed)")));
        activeUsers.forget(username);
    }
}
