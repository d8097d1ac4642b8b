package no.kongsberg.vekst.population;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.imports.ImportsResource.ImportRunView;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ClientAddress;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.population.importing.PopulationImportService;
import no.kongsberg.vekst.population.importing.PopulationImportService.Format;
import no.kongsberg.vekst.population.importing.PopulationImportService.Upload;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Population files in: the body as CSV or JSON-stat2, or a multipart upload. */
@Path("/api/v1/population/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class PopulationImportResource {

    private final PopulationImportService imports;
    private final SecurityIdentity identity;
    private final ClientAddress clientAddress;

    public PopulationImportResource(PopulationImportService imports, SecurityIdentity identity, ClientAddress clientAddress) {
        this.imports = imports;
        this.identity = identity;
        this.clientAddress = clientAddress;
    }

    @POST
    @Consumes("text/csv")
    public Response importCsv(InputStream body, @QueryParam("dryRun") String dryRun, @QueryParam("source") String source,
            @QueryParam("variant") String variant, @Context HttpServerRequest request) {
        return run(Format.CSV, spool(body), dryRun, source == null || source.isBlank() ? "upload.csv" : source, variant, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importJsonStat(InputStream body, @QueryParam("dryRun") String dryRun, @QueryParam("source") String source,
            @QueryParam("variant") String variant, @Context HttpServerRequest request) {
        return run(Format.JSON_STAT, spool(body), dryRun, source == null || source.isBlank() ? "upload.json" : source, variant, request);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importMultipart(@RestForm("file") FileUpload file, @QueryParam("dryRun") String dryRun,
            @QueryParam("variant") String variant, @Context HttpServerRequest request) {
        if (file == null) {
            throw ApiProblem.invalid("file", "required", "Send the file in the multipart part named file.");
        }
        String name = file.fileName() == null || file.fileName().isBlank() ? "upload" : file.fileName();
        Format format = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                || "application/json".equals(file.contentType()) ? Format.JSON_STAT : Format.CSV;
        java.nio.file.Path copy;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            copy = spool(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run(format, copy, dryRun, name, variant, request);
    }

    private Response run(Format format, java.nio.file.Path file, String dryRun, String source, String variant, HttpServerRequest request) {
        Validation validation = new Validation();
        Boolean dry = QueryParams.bool(validation, "dryRun", dryRun);
        String variantName = QueryParams.oneOf(validation, "variant", variant, Set.of("official", "corrected"));
        validation.check(source.length() <= 200, "source", "too-long", "source can have at most 200 characters.");
        if (validation.has("dryRun") || validation.has("variant") || validation.has("source")) {
            deleteQuietly(file);
            validation.throwIfAny();
        }
        Upload upload = new Upload(format, file, source, null, variantName == null ? "official" : variantName,
                Boolean.TRUE.equals(dry), identity.getPrincipal().getName(), clientAddress.of(request));
        // The service owns the file from here and deletes it when the import is done.
        PopulationImportService.Result result = imports.submit(upload);
        return responseFor(result);
    }

    /** 200 for a dry run's preview, 201 for an import, 202 for one taken in the background. */
    static Response responseFor(PopulationImportService.Result result) {
        ImportRunView view = ImportRunView.of(result.run());
        URI location = URI.create("/api/v1/imports/" + result.run().id);
        if (result.queued()) {
            return Response.accepted(view).location(location).build();
        }
        return result.run().dryRun ? Response.ok(view).build() : Response.created(location).entity(view).build();
    }

    /** The body goes to a file first: a large import outlives its request and runs in the background. */
    static java.nio.file.Path spool(InputStream body) {
        try {
            java.nio.file.Path file = Files.createTempFile("vekst-import-", ".upload");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(java.nio.file.Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temp file; the OS cleans up what we cannot
        }
    }
}
