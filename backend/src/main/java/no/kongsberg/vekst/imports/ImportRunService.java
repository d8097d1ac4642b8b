package no.kongsberg.vekst.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.Where;

/**
 * The record of every import, for every kind of data. Each change of a run is written in a
 * transaction of its own, so that a run stays visible (and a rejected one recorded) whatever
 * happens to the import's own transaction.
 */
@ApplicationScoped
public class ImportRunService {

    /** The most messages a run keeps of each sort; the counts still count them all. */
    public static final int MAX_MESSAGES = 1000;

    public ImportRun start(String kind, String source, boolean dryRun, String actor, boolean queued) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportRun run = new ImportRun();
            run.id = UUID.randomUUID();
            run.kind = kind;
            run.status = queued ? ImportRun.QUEUED : ImportRun.RUNNING;
            run.source = source;
            run.dryRun = dryRun;
            run.createdBy = actor;
            run.createdAt = Instant.now();
            run.persist();
            return run;
        });
    }

    public void running(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> ImportRun.update("status = ?1 where id = ?2", ImportRun.RUNNING, id));
    }

    public void progress(UUID id, long processed) {
        QuarkusTransaction.requiringNew().run(() -> ImportRun.update("processed = ?1 where id = ?2", processed, id));
    }

    public ImportRun complete(UUID id, long processed, ImportCounts counts, List<ImportMessage> warnings) {
        return finish(id, ImportRun.COMPLETED, processed, counts, List.of(), warnings);
    }

    public ImportRun reject(UUID id, long processed, ImportCounts counts, List<ImportMessage> errors) {
        return finish(id, ImportRun.REJECTED, processed, counts, errors, List.of());
    }

    private ImportRun finish(UUID id, String status, long processed, ImportCounts counts, List<ImportMessage> errors,
            List<ImportMessage> warnings) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportRun run = ImportRun.findById(id);
            run.status = status;
            run.finishedAt = Instant.now();
            run.processed = processed;
            run.total = processed;
            run.inserted = counts.inserted();
            run.updated = counts.updated();
            run.unchanged = counts.unchanged();
            run.rejected = counts.rejected();
            run.flagged = counts.flagged();
            run.withdrawn = counts.withdrawn();
            run.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_MESSAGES)));
            run.warnings = List.copyOf(warnings.subList(0, Math.min(warnings.size(), MAX_MESSAGES)));
            return run;
        });
    }

    @Transactional
    public ImportRun get(UUID id) {
        return ImportRun.<ImportRun>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("No import run has the id " + id + "."));
    }

    @Transactional
    public PageRequest.Page<ImportRun> search(String kind, String status, PageRequest page) {
        Where where = new Where().and("kind = :kind", "kind", kind).and("status = :status", "status", status);
        var found = ImportRun.find(where.query(), page.sort(), where.parameters());
        return page.page(found.page(page.page(), page.size()).list(), found.count());
    }
}
