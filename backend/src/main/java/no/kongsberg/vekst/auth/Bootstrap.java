package no.kongsberg.vekst.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.kongsberg.vekst.partners.Partner;
import no.kongsberg.vekst.partners.PartnerDemoData;
import no.kongsberg.vekst.platform.LocalSecrets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first admin, and with demo data the demo users of the other roles. Runs at every start and
 * only creates what is missing: it never resets an existing user's password.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class);

    /** The demo users of the README; created only together with demo data, never by production configuration. */
    static final List<UserService.NewUser> DEMO_USERS = List.of(
            new UserService.NewUser("editor", "Eva Editor (demo)", "demo-editor", List.of(Roles.EDITOR), null),
            new UserService.NewUser("viewer", "Vidar Viewer (demo)", "demo-viewer", List.of(Roles.VIEWER), null),
            new UserService.NewUser("partner", "Per Partner (demo, fictional company)", "demo-partner", List.of(Roles.PARTNER), null));

    private final UserService users;
    private final String adminUsername;
    private final Optional<String> adminPassword;
    private final boolean demoData;
    private final Path dataDir;

    public Bootstrap(UserService users, @ConfigProperty(name = "vekst.admin.username") String adminUsername,
            @ConfigProperty(name = "vekst.admin.password") Optional<String> adminPassword,
            @ConfigProperty(name = "vekst.demo-data") boolean demoData,
            @ConfigProperty(name = "vekst.data-dir") String dataDir) {
        this.users = users;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword.filter(p -> !p.isBlank());
        this.demoData = demoData;
        this.dataDir = Path.of(dataDir);
    }

    void createUsers(@Observes @Priority(40) StartupEvent start) {
        if (!exists(adminUsername)) {
            createFirstAdmin();
        }
        if (demoData) {
            for (UserService.NewUser demo : DEMO_USERS) {
                if (Roles.PARTNER.equals(demo.roles().get(0))) {
                    demo = boundToTheDemoPartner(demo);
                }
                if (demo != null && !exists(demo.username())) {
                    users.create(demo);
                    LOG.infof("Created the demo user %s (password in the README)", demo.username());
                }
            }
        }
    }

    private void createFirstAdmin() {
        String password = adminPassword.orElseGet(() -> LocalSecrets.randomSecret(15));
        users.create(new UserService.NewUser(adminUsername, "Administrator", password, List.of(Roles.ADMIN), null));
        if (adminPassword.isPresent()) {
            LOG.infof("Created the first admin '%s' with the password from VEKST_ADMIN_PASSWORD", adminUsername);
            return;
        }
        Path file = dataDir.resolve("secrets").resolve("admin-password.txt");
        try {
            LocalSecrets.writeOwnerOnly(file, password + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.warnf("Created the first admin '%s' with the password %s (also in %s, readable only by its owner). "
                + "Change it after signing in.", adminUsername, password, file);
    }

    /** The demo partner user belongs to the demo partner of the partners' demo data, if it is there. */
    private static UserService.NewUser boundToTheDemoPartner(UserService.NewUser demo) {
        return QuarkusTransaction.requiringNew().call(() -> Partner.<Partner>find("name", PartnerDemoData.PORTAL_PARTNER_NAME)
                .firstResultOptional()
                .map(p -> new UserService.NewUser(demo.username(), demo.displayName(), demo.password(), demo.roles(), p.id))
                .orElse(null));
    }

    private static boolean exists(String username) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.count("username", username) > 0);
    }
}
