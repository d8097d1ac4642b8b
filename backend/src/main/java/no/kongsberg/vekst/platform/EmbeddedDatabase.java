package no.kongsberg.vekst.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL 17 started from the embedded binaries (io.zonky.test). Used by `make run` when
 * no datasource is configured, and by the tests.
 *
 * <p>The library's defaults are for throwaway test databases (fsync off, trust authentication);
 * {@link #startDurable} turns durability on, listens on 127.0.0.1 only and requires a password.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    public static final String DATABASE = "vekst";
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /**
     * Starts PostgreSQL in {@code dataDirectory}, which survives restarts. A postmaster left running
     * by a killed JVM is stopped first, so that the settings below always apply.
     */
    public static EmbeddedDatabase startDurable(Path dataDirectory, int port, String password) throws IOException {
        Files.createDirectories(dataDirectory);
        stopOrphanedPostmaster(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                .setConnectConfig("password", password)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, password);
        database.requirePassword(dataDirectory);
        database.createApplicationDatabase();
        return database;
    }

    /** A throwaway database for tests: a fresh directory, a free port, fast and not durable. */
    public static EmbeddedDatabase startThrowaway() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("max_connections", "100")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, "");
        database.createApplicationDatabase();
        return database;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * The library initialises the cluster with trust authentication. Give the superuser a password
     * and require it for every connection (idempotent: later starts find it done).
     */
    private void requirePassword(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        String wanted = "# Written by Vekst: every connection needs the password.\n"
                + "host all all 127.0.0.1/32 scram-sha-256\n";
        if (Files.exists(hba) && Files.readString(hba).equals(wanted)) {
            return;
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("ALTER USER " + USER + " PASSWORD '" + password.replace("'", "''") + "'");
            Files.writeString(hba, wanted);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the database password", e);
        }
    }

    /** Flyway wants a database of its own (it refuses a non-empty schema without history). */
    private void createApplicationDatabase() throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IOException("Could not create the database " + DATABASE, e);
        }
    }

    /**
     * After a `kill -9` of the JVM the postmaster lives on and holds the data directory. Stop it
     * (SIGINT is PostgreSQL's "fast" shutdown: it rolls back open transactions and writes a
     * checkpoint) and wait until it is gone.
     */
    static void stopOrphanedPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
        if (postmaster.isEmpty() || !postmaster.get().isAlive()) {
            return; // a stale file: PostgreSQL removes it itself on start
        }
        long pid = postmaster.get().pid();
        LOG.warnf("A PostgreSQL server (pid %d) from an earlier run still holds %s; stopping it", pid, dataDirectory);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            Instant deadline = Instant.now().plusSeconds(60);
            while (postmaster.get().isAlive() && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the old PostgreSQL server", e);
        }
        if (postmaster.get().isAlive()) {
            throw new IOException("The PostgreSQL server (pid " + pid + ") from an earlier run did not stop; stop it and start again");
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
