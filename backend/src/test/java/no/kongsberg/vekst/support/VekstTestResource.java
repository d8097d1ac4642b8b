package no.kongsberg.vekst.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import no.kongsberg.vekst.platform.EmbeddedDatabase;
import no.kongsberg.vekst.platform.LocalSecrets;

/**
 * One real PostgreSQL for the whole backend suite: a throwaway embedded one, or the server named
 * by VEKST_TEST_JDBC_URL (with VEKST_TEST_DB_USER and VEKST_TEST_DB_PASSWORD), e.g. in GitLab CI.
 * Signing keys are generated here, at test time; the private key's file is handed to the token
 * tampering tests through the system property {@value #PRIVATE_KEY_FILE}.
 */
public class VekstTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String PRIVATE_KEY_FILE = "vekst.test.private-key-file";
    public static final String DATABASE_PORT = "vekst.test.database-port";
    public static final String ADMIN_PASSWORD = "test-admin-password-1";

    /** The last query the fake PxWebApi was asked, for PopulationFetchApiTest. */
    public static final String LAST_PXWEB_QUERY = "vekst.test.pxweb.last-query";

    private EmbeddedDatabase database;
    private com.sun.net.httpserver.HttpServer statisticsNorway;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        String external = System.getenv("VEKST_TEST_JDBC_URL");
        if (external != null && !external.isBlank()) {
            config.put("quarkus.datasource.jdbc.url", external);
            config.put("quarkus.datasource.username", System.getenv().getOrDefault("VEKST_TEST_DB_USER", "postgres"));
            config.put("quarkus.datasource.password", System.getenv().getOrDefault("VEKST_TEST_DB_PASSWORD", ""));
        } else {
            try {
                database = EmbeddedDatabase.startThrowaway();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
            // For DatabaseOutageTest, which stops and restarts this server under the running app.
            System.setProperty(DATABASE_PORT, Integer.toString(database.port()));
            config.put("quarkus.datasource.username", database.user());
            config.put("quarkus.datasource.password", database.password());
        }
        LocalSecrets.Pem.KeyPairPem keys = LocalSecrets.Pem.generateRsaKeyPair();
        try {
            Path dataDir = Files.createTempDirectory("vekst-test-data");
            Path privateKey = dataDir.resolve("jwt-private.pem");
            Files.writeString(privateKey, keys.privateKeyPem());
            System.setProperty(PRIVATE_KEY_FILE, privateKey.toString());
            config.put("vekst.data-dir", dataDir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.put("mp.jwt.verify.publickey", keys.publicKeyPem());
        config.put("smallrye.jwt.sign.key", keys.privateKeyPem());
        config.put("vekst.admin.password", ADMIN_PASSWORD);
        config.put("vekst.demo-data", "true");
        // Tests send X-Forwarded-For from loopback to act as many clients (sign-in throttling).
        config.put("vekst.trusted-proxies", "127.0.0.1");
        // Small enough that PopulationImportApiTest can send a file that runs in the background.
        config.put("vekst.imports.background-threshold", "20000");
        // A stand-in for Statistics Norway's PxWebApi on loopback: tests never reach the internet.
        statisticsNorway = FakePxWebApi.start();
        config.put("vekst.pxwebapi.base-url", "http://127.0.0.1:" + statisticsNorway.getAddress().getPort() + "/api/pxwebapi/v2");
        config.put("vekst.pxwebapi.max-attempts", "2");
        config.put("vekst.pxwebapi.base-backoff", "PT0.01S");
        // Rate limits small enough for RateLimitsApiTest to reach from its own (forwarded) address;
        // the rest of the suite calls from loopback, which is exempt.
        config.put("vekst.rate-limit.public-per-minute", "40");
        config.put("vekst.rate-limit.api-per-minute", "60");
        config.put("vekst.rate-limit.exempt", "127.0.0.1");
        // API clients' own limit applies from any address, loopback included: low enough for
        // IntegratorApiTest to reach, high enough for the walks over every operation.
        config.put("vekst.rate-limit.client-per-minute", "400");
        // One deprecated operation, to see the headers (DeprecationsTest).
        config.put("vekst.api.deprecations.test.operation", "GET /api/v1/peer-groups/{key}");
        config.put("vekst.api.deprecations.test.since", "2026-12-01");
        config.put("vekst.api.deprecations.test.sunset", "2027-12-31");
        config.put("vekst.api.deprecations.test.link", "https://vekst.kongsberg.no/docs/api/CHANGELOG.md");
        config.put("vekst.web-dir", webDir().toString());
        return config;
    }

    /** A stand-in for frontend/dist, so that the headers of the app's files and the widget bundle can be tested. */
    private static Path webDir() {
        try {
            Path dir = Files.createTempDirectory("vekst-test-web");
            Files.writeString(dir.resolve("index.html"), "<!doctype html><title>Vekst</title>");
            Path embed = Files.createDirectories(dir.resolve("embed/v1"));
            Files.writeString(embed.resolve("vekst-widgets.js"), "/* test bundle */");
            Files.writeString(embed.resolve("vekst-widgets.0123456789.js"), "/* test bundle */");
            Files.writeString(embed.resolve("manifest.json"), "{}");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (statisticsNorway != null) {
            statisticsNorway.stop(0);
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
