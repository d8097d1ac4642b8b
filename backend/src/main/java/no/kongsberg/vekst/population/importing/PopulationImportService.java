package no.kongsberg.vekst.population.importing;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.imports.ImportMessage;
import no.kongsberg.vekst.imports.ImportRun;
import no.kongsberg.vekst.imports.ImportRunService;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.FieldError;
import no.kongsberg.vekst.population.ssb.StatisticsNorwayPopulationMapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Runs population imports: records the run, parses the file into the importer inside one
 * transaction (committed, or rolled back for a dry run or a rejected file), and takes large
 * files in the background.
 */
@ApplicationScoped
public class PopulationImportService {

    private static final Logger LOG = Logger.getLogger(PopulationImportService.class);
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

    /** What the caller gets: the finished run, or one queued in the background. */
    public record Result(ImportRun run, boolean queued) {
    }

    private final ImportRunService runs;
    private final EntityManager entityManager;
    private final AuditService audit;
    private final ManagedExecutor executor;
    private final StatisticsNorwayPopulationMapper jsonStat = new StatisticsNorwayPopulationMapper();
    private final long backgroundThreshold;
    private final int timeoutSeconds;

    public PopulationImportService(ImportRunService runs, EntityManager entityManager, AuditService audit,
            ManagedExecutor executor,
            @ConfigProperty(name = "vekst.imports.background-threshold", defaultValue = "10485760") long backgroundThreshold,
            @ConfigProperty(name = "vekst.imports.timeout-seconds", defaultValue = "900") int timeoutSeconds) {
        this.runs = runs;
        this.entityManager = entityManager;
        this.audit = audit;
        this.executor = executor;
        this.backgroundThreshold = backgroundThreshold;
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * Imports the file now, or (a committed import of a file over the threshold) queues it and
     * returns at once. A rejected file throws the 422 problem, after its run is recorded. The
     * upload's file is deleted when the import is done.
     */
    public Result submit(Upload upload) {
        long size = sizeOf(upload.file());
        if (!upload.dryRun() && size > backgroundThreshold) {
            ImportRun run = runs.start(KIND, upload.source(), false, upload.actor(), true);
            executor.runAsync(() -> {
                // The transaction API needs a request context, which a background thread lacks.
                ManagedContext requestContext = Arc.container().requestContext();
                requestContext.activate();
                try {
                    runs.running(run.id);
                    execute(run.id, upload);
                } catch (ApiProblem rejected) {
                    LOG.infof("Import %s rejected: %s", run.id, rejected.getMessage());
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Import %s failed", run.id);
                    runs.reject(run.id, 0, no.kongsberg.vekst.imports.ImportCounts.NONE, List.of(new ImportMessage(null, null,
                            "internal", "The import failed on the server; the server log has the details under run " + run.id + ".")));
                } finally {
                    requestContext.terminate();
                    deleteQuietly(upload.file());
                }
            });
            return new Result(runs.get(run.id), true);
        }
        try {
            ImportRun run = runs.start(KIND, upload.source(), upload.dryRun(), upload.actor(), false);
            return new Result(execute(run.id, upload), false);
        } finally {
            deleteQuietly(upload.file());
        }
    }

    private ImportRun execute(UUID runId, Upload upload) {
        PopulationImporter.Parser parser = sink -> {
            try (InputStream in = Files.newInputStream(upload.file())) {
                return upload.format() == Format.CSV ? PopulationCsvReader.read(in, sink)
                        : jsonStat.map(in, upload.tableId(), upload.variant(), sink).cells();
            }
        };
        PopulationImporter.Outcome outcome;
        // One transaction for the whole file: committed, or rolled back for a dry run or a rejection.
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(timeoutSeconds));
        try {
            outcome = entityManager.unwrap(Session.class).doReturningWork(connection -> {
                try {
                    return new PopulationImporter(connection, runId, upload.source(), upload.actor(), upload.address())
                            .run(parser, processed -> runs.progress(runId, processed));
                } catch (SQLException | RuntimeException e) {
                    throw e;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            if (outcome.rejected() || upload.dryRun()) {
                QuarkusTransaction.rollback();
            } else {
                audit.recordAs(upload.actor(), "import", "import-run", runId, summary(upload, outcome));
                QuarkusTransaction.commit();
            }
        } catch (RuntimeException e) {
            if (QuarkusTransaction.isActive()) {
                QuarkusTransaction.rollback();
            }
            throw e;
        }
        if (outcome.rejected()) {
            runs.reject(runId, outcome.processed(), outcome.counts(), outcome.errors());
            throw ApiProblem.importRejected(runId, outcome.counts().rejected(), outcome.errors().stream()
                    .map(e -> new FieldError(fieldOf(e), e.code(), e.message())).toList());
        }
        return runs.complete(runId, outcome.processed(), outcome.counts(), outcome.warnings());
    }

    /** Where a rejected value is, as problem+json names fields: `rows[12].births` (row 1 is a CSV's header), or `file`. */
    private static String fieldOf(ImportMessage message) {
        if (message.row() == null) {
            return message.field() == null ? "file" : message.field();
        }
        return "rows[" + message.row() + "]" + (message.field() == null ? "" : "." + message.field());
    }

    private static Map<String, Map<String, Object>> summary(Upload upload, PopulationImporter.Outcome outcome) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        changes.put("source", change(upload.source()));
        changes.put("inserted", change(outcome.counts().inserted()));
        changes.put("updated", change(outcome.counts().updated()));
        changes.put("unchanged", change(outcome.counts().unchanged()));
        changes.put("flagged", change(outcome.counts().flagged()));
        return changes;
    }

    private static Map<String, Object> change(Object after) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("before", null);
        change.put("after", after);
        return change;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Could not delete the upload %s", file);
        }
    }
}
