package no.kongsberg.vekst.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by EmbeddedDatabaseTest: starts the durable database, acknowledges a write,
 * says READY and waits to be killed with SIGKILL, leaving its postmaster behind.
 */
public final class OrphanDatabaseMain {

    private OrphanDatabaseMain() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.startDurable(Path.of(args[0]), Integer.parseInt(args[1]), args[2]);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), args[2]); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (text varchar(50))");
            s.execute("INSERT INTO note VALUES ('acknowledged')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
