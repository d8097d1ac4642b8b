package no.kongsberg.vekst.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Stops and restarts the suite's embedded PostgreSQL under the running application, as an outage
 * would. The postmaster is found by its port; it is restarted with its own command line (through
 * `unshare -U` when running as root, as the embedded library does, since PostgreSQL refuses root).
 */
public final class DatabaseServer {

    private final int port;
    private List<String> commandLine;

    private DatabaseServer(int port) {
        this.port = port;
    }

    /** The suite's embedded server, or empty when the suite runs against an external PostgreSQL. */
    public static Optional<DatabaseServer> embedded() {
        String port = System.getProperty(VekstTestResource.DATABASE_PORT);
        return port == null ? Optional.empty() : Optional.of(new DatabaseServer(Integer.parseInt(port)));
    }

    /** Fast shutdown (SIGINT), waiting until the postmaster is gone. */
    public void stop() throws Exception {
        ProcessHandle postmaster = postmaster().orElseThrow(() -> new IllegalStateException("no postmaster on port " + port));
        commandLine = commandLineOf(postmaster.pid());
        new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).inheritIO().start().waitFor();
        Instant deadline = Instant.now().plusSeconds(30);
        while (postmaster.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        if (postmaster.isAlive()) {
            throw new IllegalStateException("the postmaster did not stop");
        }
    }

    /** Starts the server again with the command line it had, and waits until it accepts connections. */
    public void start() throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(commandLine);
        Path log = Files.createTempFile("vekst-outage-postgres", ".log");
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("PostgreSQL did not come back; log: " + log);
    }

    private Optional<ProcessHandle> postmaster() {
        return ProcessHandle.allProcesses().filter(p -> {
            try {
                List<String> args = commandLineOf(p.pid());
                int flag = args.indexOf("-p");
                return !args.isEmpty() && args.get(0).endsWith("/postgres") && flag >= 0
                        && flag + 1 < args.size() && args.get(flag + 1).equals(Integer.toString(port));
            } catch (IOException gone) {
                return false;
            }
        }).findFirst();
    }

    private static List<String> commandLineOf(long pid) throws IOException {
        byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
        String joined = new String(raw, StandardCharsets.UTF_8);
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\0", -1)).subList(0, joined.split("\0", -1).length
                - (joined.endsWith("\0") ? 1 : 0));
    }
}
