package no.kongsberg.vekst.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.partners.Partner;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.platform.Where;

/** User accounts: the rules for roles, partners, disabling and passwords, and their audit. */
@ApplicationScoped
public class UserService {

    private final AuditService audit;
    private final ActiveUsers activeUsers;

    public UserService(AuditService audit, ActiveUsers activeUsers) {
        this.audit = audit;
        this.activeUsers = activeUsers;
    }

    public record NewUser(String username, String displayName, String password, List<String> roles, UUID partnerId) {
    }

    public record UserChange(String displayName, List<String> roles, UUID partnerId, boolean enabled) {
    }

    public record Filter(String text, String role, Boolean enabled) {
    }

    @Transactional
    public PageRequest.Page<AppUser> search(Filter filter, PageRequest page) {
        Where where = new Where()
                .contains(filter.text(), "text", "username", "displayName")
                .and("array_contains(roles, :role)", "role", filter.role())
                .and("enabled = :enabled", "enabled", filter.enabled());
        var found = AppUser.find(where.query(), page.sort(), where.parameters());
        return page.page(found.page(page.page(), page.size()).list(), found.count());
    }

    @Transactional
    public AppUser get(UUID id) {
        return AppUser.<AppUser>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("No user has the id " + id + "."));
    }

    /** Creates a user; used by the API (audited as the admin) and at start-up (audited as the system). */
    @Transactional
    public AppUser create(NewUser request) {
        Validation validation = new Validation();
        String username = request.username() == null ? null : request.username().trim().toLowerCase(Locale.ROOT);
        validation.check(username != null && username.matches("[a-z0-9][a-z0-9._@-]{1,63}"), "username", "invalid",
                "The username must be 2-64 characters: lower-case letters, digits and . _ @ -, starting with a letter or digit.");
        Passwords.checkRule(validation, "password", request.password());
        List<String> roles = checkRolesAndPartner(validation, request.displayName(), request.roles(), request.partnerId());
        validation.throwIfAny();
        if (AppUser.findByUsername(username).isPresent()) {
            throw ApiProblem.conflict("username", "duplicate", "The username " + username + " is already taken.");
        }
        AppUser user = new AppUser();
        user.id = UUID.randomUUID();
        user.username = username;
        user.displayName = request.displayName().trim();
        user.passwordHash = Passwords.hash(request.password());
        user.roles = roles.toArray(String[]::new);
        user.partnerId = request.partnerId();
        user.enabled = true;
        user.createdAt = Instant.now();
        user.updatedAt = user.createdAt;
        user.persist();
        audit.record("create", "user", user.id, Changes.created(user.auditView()));
        return user;
    }

    /**
     * Changes name, roles, partner and enabled state under If-Match. An admin cannot lock itself
     * out: it may neither disable itself nor drop its own admin role.
     */
    @Transactional
    public AppUser update(UUID id, String ifMatch, UserChange change, String actingUsername) {
        AppUser user = get(id);
        ETags.requireMatch(ifMatch, user.version);
        Validation validation = new Validation();
        List<String> roles = checkRolesAndPartner(validation, change.displayName(), change.roles(), change.partnerId());
        if (user.username.equals(actingUsername)) {
            validation.check(change.enabled(), "enabled", "self-lockout", "You cannot disable your own user.");
            validation.check(roles.isEmpty() || roles.contains(Roles.ADMIN), "roles", "self-lockout",
                    "You cannot remove your own admin role.");
        }
        validation.throwIfAny();
        Map<String, Object> before = user.auditView();
        user.displayName = change.displayName().trim();
        user.roles = roles.toArray(String[]::new);
        user.partnerId = change.partnerId();
        user.enabled = change.enabled();
        user.updatedAt = Instant.now();
        var changes = Changes.between(before, user.auditView());
        if (!changes.isEmpty()) {
            audit.record(actionFor(before, user), "user", user.id, changes);
        }
        user.persistAndFlush();
        activeUsers.forget(user.username);
        return user;
    }

    @Transactional
    public void resetPassword(UUID id, String newPassword) {
        AppUser user = get(id);
        Validation validation = new Validation();
        Passwords.checkRule(validation, "newPassword", newPassword);
        validation.throwIfAny();
        user.passwordHash = Passwords.hash(newPassword);
        user.updatedAt = Instant.now();
        audit.record("password-reset", "user", user.id, Map.of());
    }

    /** The most telling action name for an update: disabling and role changes are looked for in the log. */
    private static String actionFor(Map<String, Object> before, AppUser after) {
        if (Boolean.TRUE.equals(before.get("enabled")) && !after.enabled) {
            return "disable";
        }
        if (Boolean.FALSE.equals(before.get("enabled")) && after.enabled) {
            return "enable";
        }
        if (!before.get("roles").equals(after.roleList())) {
            return "role-change";
        }
        return "update";
    }

    private static List<String> checkRolesAndPartner(Validation validation, String displayName, List<String> roles,
            UUID partnerId) {
        validation.check(displayName != null && !displayName.isBlank() && displayName.length() <= 200, "displayName",
                displayName == null || displayName.isBlank() ? "required" : "too-long", "A display name of 1-200 characters is required.");
        if (roles == null || roles.isEmpty()) {
            validation.add("roles", "required", "At least one role is required.");
            return List.of();
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            if (!Roles.ALL.contains(role)) {
                validation.add("roles[" + i + "]", "unknown-value", "Roles are " + String.join(", ", Roles.ALL) + ".");
            }
            unique.add(role);
        }
        boolean partner = unique.contains(Roles.PARTNER);
        if (partner && partnerId == null) {
            validation.add("partnerId", "required", "A partner user must belong to a partner.");
        } else if (!partner && partnerId != null) {
            validation.add("partnerId", "not-allowed", "Only partner users belong to a partner.");
        } else if (partnerId != null && Partner.findById(partnerId) == null) {
            validation.add("partnerId", "unknown-partner", "No partner has the id " + partnerId + ".");
        }
        // Keep a stable order, as listed in Roles.ALL.
        return Roles.ALL.stream().filter(unique::contains).toList();
    }
}
