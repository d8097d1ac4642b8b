package no.kongsberg.vekst.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `make run` database: durable, password-protected, and surviving restarts and orphaned servers. */
class EmbeddedDatabaseTest {

    private static final String PASSWORD = "test-db-password";

    @Test
    void writesSurviveARestartAndDurabilityIsOn(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("postgres");
        try (EmbeddedDatabase db = EmbeddedDatabase.startDurable(data, freePort(), PASSWORD);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text varchar(50))");
            s.execute("INSERT INTO note VALUES ('written before the restart')");
            assertEquals("on", single(s, "SHOW fsync"));
            assertEquals("on", single(s, "SHOW synchronous_commit"));
            assertEquals("127.0.0.1", single(s, "SHOW listen_addresses"));
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.startDurable(data, freePort(), PASSWORD);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), PASSWORD);
                Statement s = c.createStatement()) {
            assertEquals("written before the restart", single(s, "SELECT text FROM note"));
        }
    }

    @Test
    void aPasswordIsRequired(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.startDurable(dir.resolve("postgres"), freePort(), PASSWORD)) {
            assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(), db.user(), "wrong").close());
            assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(), db.user(), "").close());
        }
    }

    /**
     * A killed JVM leaves its postmaster running. The next start finds it through postmaster.pid,
     * stops it and starts afresh with its own settings, keeping every acknowledged write.
     */
    @Test
    void aServerLeftRunningByAKilledJvmIsStoppedAndTheDataKept(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("postgres");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanDatabaseMain.class.getName(),
                data.toString(), Integer.toString(freePort()), PASSWORD)
                .redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // the child's log
            }
            assertEquals("READY", line, "the child JVM started its database");
            child.destroyForcibly().waitFor();
        }
        long orphanPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        assertTrue(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false), "the postmaster outlived its JVM");

        try (EmbeddedDatabase db = EmbeddedDatabase.startDurable(data, freePort(), PASSWORD);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), PASSWORD);
                Statement s = c.createStatement()) {
            assertTrue(ProcessHandle.of(orphanPid).map(p -> !p.isAlive()).orElse(true), "the old postmaster was stopped");
            assertEquals("acknowledged", single(s, "SELECT text FROM note"));
            assertEquals("on", single(s, "SHOW fsync"));
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
