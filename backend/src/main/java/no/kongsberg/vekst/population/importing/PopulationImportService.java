package no.kongsberg.vekst.population.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import no.kongsberg.vekst.imports.ImportExecutor;
import no.kongsberg.vekst.population.ssb.StatisticsNorwayPopulationMapper;
import org.hibernate.Session;

/**
 * Runs population imports through the common import executor: parses the file into the
 * set-based importer on the transaction's connection.
 */
@ApplicationScoped
public class PopulationImportService {

    public static final String KIND = "population";

    /** How a file is read. */
    public enum Format {
        CSV, JSON_STAT
    }

    /**
     * A file to import, spooled to disk (a background run outlives its request). {@code tableId}
     * names the Statistics Norway table of a JSON-stat file when known, else null.
     */
    public record Upload(Format format, Path file, String source, String tableId, String variant, boolean dryRun,
            String actor, String address) {
    }

    private final ImportExecutor executor;
    private final EntityManager entityManager;
    private final StatisticsNorwayPopulationMapper jsonStat = new StatisticsNorwayPopulationMapper();

    public PopulationImportService(ImportExecutor executor, EntityManager entityManager) {
        this.executor = executor;
        this.entityManager = entityManager;
    }

    /**
     * Imports the file now, or (a committed import of a file over the threshold) queues it and
     * returns at once. A rejected file throws the 422 problem, after its run is recorded.
     */
    public ImportExecutor.Result submit(Upload upload) {
        PopulationImporter.Parser parser = sink -> {
            try (InputStream in = Files.newInputStream(upload.file())) {
                return upload.format() == Format.CSV ? PopulationCsvReader.read(in, sink)
                        : jsonStat.map(in, upload.tableId(), upload.variant(), sink).cells();
            }
        };
        return executor.submit(new ImportExecutor.Job(KIND, upload.file(), upload.source(), upload.dryRun(), upload.actor(),
                upload.address(), (runId, progress) -> entityManager.unwrap(Session.class).doReturningWork(connection -> {
                    try {
                        return new PopulationImporter(connection, runId, upload.source(), upload.actor(), upload.address())
                                .run(parser, progress);
                    } catch (SQLException | RuntimeException e) {
                        throw e;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })));
    }
}
