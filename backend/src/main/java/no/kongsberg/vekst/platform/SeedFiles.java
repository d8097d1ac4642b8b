package no.kongsberg.vekst.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the `;`-separated seed files under resources/seed: `#` lines are comments (they name the
 * source), the first other line is the header. Each row comes back as header name to value.
 */
public final class SeedFiles {

    private SeedFiles() {
    }

    public static List<Map<String, String>> read(String name) {
        try (InputStream in = SeedFiles.class.getClassLoader().getResourceAsStream("seed/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Seed file seed/" + name + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Map<String, String>> rows = new ArrayList<>();
            String[] header = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i].trim(), i < cells.length ? cells[i].trim() : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first `# Source:` comment of a seed file. */
    public static String source(String name) {
        try (InputStream in = SeedFiles.class.getClassLoader().getResourceAsStream("seed/" + name)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null && line.startsWith("#"); line = reader.readLine()) {
                if (line.startsWith("# Source:")) {
                    return line.substring("# Source:".length()).trim();
                }
            }
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
