package no.kongsberg.vekst.jobs.enterprises;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.kongsberg.vekst.imports.ImportExecutor;
import no.kongsberg.vekst.municipalities.MunicipalityService;
import org.hibernate.Session;

/** Runs enterprise imports through the common import executor, on the transaction's connection. */
@ApplicationScoped
public class EnterpriseImportService {

    public static final String KIND = "enterprises";

    /**
     * A file to import, spooled to disk, with the industry classification its NACE codes follow
     * ({@link NaceSections#SN2007} or {@link NaceSections#SN2025}).
     */
    public record Upload(Path file, String source, String classification, boolean dryRun, String actor, String address) {
    }

    private final ImportExecutor executor;
    private final EntityManager entityManager;
    private final MunicipalityService municipalities;

    public EnterpriseImportService(ImportExecutor executor, EntityManager entityManager, MunicipalityService municipalities) {
        this.executor = executor;
        this.entityManager = entityManager;
        this.municipalities = municipalities;
    }

    /** Imports now, or (a committed import of a large file) in the background; a rejected file throws the 422 problem. */
    public ImportExecutor.Result submit(Upload upload) {
        return executor.submit(new ImportExecutor.Job(KIND, upload.file(), upload.source(), upload.dryRun(), upload.actor(),
                upload.address(), (runId, progress) -> entityManager.unwrap(Session.class).doReturningWork(connection -> {
                    try (InputStream in = Files.newInputStream(upload.file())) {
                        return new EnterpriseImporter(connection, runId, upload.source(), upload.actor(), upload.address(),
                                upload.classification(), code -> municipalities.findByAnyCode(code).map(m -> m.id).orElse(null))
                                .run(in, progress);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })));
    }
}
