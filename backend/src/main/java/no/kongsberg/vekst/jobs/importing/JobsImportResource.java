package no.kongsberg.vekst.jobs.importing;

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
import java.util.Map;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.imports.Uploads;
import no.kongsberg.vekst.jobs.importing.JobsImportService.Kind;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ClientAddress;
import no.kongsberg.vekst.platform.Validation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Employment and commuting files in: the body as CSV or JSON-stat2, or a multipart upload. One
 * resource a kind (its path), the handling shared here.
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public abstract class JobsImportResource {

    @Path("/api/v1/jobs/employment/imports")
    public static class Employment extends JobsImportResource {
        public Employment(JobsImportService imports, SecurityIdentity identity, ClientAddress clientAddress) {
            super(Kind.EMPLOYMENT, imports, identity, clientAddress);
        }
    }

    @Path("/api/v1/jobs/commuting/imports")
    public static class Commuting extends JobsImportResource {
        public Commuting(JobsImportService imports, SecurityIdentity identity, ClientAddress clientAddress) {
            super(Kind.COMMUTING, imports, identity, clientAddress);
        }
    }

    private final Kind kind;
    private final JobsImportService imports;
    private final SecurityIdentity identity;
    private final ClientAddress clientAddress;

    protected JobsImportResource(Kind kind, JobsImportService imports, SecurityIdentity identity, ClientAddress clientAddress) {
        this.kind = kind;
        this.imports = imports;
        this.identity = identity;
        this.clientAddress = clientAddress;
    }

    @POST
    @Consumes("text/csv")
    public Response importCsv(InputStream body, @QueryParam("dryRun") String dryRun,
            @QueryParam("source") String source, @Context HttpServerRequest request) {
        return run(false, Uploads.spool(body), dryRun, Uploads.sourceOr(source, "upload.csv"), request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importJsonStat(InputStream body, @QueryParam("dryRun") String dryRun,
            @QueryParam("source") String source, @Context HttpServerRequest request) {
        return run(true, Uploads.spool(body), dryRun, Uploads.sourceOr(source, "upload.json"), request);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importMultipart(@RestForm("file") FileUpload file,
            @QueryParam("dryRun") String dryRun, @Context HttpServerRequest request) {
        java.nio.file.Path copy = Uploads.spool(file);
        return run(Uploads.isJson(file), copy, dryRun, Uploads.nameOf(file), request);
    }

    /** Any other body: 415 saying what to send (a method of its own, so that the roles are checked first). */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response importOther() {
        throw new ApiProblem(415, "unsupported-media-type", "Unsupported Media Type",
                "Send the file as text/csv or application/json (JSON-stat2), or as the part file of multipart/form-data.", null, Map.of());
    }

    private Response run(boolean jsonStat, java.nio.file.Path file, String dryRun, String source, HttpServerRequest request) {
        Uploads.Parameters parameters = Uploads.parameters(new Validation(), file, dryRun, source);
        // The service owns the file from here and deletes it when the import is done.
        return Uploads.responseFor(imports.submit(new JobsImportService.Upload(kind,
                jsonStat, file, parameters.source(), parameters.dryRun(), identity.getPrincipal().getName(), clientAddress.of(request))));
    }
}
