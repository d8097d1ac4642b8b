package no.kongsberg.vekst.imports;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.DataChanges;
import no.kongsberg.vekst.platform.FieldError;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Runs an import of any kind: records the run, does the work inside one transaction (committed,
 * or rolled back for a dry run or a rejected file), and takes large files in the background.
 * What the work reads and writes is the kind's own business.
 */
@ApplicationScoped
public class ImportExecutor {

    private static final Logger LOG = Logger.getLogger(ImportExecutor.class);

    /** The kind's work, run inside the import's transaction; reports rows read to {@code progress}. */
    @FunctionalInterface
    public interface Work {
        ImportOutcome run(UUID runId, LongConsumer progress) throws Exception;
    }

    /**
     * A file to import, spooled to disk (a background run outlives its request), with the run's
     * kind, source name, whether it is a dry run, and who sent it from where.
     */
    public record Job(String kind, Path file, String source, boolean dryRun, String actor, String address, Work work) {
    }

    /** What the caller gets: the finished run, or one queued in the background. */
    public record Result(ImportRun run, boolean queued) {
    }

    private final ImportRunService runs;
    private final AuditService audit;
    private final ManagedExecutor executor;
    private final DataChanges dataChanges;
    private final long backgroundThreshold;
    private final int timeoutSeconds;

    public ImportExecutor(ImportRunService runs, AuditService audit, ManagedExecutor executor, DataChanges dataChanges,
            @ConfigProperty(name = "vekst.imports.background-threshold", defaultValue = "10485760") long backgroundThreshold,
            @ConfigProperty(name = "vekst.imports.timeout-seconds", defaultValue = "900") int timeoutSeconds) {
        this.runs = runs;
        this.audit = audit;
        this.executor = executor;
        this.dataChanges = dataChanges;
        this.backgroundThreshold = backgroundThreshold;
        this.timeoutSeconds = timeoutSeconds;
    }

    /**
     * Imports the file now, or (a committed import of a file over the threshold) queues it and
     * returns at once. A rejected file throws the 422 problem, after its run is recorded. The
     * job's file is deleted when the import is done.
     */
    public Result submit(Job job) {
        long size = sizeOf(job.file());
        if (!job.dryRun() && size > backgroundThreshold) {
            ImportRun run = runs.start(job.kind(), job.source(), false, job.actor(), true);
            executor.runAsync(() -> {
                // The transaction API needs a request context, which a background thread lacks.
                ManagedContext requestContext = Arc.container().requestContext();
                requestContext.activate();
                try {
                    runs.running(run.id);
                    execute(run.id, job);
                } catch (ApiProblem rejected) {
                    LOG.infof("Import %s rejected: %s", run.id, rejected.getMessage());
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Import %s failed", run.id);
                    runs.reject(run.id, 0, ImportCounts.NONE, List.of(new ImportMessage(null, null,
                            "internal", "The import failed on the server; the server log has the details under run " + run.id + ".")));
                } finally {
                    requestContext.terminate();
                    deleteQuietly(job.file());
                }
            });
            return new Result(runs.get(run.id), true);
        }
        try {
            ImportRun run = runs.start(job.kind(), job.source(), job.dryRun(), job.actor(), false);
            return new Result(execute(run.id, job), false);
        } finally {
            deleteQuietly(job.file());
        }
    }

    private ImportRun execute(UUID runId, Job job) {
        ImportOutcome outcome;
        // One transaction for the whole file: committed, or rolled back for a dry run or a rejection.
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(timeoutSeconds));
        try {
            outcome = job.work().run(runId, processed -> runs.progress(runId, processed));
            if (outcome.rejected() || job.dryRun()) {
                QuarkusTransaction.rollback();
            } else {
                audit.recordAs(job.actor(), "import", "import-run", runId, summary(job, outcome));
                QuarkusTransaction.commit();
                // Before the run shows as done: whoever polls it then reads the new figures.
                dataChanges.changed();
            }
        } catch (RuntimeException e) {
            rollbackIfActive();
            throw e;
        } catch (IOException e) {
            rollbackIfActive();
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            rollbackIfActive();
            throw new IllegalStateException(e);
        }
        if (outcome.rejected()) {
            runs.reject(runId, outcome.processed(), outcome.counts(), outcome.errors());
            throw ApiProblem.importRejected(runId, outcome.counts().rejected(), outcome.errors().stream()
                    .map(e -> new FieldError(fieldOf(e), e.code(), e.message())).toList());
        }
        return runs.complete(runId, outcome.processed(), outcome.counts(), outcome.warnings());
    }

    private static void rollbackIfActive() {
        if (QuarkusTransaction.isActive()) {
            QuarkusTransaction.rollback();
        }
    }

    /** Where a rejected value is, as problem+json names fields: `rows[12].births` (row 1 is a CSV's header), or `file`. */
    private static String fieldOf(ImportMessage message) {
        if (message.row() == null) {
            return message.field() == null ? "file" : message.field();
        }
        return "rows[" + message.row() + "]" + (message.field() == null ? "" : "." + message.field());
    }

    private static Map<String, Map<String, Object>> summary(Job job, ImportOutcome outcome) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        changes.put("source", change(job.source()));
        changes.put("inserted", change(outcome.counts().inserted()));
        changes.put("updated", change(outcome.counts().updated()));
        changes.put("unchanged", change(outcome.counts().unchanged()));
        changes.put("flagged", change(outcome.counts().flagged()));
        if (outcome.counts().withdrawn() > 0) {
            changes.put("withdrawn", change(outcome.counts().withdrawn()));
        }
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

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Could not delete the upload %s", file);
        }
    }
}
