package no.kongsberg.vekst.imports;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import no.kongsberg.vekst.imports.ImportsResource.ImportRunView;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** What every import resource does with an upload: spool it, read the common parameters, answer. */
public final class Uploads {

    private Uploads() {
    }

    /** The common query parameters of an import: `dryRun` and the source name. */
    public record Parameters(boolean dryRun, String source) {
    }

    /**
     * Reads `dryRun` and checks the source name (at most 200 characters); 400 naming the
     * parameter, after deleting the spooled file, when either is bad.
     */
    public static Parameters parameters(Validation validation, Path file, String dryRun, String source) {
        Boolean dry = QueryParams.bool(validation, "dryRun", dryRun);
        validation.check(source.length() <= 200, "source", "too-long", "source can have at most 200 characters.");
        if (!validation.errors().isEmpty()) {
            ImportExecutor.deleteQuietly(file);
            validation.throwIfAny();
        }
        return new Parameters(Boolean.TRUE.equals(dry), source);
    }

    /** The source name: the one given, else the default for the body's format. */
    public static String sourceOr(String source, String fallback) {
        return source == null || source.isBlank() ? fallback : source;
    }

    /** 200 for a dry run's preview, 201 for an import, 202 for one taken in the background. */
    public static Response responseFor(ImportExecutor.Result result) {
        ImportRunView view = ImportRunView.of(result.run());
        URI location = URI.create("/api/v1/imports/" + result.run().id);
        if (result.queued()) {
            return Response.accepted(view).location(location).build();
        }
        return result.run().dryRun ? Response.ok(view).build() : Response.created(location).entity(view).build();
    }

    /** The body goes to a file first: a large import outlives its request and runs in the background. */
    public static Path spool(InputStream body) {
        try {
            Path file = Files.createTempFile("vekst-import-", ".upload");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The multipart part `file`, spooled; 400 when it is missing. */
    public static Path spool(FileUpload file) {
        if (file == null) {
            throw ApiProblem.invalid("file", "required", "Send the file in the multipart part named file.");
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return spool(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name an uploaded part gives itself, or `upload`. */
    public static String nameOf(FileUpload file) {
        return file.fileName() == null || file.fileName().isBlank() ? "upload" : file.fileName();
    }

    /** Whether an uploaded part is JSON by its name or content type. */
    public static boolean isJson(FileUpload file) {
        return nameOf(file).toLowerCase(Locale.ROOT).endsWith(".json") || "application/json".equals(file.contentType());
    }
}
