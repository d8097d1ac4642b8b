package no.kongsberg.vekst.jobs.openings;

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.imports.Uploads;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ClientAddress;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The public job-ad feed in: a page or an array of pages as JSON, or a multipart upload; `mode` full or delta. */
@Path("/api/v1/jobs/openings/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class JobFeedImportResource {

    private final JobFeedImportService imports;
    private final SecurityIdentity identity;
    private final ClientAddress clientAddress;

    public JobFeedImportResource(JobFeedImportService imports, SecurityIdentity identity, ClientAddress clientAddress) {
        this.imports = imports;
        this.identity = identity;
        this.clientAddress = clientAddress;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importJson(InputStream body, @QueryParam("dryRun") String dryRun, @QueryParam("source") String source,
            @QueryParam("mode") String mode, @Context HttpServerRequest request) {
        return run(Uploads.spool(body), dryRun, Uploads.sourceOr(source, "job-feed.json"), mode, request);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importMultipart(@RestForm("file") FileUpload file, @QueryParam("dryRun") String dryRun,
            @QueryParam("mode") String mode, @Context HttpServerRequest request) {
        java.nio.file.Path copy = Uploads.spool(file);
        String name = Uploads.nameOf(file);
        return run(copy, dryRun, name.length() > 200 ? name.substring(0, 200) : name, mode, request);
    }

    /** Any other body: 415 saying what to send (a method of its own, so that the roles are checked first). */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response importOther() {
        throw new ApiProblem(415, "unsupported-media-type", "Unsupported Media Type",
                "Send the feed's JSON as application/json, or as the part file of multipart/form-data.", null, Map.of());
    }

    private Response run(java.nio.file.Path file, String dryRun, String source, String mode, HttpServerRequest request) {
        Validation validation = new Validation();
        String chosen = QueryParams.oneOf(validation, "mode", mode, Set.of("full", "delta"));
        Uploads.Parameters parameters = Uploads.parameters(validation, file, dryRun, source);
        var upload = new JobFeedImportService.Upload(file, parameters.source(),
                chosen == null ? JobFeedImportService.Mode.DELTA : JobFeedImportService.Mode.valueOf(chosen.toUpperCase(Locale.ROOT)),
                parameters.dryRun(), identity.getPrincipal().getName(), clientAddress.of(request));
        // The service owns the file from here and deletes it when the import is done.
        return Uploads.responseFor(imports.submit(upload));
    }
}
