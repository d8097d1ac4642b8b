package no.kongsberg.vekst.platform;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Knows when the data behind the public figures may have changed: a generation number that goes up
 * on every change, which the public answers' cache compares with the one it read them at.
 *
 * Two ways in. A successful write request to this instance bumps it before its response leaves
 * ({@link #watchWrites}), so a caller never reads an old figure after its own edit. Every other change (a background import, the nightly expiry, another
 * instance, SQL by hand) reaches it as a PostgreSQL notice on `vekst_data_changed` (migration V13),
 * which a daemon thread LISTENs for on a connection of its own. While that connection is down,
 * notices may be missed, so nothing cached counts as current ({@link #listening()} is false) and
 * reconnecting bumps the generation.
 */
@ApplicationScoped
public class DataChanges {

    static final String CHANNEL = "vekst_data_changed";
    private static final Logger LOG = Logger.getLogger(DataChanges.class);
    private static final Duration RETRY = Duration.ofSeconds(1);
    /** How often the idle listening connection is checked, so that a silent network failure is noticed. */
    private static final Duration CHECK = Duration.ofSeconds(5);

    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean stopped;
    private Thread listener;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** The current generation: different from an earlier reading when anything may have changed since. */
    public long generation() {
        return generation.get();
    }

    /** True while notices of other writers' changes are being received. */
    public boolean listening() {
        return listening;
    }

    /** Something this instance did changed the data. */
    public void changed() {
        generation.incrementAndGet();
    }

    /** Every successful request that is not a read (sign-in aside) may have changed data. */
    void watchWrites(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            HttpMethod method = ctx.request().method();
            String path = ctx.normalizedPath();
            if (method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS
                    && path.startsWith("/api/") && !path.startsWith("/api/v1/auth/")) {
                // Runs just before the status line is written: after the resource's transaction committed.
                ctx.addHeadersEndHandler(v -> {
                    if (ctx.response().getStatusCode() < 400) {
                        changed();
                    }
                });
            }
            ctx.next();
        });
    }

    void start(@Observes StartupEvent event) {
        listener = new Thread(this::listen, "vekst-data-changes");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        Optional<Instant> downSince = Optional.empty();
        while (!stopped) {
            try (Connection connection = DriverManager.getConnection(url, user.orElse(null), password.orElse(null));
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                // Whatever happened while we were not listening is unknown: treat it as a change.
                changed();
                listening = true;
                if (downSince.isPresent()) {
                    LOG.infof("Listening for data changes again (interrupted since %s)", downSince.get());
                    downSince = Optional.empty();
                }
                PGConnection notices = connection.unwrap(PGConnection.class);
                Instant nextCheck = Instant.now().plus(CHECK);
                while (!stopped) {
                    PGNotification[] received = notices.getNotifications((int) RETRY.toMillis());
                    if (received != null && received.length > 0) {
                        changed();
                    }
                    if (Instant.now().isAfter(nextCheck)) {
                        if (!connection.isValid(2)) {
                            throw new SQLException("the listening connection is no longer valid", "08006");
                        }
                        nextCheck = Instant.now().plus(CHECK);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                changed();
                if (downSince.isEmpty()) {
                    downSince = Optional.of(Instant.now());
                    if (!stopped) {
                        LOG.warnf("Not listening for data changes (%s); retrying every %d s", e.getMessage(), RETRY.toSeconds());
                    }
                }
                try {
                    Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
