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
import java.io.InputStream;
import java.util.Set;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.imports.Uploads;
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
        return run(Format.CSV, Uploads.spool(body), dryRun, Uploads.sourceOr(source, "upload.csv"), variant, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importJsonStat(InputStream body, @QueryParam("dryRun") String dryRun, @QueryParam("source") String source,
            @QueryParam("variant") String variant, @Context HttpServerRequest request) {
        return run(Format.JSON_STAT, Uploads.spool(body), dryRun, Uploads.sourceOr(source, "upload.json"), variant, request);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importMultipart(@RestForm("file") FileUpload file, @QueryParam("dryRun") String dryRun,
            @QueryParam("variant") String variant, @Context HttpServerRequest request) {
        java.nio.file.Path copy = Uploads.spool(file);
        return run(Uploads.isJson(file) ? Format.JSON_STAT : Format.CSV, copy, dryRun, Uploads.nameOf(file), variant, request);
    }

    private Response run(Format format, java.nio.file.Path file, String dryRun, String source, String variant, HttpServerRequest request) {
        Validation validation = new Validation();
        String variantName = QueryParams.oneOf(validation, "variant", variant, Set.of("official", "corrected"));
        Uploads.Parameters parameters = Uploads.parameters(validation, file, dryRun, source);
        Upload upload = new Upload(format, file, parameters.source(), null, variantName == null ? "official" : variantName,
                parameters.dryRun(), identity.getPrincipal().getName(), clientAddress.of(request));
        // The service owns the file from here and deletes it when the import is done.
        return Uploads.responseFor(imports.submit(upload));
    }
}
