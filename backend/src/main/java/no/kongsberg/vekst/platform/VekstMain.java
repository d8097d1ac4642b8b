package no.kongsberg.vekst.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Starts Vekst. With no datasource configured (`make run`), it first starts the embedded
 * PostgreSQL in the data directory and points Quarkus at it; with QUARKUS_DATASOURCE_JDBC_URL set it
 * uses that server. Signing keys not given by configuration are generated into the data directory.
 */
@QuarkusMain
public class VekstMain {

    private static final Logger LOG = Logger.getLogger(VekstMain.class);

    public static void main(String... args) throws Exception {
        Path dataDir = Path.of(setting("vekst.data-dir", "VEKST_DATA_DIR", ".data")).toAbsolutePath();
        LocalSecrets secrets = new LocalSecrets(dataDir.resolve("secrets"));
        EmbeddedDatabase embedded = null;

        if (setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL", null) == null) {
            int port = Integer.parseInt(setting("vekst.embedded-db.port", "VEKST_EMBEDDED_DB_PORT", "54329"));
            embedded = EmbeddedDatabase.startDurable(dataDir.resolve("postgres"), port, secrets.databasePassword());
            LOG.infof("Embedded PostgreSQL on 127.0.0.1:%d, data in %s", embedded.port(), dataDir.resolve("postgres"));
            System.setProperty("quarkus.datasource.jdbc.url", embedded.jdbcUrl());
            System.setProperty("quarkus.datasource.username", embedded.user());
            System.setProperty("quarkus.datasource.password", embedded.password());
            // The embedded default is the demo: load demo data unless told otherwise.
            if (setting("vekst.demo-data", "VEKST_DEMO_DATA", null) == null) {
                System.setProperty("vekst.demo-data", "true");
            }
        }
        if (setting("mp.jwt.verify.publickey.location", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", null) == null
                && setting("mp.jwt.verify.publickey", "MP_JWT_VERIFY_PUBLICKEY", null) == null) {
            secrets.ensureSigningKeys();
            System.setProperty("mp.jwt.verify.publickey.location", secrets.publicKeyFile().toUri().toString());
            System.setProperty("smallrye.jwt.sign.key.location", secrets.privateKeyFile().toUri().toString());
        }
        System.setProperty("vekst.data-dir", dataDir.toString());

        final EmbeddedDatabase database = embedded;
        try {
            Quarkus.run(args);
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    /**
     * A setting from a system property or the environment. Read before Quarkus's configuration
     * exists, so the defaults live here rather than in application.properties.
     */
    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
