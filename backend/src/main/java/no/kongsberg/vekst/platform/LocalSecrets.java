package no.kongsberg.vekst.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets that the embedded default keeps in its data directory, readable by the owner only: the
 * database password and the token signing keys. Production configures its own; none is ever in
 * the repository.
 */
public final class LocalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path directory;

    public LocalSecrets(Path directory) {
        this.directory = directory;
    }

    public String databasePassword() throws IOException {
        Path file = directory.resolve("database-password");
        if (!Files.exists(file)) {
            writeOwnerOnly(file, randomSecret(24));
        }
        return Files.readString(file).trim();
    }

    public Path publicKeyFile() {
        return directory.resolve("jwt-public.pem");
    }

    public Path privateKeyFile() {
        return directory.resolve("jwt-private.pem");
    }

    public void ensureSigningKeys() throws IOException {
        if (Files.exists(publicKeyFile()) && Files.exists(privateKeyFile())) {
            return;
        }
        Pem.KeyPairPem keys = Pem.generateRsaKeyPair();
        writeOwnerOnly(privateKeyFile(), keys.privateKeyPem());
        writeOwnerOnly(publicKeyFile(), keys.publicKeyPem());
    }

    /** Writes a file that only its owner can read, creating the directory likewise. */
    public static void writeOwnerOnly(Path file, String content) throws IOException {
        Path dir = file.getParent();
        if (!Files.exists(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Path tmp = Files.createTempFile(dir, ".tmp", "", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, content);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static String randomSecret(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    /** PEM encoding of RSA keys, for the signing keys here and in the tests. */
    public static final class Pem {
        private Pem() {
        }

        public record KeyPairPem(String privateKeyPem, String publicKeyPem) {
        }

        public static KeyPairPem generateRsaKeyPair() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                return new KeyPairPem(encode("PRIVATE KEY", pair.getPrivate().getEncoded()),
                        encode("PUBLIC KEY", pair.getPublic().getEncoded()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String encode(String type, byte[] der) {
            return "-----BEGIN " + type + "-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                    + "\n-----END " + type + "-----\n";
        }
    }
}
