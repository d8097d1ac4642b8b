package no.kongsberg.vekst.jobs.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import no.kongsberg.vekst.imports.ImportExecutor;
import no.kongsberg.vekst.jobs.commuting.CommutingFiles;
import no.kongsberg.vekst.jobs.employment.EmploymentFiles;
import org.hibernate.Session;

/** Runs employment and commuting imports: the file's reader, the table it writes, through the common import executor. */
@ApplicationScoped
public class JobsImportService {

    /** What is imported: the run's kind, the table and key, and the readers of each format. */
    public enum Kind {
        EMPLOYMENT("employment", new ValueTable("employment", "employment", List.of(ValueTable.Key.municipality("municipality"),
                ValueTable.Key.of("year", "smallint"), ValueTable.Key.of("basis", "varchar"), ValueTable.Key.of("classification", "varchar"),
                ValueTable.Key.of("industry", "varchar"), ValueTable.Key.of("ownership", "varchar")))),
        COMMUTING("commuting", new ValueTable("commuting_flow", "commuting-flow", List.of(ValueTable.Key.municipality("residence"),
                ValueTable.Key.municipality("workplace"), ValueTable.Key.of("year", "smallint"))));

        private final String runKind;
        private final ValueTable table;

        Kind(String runKind, ValueTable table) {
            this.runKind = runKind;
            this.table = table;
        }

        long read(boolean jsonStat, InputStream in, ValueSink sink) throws IOException {
            return switch (this) {
                case EMPLOYMENT -> jsonStat ? EmploymentFiles.jsonStat(in, sink) : EmploymentFiles.csv(in, sink);
                case COMMUTING -> jsonStat ? CommutingFiles.jsonStat(in, sink) : CommutingFiles.csv(in, sink);
            };
        }
    }

    /** A spooled file to import: JSON-stat2 or Vekst CSV. */
    public record Upload(Kind kind, boolean jsonStat, Path file, String source, boolean dryRun, String actor, String address) {
    }

    private final ImportExecutor executor;
    private final EntityManager entityManager;

    public JobsImportService(ImportExecutor executor, EntityManager entityManager) {
        this.executor = executor;
        this.entityManager = entityManager;
    }

    public ImportExecutor.Result submit(Upload upload) {
        KeyedValueImporter.Parser parser = sink -> {
            try (InputStream in = Files.newInputStream(upload.file())) {
                return upload.kind().read(upload.jsonStat(), in, sink);
            }
        };
        return executor.submit(new ImportExecutor.Job(upload.kind().runKind, upload.file(), upload.source(), upload.dryRun(),
                upload.actor(), upload.address(), (runId, progress) -> entityManager.unwrap(Session.class).doReturningWork(connection -> {
                    try {
                        return new KeyedValueImporter(connection, upload.kind().table, runId, upload.source(), upload.actor(),
                                upload.address()).run(parser, progress);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })));
    }
}
